// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One audit event: when, who (and role), what, about whom; marks what a manager should look at.
Card {
    id: card

    required property string at
    required property string staff
    required property string role
    required property string resident
    required property string unit
    required property string action
    required property string detail
    required property string device
    required property bool protectedAccess
    required property bool outsideUnits
    required property bool unusualHours

    implicitHeight: content.implicitHeight + 24
    Accessible.name: card.at + ", " + card.staff + ", " + card.action + (card.resident.length > 0 ? ", " + card.resident : "")

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        spacing: 4
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            Text {
                text: card.at
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Text {
                text: card.staff + " · " + card.role
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            StatusChip { visible: card.protectedAccess; tone: Tone.Sensitive; text: qsTr("Skyddad identitet") }
            StatusChip { visible: card.outsideUnits; tone: Tone.Danger; text: qsTr("Annan enhet") }
            StatusChip { visible: card.unusualHours; tone: Tone.Warning; text: qsTr("Ovanlig tid") }
        }
        Text {
            text: card.action + (card.resident.length > 0 ? " – " + card.resident : "")
                  + (card.unit.length > 0 ? " (" + card.unit + ")" : "")
                  + (card.detail.length > 0 ? " · " + card.detail : "")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
