// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One request to read or get a copy of the record: what was asked, when and by whom, its state as a word chip, and
// the decision in words once there is one. "Fatta beslut" for the unit manager while it is open; "Skriv ut kopia"
// once a copy was released.
Card {
    id: card

    required property string requestId
    required property string title
    required property string request
    required property string status
    required property string tone
    required property string decision
    required property bool decided
    required property bool printable
    property bool mayDecide: false
    property bool mayPrint: false

    signal decide(string requestId)
    signal printCopy(string requestId)

    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2").arg(card.title).arg(card.status)

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: 6
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Text {
                text: card.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            StatusChip { text: card.status; toneName: card.tone }
        }
        Text {
            text: card.request
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            visible: card.decision.length > 0
            text: card.decision
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "decideRelease"
            visible: !card.decided && card.mayDecide
            text: qsTr("Fatta beslut")
            Accessible.name: qsTr("Fatta beslut om begäran: %1").arg(card.title)
            onClicked: card.decide(card.requestId)
        }
        // "Skriv ut kopia": the record page opens the journal copy sheet (the whole journal or a period, as PDF).
        BigButton {
            objectName: "printReleaseCopy"
            visible: card.printable && card.mayPrint
            text: qsTr("Skriv ut kopia")
            quiet: true
            Accessible.name: qsTr("Skriv ut kopian som lämnades ut: %1").arg(card.title)
            onClicked: card.printCopy(card.requestId)
        }
    }
}
