// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui

// Asked once at save when the text names another resident or holds a personal identity number: "Ändra" goes back
// to the text, "Spara ändå" saves. The writer decides; the assistant only makes sure it was a choice.
Popup {
    id: sheet

    property string question

    signal change()
    signal saveAnyway()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 640, 640)
    padding: Theme.spacing * 1.5
    closePolicy: Popup.CloseOnEscape
    onClosed: if (sheet.question.length > 0) sheet.change()
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.warning; border.width: 2 }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Text {
            objectName: "saveQuestionText"
            text: sheet.question
            color: Theme.warning
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Det som står här sparas i journalen för den eller de boende som anteckningen gäller. Andra boendes namn och personnummer hör inte hemma där.")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            BigButton {
                objectName: "saveQuestionChange"
                text: qsTr("Ändra")
                font.bold: true
                Layout.fillWidth: true
                Accessible.name: qsTr("Ändra texten")
                onClicked: sheet.change()
            }
            BigButton {
                objectName: "saveQuestionAnyway"
                text: qsTr("Spara ändå")
                quiet: true
                Layout.fillWidth: true
                onClicked: sheet.saveAnyway()
            }
        }
    }
}
