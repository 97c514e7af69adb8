// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One tamper alarm of a device of the unit, as the central store told it: red while open (what happened, when, what to
// do, the device's full id), two muted lines once decided (the decision), so the log below keeps its room. Never
// personal data: the device, when, what kind of change.
Card {
    id: card

    required property string device
    required property string title
    required property string raised
    required property string category
    required property string advice
    required property bool open
    required property string decision

    color: card.open ? Theme.dangerSurface : Theme.surfaceMuted
    border.color: card.open ? Theme.danger : Theme.border
    border.width: card.open ? 2 : 1
    implicitHeight: content.implicitHeight + (card.open ? 2 * Theme.spacing : Theme.spacing)
    Accessible.role: Accessible.AlertMessage
    Accessible.name: card.title + ". " + card.category + " " + (card.open ? card.advice : card.decision)

    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: card.open ? Theme.spacing : Theme.spacing / 2
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: 4
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            Text {
                text: card.title
                font.pixelSize: card.open ? Theme.fontLarge : Theme.fontBody
                font.bold: true
                color: card.open ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            StatusChip {
                tone: card.open ? Tone.Danger : Tone.Neutral
                text: card.open ? qsTr("Öppet") : qsTr("Avgjort")
            }
        }
        Text {
            visible: card.open
            text: card.category + " " + card.raised + "."
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            text: card.open ? card.advice : card.raised + ". " + card.decision
            font.pixelSize: card.open ? Theme.fontBody : Theme.fontSmall
            font.bold: card.open
            color: card.open ? Theme.text : Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            visible: card.open
            text: qsTr("Surfplattans id: %1").arg(card.device)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
    }
}
