// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One journal entry: event date and category, who wrote it (name and title) and when, the text, corrections.
Card {
    id: card

    required property string eventDate
    required property string category
    required property string author
    required property string recorded
    required property string text
    required property string corrections

    implicitHeight: column.implicitHeight + 36
    color: card.category === "Avvikelse från genomförandeplanen" ? Theme.dangerSurface : Theme.surface
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
            StatusChip { text: card.category }
            Item { Layout.fillWidth: true }
        }
        Text {
            text: card.text
            color: Theme.text
            font.pixelSize: Theme.fontBody
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
            visible: card.corrections.length > 0
            color: Theme.warningSurface
            radius: 8
            Layout.fillWidth: true
            implicitHeight: correctionText.implicitHeight + 20
            Text {
                id: correctionText
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 10
                text: card.corrections
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
