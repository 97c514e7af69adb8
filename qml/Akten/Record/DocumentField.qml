// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// One field of a document form: its label (or question), the editor its kind asks for — a line, a text, a date with
// "I dag", a time, big choice buttons or Ja/Nej — and what is wrong with it, said under it in Swedish.
ColumnLayout {
    id: field

    required property DocumentForm form
    required property int row
    required property string key
    required property string label
    required property int kind
    required property string value
    required property string error
    required property list<string> choiceCodes
    required property list<string> choiceLabels

    readonly property bool typed: field.kind === DocumentForm.Line || field.kind === DocumentForm.Date
                                  || field.kind === DocumentForm.Time

    spacing: 8
    Text {
        text: field.label
        color: Theme.text
        font.pixelSize: field.kind === DocumentForm.YesNo ? Theme.fontLarge : Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    RowLayout {
        visible: field.typed
        spacing: 12
        Layout.fillWidth: true
        TextField {
            id: line
            objectName: "field_" + field.key
            text: field.value
            font.pixelSize: Theme.fontBody
            placeholderText: field.kind === DocumentForm.Date ? qsTr("år-månad-dag, till exempel %1").arg(field.form.today)
                           : field.kind === DocumentForm.Time ? qsTr("timmar:minuter, till exempel 14:30") : ""
            inputMethodHints: field.kind === DocumentForm.Line ? Qt.ImhNone : Qt.ImhPreferNumbers
            Accessible.name: field.label
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onTextEdited: field.form.setValue(field.row, line.text)
        }
        BigButton {
            objectName: "field_" + field.key + "_today"
            visible: field.kind === DocumentForm.Date
            text: qsTr("I dag")
            quiet: true
            Accessible.name: qsTr("%1: i dag").arg(field.label)
            onClicked: field.form.setValue(field.row, field.form.today)
        }
    }
    TextArea {
        id: area
        objectName: "field_" + field.key
        visible: field.kind === DocumentForm.Text
        text: field.value
        font.pixelSize: Theme.fontBody
        wrapMode: TextEdit.Wrap
        Accessible.name: field.label
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(140, area.implicitHeight)
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: area.activeFocus ? Theme.focus : Theme.border
            border.width: area.activeFocus ? 3 : 1
        }
        onTextChanged: if (area.activeFocus) field.form.setValue(field.row, area.text)
    }
    Flow {
        visible: field.kind === DocumentForm.Choice || field.kind === DocumentForm.YesNo
        spacing: 12
        Layout.fillWidth: true
        Repeater {
            model: field.choiceCodes
            delegate: BigButton {
                required property int index
                required property string modelData
                objectName: "field_" + field.key + "_" + modelData
                text: field.choiceLabels[index]
                quiet: true
                selected: field.value === modelData
                implicitWidth: Math.max(Theme.touchTarget * 2.5, contentItem.implicitWidth + 40)
                Accessible.name: qsTr("%1: %2").arg(field.label).arg(field.choiceLabels[index])
                onClicked: field.form.setValue(field.row, modelData)
            }
        }
    }
    Text {
        objectName: "error_" + field.key
        visible: field.error.length > 0
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        Layout.fillWidth: true
    }
}
