// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui

// One field of the plan: its question, a text field, a hint under it, and what is missing said right under it.
ColumnLayout {
    id: field

    property string label
    property string value
    property string hint
    property string error
    property string inputName: "planInput"

    signal edited(string value)

    spacing: 4

    Text {
        text: field.label
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    TextField {
        id: input
        objectName: field.inputName
        text: field.value
        font.pixelSize: Theme.fontBody
        Accessible.name: field.label
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onTextEdited: field.edited(input.text)
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: 2
            border.color: field.error.length > 0 ? Theme.danger : input.activeFocus ? Theme.focus : Theme.border
        }
    }
    Text {
        visible: field.hint.length > 0 && field.error.length === 0
        text: field.hint
        color: Theme.warning
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Text {
        objectName: field.inputName + "Error"
        visible: field.error.length > 0
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
