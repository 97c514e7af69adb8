// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Skriv en daganteckning": for which resident, the short text, "Spara daganteckning". What is wrong is said at the
// field; nothing is saved then and the text stays.
Card {
    id: form

    required property DayNotesController dayNotes
    /// Set in a resident's record: the note is about them (no choice shown).
    property string residentId: ""

    implicitHeight: content.implicitHeight + 2 * Theme.spacing

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 8
        Text {
            text: qsTr("Skriv en daganteckning")
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("För överlämning till kollegorna. Raderas efter 90 dagar. Det som ska finnas kvar skriver du i journalen.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ComboBox {
            id: resident
            objectName: "dayNoteResident"
            visible: form.residentId.length === 0
            model: form.dayNotes.residents
            textRole: "label"
            valueRole: "value"
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Vem gäller anteckningen?")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            // The residents arrive after login: the first one is chosen, never none.
            onCountChanged: if (resident.currentIndex < 0 && resident.count > 0) resident.currentIndex = 0
        }
        TextArea {
            id: input
            objectName: "dayNoteText"
            placeholderText: qsTr("Vad ska kollegorna veta?")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Daganteckning")
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            onTextChanged: form.dayNotes.clearError()
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: 2
                border.color: form.dayNotes.textError.length > 0 ? Theme.danger
                              : input.activeFocus ? Theme.focus : Theme.border
            }
        }
        Text {
            objectName: "dayNoteError"
            visible: text.length > 0
            text: form.dayNotes.textError.length > 0 ? form.dayNotes.textError : form.dayNotes.message
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Text {
                text: qsTr("%1 av %2 tecken").arg(input.length).arg(form.dayNotes.maxLength)
                color: input.length > form.dayNotes.maxLength ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "saveDayNote"
                text: qsTr("Spara daganteckning")
                font.bold: true
                Layout.preferredHeight: Theme.touchTarget
                onClicked: {
                    const who = form.residentId.length > 0 ? form.residentId : String(resident.currentValue ?? "")
                    if (form.dayNotes.write(who, input.text))
                        input.clear()
                }
            }
        }
    }
}
