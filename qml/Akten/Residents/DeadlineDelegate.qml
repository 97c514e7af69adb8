// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One resident's next plan deadline as a large touch card: name and room, what is due and by when; an overdue one
// is marked "Försenad". Tapping opens the resident's record (a protected identity through its reason page).
Card {
    id: card

    required property string residentId
    required property string name
    required property string room
    required property string what
    required property string when
    required property bool overdue
    required property bool mine
    required property bool protectedIdentity

    signal activated(string residentId, bool masked)

    implicitHeight: Math.max(88, content.implicitHeight + 24)
    color: tap.pressed ? Theme.surfaceMuted : Theme.surface
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1: %2, %3").arg(card.name).arg(card.what).arg(card.when)
    Accessible.onPressAction: card.activated(card.residentId, card.protectedIdentity)

    TapHandler {
        id: tap
        onTapped: card.activated(card.residentId, card.protectedIdentity)
    }
    Rectangle {
        visible: card.overdue
        width: 8
        radius: 4
        color: Theme.danger
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
    }
    RowLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 24
        anchors.rightMargin: 16
        spacing: Theme.spacing
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Text {
                text: card.room.length > 0 ? qsTr("%1, %2").arg(card.name).arg(card.room) : card.name
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: card.protectedIdentity ? Theme.protectedIdentity : Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                text: card.what
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                Layout.fillWidth: true
            }
        }
        StatusChip {
            visible: card.mine
            text: qsTr("Din boende")
            toneName: "info"
        }
        Text {
            text: card.when
            font.pixelSize: Theme.fontBody
            font.bold: card.overdue
            color: card.overdue ? Theme.danger : Theme.text
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.WordWrap
            Layout.preferredWidth: 360
        }
    }
}
