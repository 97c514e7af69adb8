// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One journal entry: event date (and time) and kind, who wrote it (name and title) and when, the text. A corrected
// entry stays readable, struck through, with the correction and why under it; the resident's objection beside it.
Card {
    id: card

    required property string entryId
    required property string eventDate
    required property string category
    required property string author
    required property string recorded
    required property string text
    required property string corrections
    required property bool corrected
    required property string correctedText
    required property string objections
    required property bool canCorrect
    required property bool deviation
    property bool actions: true

    signal correct(string entryId, string original)
    signal object(string entryId)

    implicitHeight: column.implicitHeight + 36
    color: card.deviation ? Theme.dangerSurface : Theme.surface
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Anteckning %1, %2").arg(card.eventDate).arg(card.category)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 18
        spacing: 8
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            Text {
                text: card.eventDate
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            StatusChip { text: card.category; tone: card.deviation ? Tone.Danger : Tone.Neutral }
            StatusChip { visible: card.corrected; text: qsTr("Rättad"); tone: Tone.Warning }
            Item { Layout.fillWidth: true }
        }
        Text {
            objectName: "entryText"
            text: card.text
            color: card.corrected ? Theme.textMuted : Theme.text
            font.pixelSize: Theme.fontBody
            font.strikeout: card.corrected
            wrapMode: Text.Wrap
            lineHeight: 1.15
            Layout.fillWidth: true
        }
        Text {
            text: card.author + " · " + card.recorded
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            visible: card.corrected
            color: Theme.warningSurface
            radius: 8
            Layout.fillWidth: true
            implicitHeight: correctionColumn.implicitHeight + 20
            ColumnLayout {
                id: correctionColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 10
                Text {
                    objectName: "correctedText"
                    text: card.correctedText
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Text {
                    text: card.corrections
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        Rectangle {
            visible: card.objections.length > 0
            color: Theme.protectedSurface
            radius: 8
            Layout.fillWidth: true
            implicitHeight: objectionText.implicitHeight + 20
            Text {
                id: objectionText
                objectName: "objectionText"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 10
                text: card.objections
                color: Theme.protectedIdentity
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
        RowLayout {
            visible: card.actions
            spacing: Theme.spacing
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "objectButton"
                text: qsTr("Den enskilde invänder")
                quiet: true
                font.pixelSize: Theme.fontSmall
                onClicked: card.object(card.entryId)
            }
            BigButton {
                objectName: "correctButton"
                visible: card.canCorrect
                text: qsTr("Rätta")
                quiet: true
                font.pixelSize: Theme.fontSmall
                onClicked: card.correct(card.entryId, card.corrected ? card.correctedText : card.text)
            }
        }
    }
}
