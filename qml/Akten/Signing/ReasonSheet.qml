// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui

// Asks why: big reason tiles (no dropdown), a comment in the staff's own words (required for "Annan orsak"), a note
// on what happens, and the verb. Errors are said at the field and nothing the user chose is lost.
Popup {
    id: sheet

    property string title
    /// Which insats: "Stöd vid påklädning, 08:00 · Arne Öberg"
    property string subject
    property string note
    property string actionText
    property bool actionDanger: false
    /// The reasons in order: ListElement { value: int; label: string }; `otherValue` needs words
    property ListModel reasons
    property int otherValue: -1
    property int chosen: -1
    property string fieldError

    signal saved(int reason, string comment)

    function ask(): void {
        sheet.chosen = -1
        sheet.fieldError = ""
        comment.text = ""
        sheet.open()
    }
    function save(): void {
        if (sheet.chosen < 0) {
            sheet.fieldError = qsTr("Välj en orsak.")
            return
        }
        if (sheet.chosen === sheet.otherValue && comment.text.trim().length === 0) {
            sheet.fieldError = qsTr("Skriv orsaken med egna ord.")
            comment.forceActiveFocus()
            return
        }
        sheet.saved(sheet.chosen, comment.text)
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 800, 860)
    padding: Theme.spacing * 1.5
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: sheet.title
        SectionTitle {
            text: sheet.title
            Layout.fillWidth: true
        }
        Text {
            objectName: "reasonSubject"
            visible: sheet.subject.length > 0
            text: sheet.subject
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: sheet.reasons
                delegate: BigButton {
                    id: tile
                    required property int value
                    required property string label
                    objectName: "reason" + tile.value
                    text: tile.label
                    quiet: true
                    selected: sheet.chosen === tile.value
                    activeFocusOnTab: true
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: tile.selected
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.primaryTarget
                    onClicked: {
                        sheet.chosen = tile.value
                        sheet.fieldError = ""
                    }
                }
            }
        }
        Text {
            text: sheet.chosen === sheet.otherValue ? qsTr("Orsak (skriv med egna ord)") : qsTr("Kommentar (frivilligt)")
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        TextArea {
            id: comment
            objectName: "reasonComment"
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Till exempel: Jag erbjöd igen efter en timme.")
            Accessible.name: qsTr("Kommentar")
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: 2
                border.color: sheet.fieldError.length > 0 ? Theme.danger : Theme.border
            }
        }
        Text {
            objectName: "reasonError"
            visible: sheet.fieldError.length > 0
            text: sheet.fieldError
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            font.bold: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Text {
            visible: sheet.note.length > 0
            text: sheet.note
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing * 2
            Layout.fillWidth: true
            BigButton {
                objectName: "reasonCancel"
                text: qsTr("Avbryt")
                quiet: true
                activeFocusOnTab: true
                onClicked: sheet.close()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "reasonSave"
                text: sheet.actionText
                danger: sheet.actionDanger
                activeFocusOnTab: true
                font.bold: true
                Layout.preferredHeight: Theme.primaryTarget
                Layout.preferredWidth: 280
                onClicked: sheet.save()
            }
        }
    }
}
