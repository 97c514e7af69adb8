// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Demo only: the demo staff's badges, put on the simulated reader by a tap, with their documented demo PINs.
Card {
    id: card

    required property SessionController session
    required property DemoBadgeListModel badges

    implicitHeight: content.implicitHeight + 32
    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 16
        spacing: 8
        Text {
            text: qsTr("Demo: tryck på en bricka för att blippa den (koden står under namnet)")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: card.badges
                delegate: BigButton {
                    id: badge
                    required property int index
                    required property string name
                    required property string title
                    required property string uidHex
                    required property string pin
                    objectName: "demoBadge" + badge.index
                    quiet: true
                    text: badge.name + "\n" + badge.title + " · " + badge.pin
                    font.pixelSize: Theme.fontSmall
                    width: 220
                    Accessible.name: qsTr("Blippa demobrickan för %1").arg(badge.name)
                    onClicked: card.session.tapDemoBadge(badge.uidHex)
                }
            }
        }
    }
}
