// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One day note: who it is about, who wrote it and when, the text, and how long it is kept. In the review queue it
// offers "Flytta till journalen" (primary) and "Inget att flytta".
Card {
    id: card

    required property string noteId
    required property string residentId
    required property string residentName
    required property string author
    required property string written
    required property string text
    required property int daysLeft
    required property string daysLeftText
    required property string reviewText
    required property bool masked
    property bool reviewing: false

    signal moveToJournal(string noteId)
    signal nothingToMove(string noteId)

    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    Accessible.name: qsTr("Daganteckning om %1, %2").arg(card.residentName).arg(card.written)

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 8
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Text {
                text: card.residentName
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            StatusChip {
                text: card.daysLeftText
                toneName: card.daysLeft <= 15 ? "warning" : "neutral"
            }
        }
        Text {
            text: qsTr("%1 · %2").arg(card.written).arg(card.author)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            text: card.text
            color: card.masked ? Theme.textMuted : Theme.text
            font.italic: card.masked
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            visible: card.reviewText.length > 0
            text: card.reviewText
            color: Theme.success
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: card.reviewing && !card.masked
            spacing: Theme.spacing
            Layout.fillWidth: true
            BigButton {
                objectName: "nothingToMove"
                text: qsTr("Inget att flytta")
                Accessible.name: qsTr("Inget att flytta från anteckningen om %1").arg(card.residentName)
                quiet: true
                Layout.preferredHeight: Theme.touchTarget
                onClicked: card.nothingToMove(card.noteId)
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "moveToJournal"
                text: qsTr("Flytta till journalen")
                Accessible.name: qsTr("Flytta anteckningen om %1 till journalen").arg(card.residentName)
                font.bold: true
                Layout.preferredHeight: Theme.touchTarget
                onClicked: card.moveToJournal(card.noteId)
            }
        }
    }
}
