// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Rätta" (the new wording and why) or "Den enskilde invänder" (the resident's objection): a new record beside the
// entry, which stays readable. What is missing is said at its field.
Popup {
    id: sheet

    property JournalCorrectionController corrections
    property string entryId
    property bool objection: false

    function ask(entry: string, original: string, isObjection: bool): void {
        sheet.entryId = entry
        sheet.objection = isObjection
        words.text = isObjection ? "" : original
        why.text = ""
        sheet.corrections.clear()
        sheet.open()
    }

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 800, 900)
    padding: Theme.spacing * 1.5
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    Connections {
        target: sheet.corrections
        function onWritten(): void {
            sheet.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: title.text

        SectionTitle {
            id: title
            text: sheet.objection ? qsTr("Den enskilde invänder") : qsTr("Rätta anteckningen")
            Layout.fillWidth: true
        }
        Text {
            text: sheet.objection ? qsTr("Skriv vad den enskilde invänder, med den enskildes egna ord om det går.")
                                  : qsTr("Det ursprungliga står kvar, överstruket, med vem som rättade och varför.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        TextArea {
            id: words
            objectName: "correctionText"
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            Accessible.name: sheet.objection ? qsTr("Invändningen") : qsTr("Rättad text")
            Layout.fillWidth: true
            Layout.preferredHeight: 160
            background: Rectangle {
                radius: Theme.radius
                border.width: 2
                border.color: sheet.corrections && sheet.corrections.textError.length > 0 ? Theme.danger : Theme.border
            }
        }
        Text {
            visible: text.length > 0
            text: sheet.corrections ? sheet.corrections.textError : ""
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        Text {
            visible: !sheet.objection
            text: qsTr("Varför rättas den?")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        TextField {
            id: why
            objectName: "correctionReason"
            visible: !sheet.objection
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Till exempel: Fel tid angavs.")
            Accessible.name: qsTr("Varför rättas den?")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            background: Rectangle {
                radius: Theme.radius
                border.width: 2
                border.color: sheet.corrections && sheet.corrections.reasonError.length > 0 ? Theme.danger : Theme.border
            }
        }
        Text {
            visible: text.length > 0 && !sheet.objection
            text: sheet.corrections ? sheet.corrections.reasonError : ""
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        Text {
            visible: text.length > 0
            text: sheet.corrections ? sheet.corrections.message : ""
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing * 2
            Layout.fillWidth: true
            BigButton {
                text: qsTr("Avbryt")
                quiet: true
                onClicked: sheet.close()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "correctionSave"
                text: sheet.objection ? qsTr("Spara invändningen") : qsTr("Spara rättelsen")
                font.bold: true
                Layout.preferredHeight: Theme.primaryTarget
                Layout.preferredWidth: 280
                onClicked: {
                    if (sheet.objection)
                        sheet.corrections.object(sheet.entryId, words.text)
                    else
                        sheet.corrections.correct(sheet.entryId, words.text, why.text)
                }
            }
        }
    }
}
