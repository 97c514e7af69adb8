// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One question of the unit's quality review result: the shares of Ja, Delvis and Nej in words and as one bar.
Card {
    id: card

    required property string question
    required property int yes
    required property int partly
    required property int no
    required property string summary
    required property int index

    objectName: "resultCard" + card.index
    implicitHeight: column.implicitHeight + 32
    Accessible.name: card.question + " " + card.summary

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 16
        spacing: 6
        Text {
            text: card.question
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            text: card.summary
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Item {
            // Ja (green), Delvis (amber), Nej (red), side by side.
            id: bar
            implicitHeight: 16
            Layout.fillWidth: true
            Rectangle {
                anchors.fill: parent
                color: Theme.surfaceMuted
                radius: 4
            }
            Rectangle {
                id: yesPart
                height: parent.height
                width: bar.width * card.yes / 100
                color: Theme.success
            }
            Rectangle {
                id: partlyPart
                x: yesPart.width
                height: parent.height
                width: bar.width * card.partly / 100
                color: Theme.warning
            }
            Rectangle {
                x: yesPart.width + partlyPart.width
                height: parent.height
                width: bar.width * card.no / 100
                color: Theme.danger
            }
        }
    }
}
