// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One consent of the register: to whom, which data, the period, who gave it and how, who noted it, and its state
// today as a word chip (Gäller / Gäller från … / Har gått ut / Återkallat …); "Återkalla" while it is in force.
Card {
    id: card

    required property string consentId
    required property string recipient
    required property string scope
    required property string period
    required property string givenBy
    required property string noted
    required property string status
    required property string tone
    required property bool revocable
    property bool writable: false

    signal revoke(string consentId, string text)

    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Samtycke till %1, %2").arg(card.recipient).arg(card.status)

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
                text: card.recipient
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            StatusChip { text: card.status; toneName: card.tone }
        }
        InfoRow { label: qsTr("Uppgifter"); value: card.scope; Layout.fillWidth: true }
        InfoRow { label: qsTr("Period"); value: card.period; Layout.fillWidth: true }
        InfoRow { label: qsTr("Givet av"); value: card.givenBy; Layout.fillWidth: true }
        Text {
            text: card.noted
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "revokeConsent"
            visible: card.revocable && card.writable
            text: qsTr("Återkalla")
            danger: true
            Accessible.name: qsTr("Återkalla samtycket till %1").arg(card.recipient)
            onClicked: card.revoke(card.consentId, qsTr("%1: %2").arg(card.recipient).arg(card.scope))
        }
    }
}
