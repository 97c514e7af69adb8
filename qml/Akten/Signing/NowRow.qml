// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One insats on Nu: the time big, the insats, its state in words, and the actions. A resident's rows form one card;
// the first carries the resident's header. "Signera" is the row's one primary action; "Ej utförd" is outlined left
// of it; "Makulera" (outlined dark red) is offered only on a signed row, never beside "Signera".
Item {
    id: row

    required property int index
    required property string residentId
    required property string sectionLabel
    required property bool sectionHeader
    required property int section
    required property string residentName
    required property string room
    required property bool residentHeader
    required property int residentSignable
    required property string time
    required property string description
    required property bool delegatedHsl
    required property string status
    required property string tone
    required property string detail
    required property bool signable
    required property bool retractable
    required property bool asNeeded
    property bool compact: false
    property bool canWriteNote: false
    readonly property string subject: qsTr("%1, %2 · %3").arg(row.description).arg(row.time).arg(row.residentName)

    signal sign(int row)
    signal notDone(int row, string subject)
    signal retract(int row, string subject)
    signal signAll()
    signal newNote(string residentId)
    /// Gives the row's primary action keyboard focus (the first due insats on opening the page).
    function focusAction(): void {
        // Not a Tab reason: the focus ring shows once someone uses the keyboard, not for touch users.
        if (signButton.visible)
            signButton.forceActiveFocus(Qt.OtherFocusReason)
        else if (retractButton.visible)
            retractButton.forceActiveFocus(Qt.OtherFocusReason)
    }

    readonly property real headingHeight: row.sectionHeader ? heading.implicitHeight : 0
    implicitHeight: row.headingHeight + (row.residentHeader ? header.implicitHeight + Theme.spacing : 0)
                    + card.implicitHeight
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2, %3: %4").arg(row.residentName).arg(row.time).arg(row.description).arg(row.status)

    SectionTitle {
        id: heading
        visible: row.sectionHeader
        width: parent.width
        topPadding: Theme.spacing
        text: row.sectionLabel
    }
    Rectangle {
        // The resident's card: its header and its rows on one white surface.
        anchors.fill: parent
        anchors.topMargin: row.headingHeight + (row.residentHeader ? Theme.spacing : 0)
        color: Theme.surface
        border.color: Theme.border
        border.width: 1
        radius: row.residentHeader ? Theme.radius : 0
    }
    ResidentSigningHeader {
        id: header
        visible: row.residentHeader
        y: row.headingHeight + Theme.spacing
        width: parent.width
        name: row.residentName
        room: row.room
        signable: row.residentSignable
        canWriteNote: row.canWriteNote
        onSignAll: row.signAll()
        onNewNote: row.newNote(row.residentId)
    }
    Item {
        id: card
        y: row.residentHeader ? header.y + header.implicitHeight : row.headingHeight
        width: parent.width
        implicitHeight: Math.max(Theme.primaryTarget, content.implicitHeight) + Theme.spacing * 1.5
        Rectangle {
            // A thin line between a resident's rows.
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            height: 1
            color: Theme.border
        }
        RowLayout {
            id: content
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing
            Text {
                text: row.time
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.preferredWidth: row.compact ? 100 : 120
                wrapMode: Text.WordWrap
            }
            ColumnLayout {
                spacing: 6
                Layout.fillWidth: true
                Text {
                    text: row.description
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Flow {
                    spacing: 8
                    Layout.fillWidth: true
                    StatusChip { visible: row.delegatedHsl; tone: Tone.Warning; text: qsTr("HSL, delegerad") }
                    StatusChip { objectName: "stateChip"; toneName: row.tone; text: row.status }
                }
                Text {
                    visible: row.detail.length > 0
                    text: row.detail
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            BigButton {
                id: notDoneButton
                objectName: "notDoneButton"
                visible: row.signable && !row.asNeeded
                quiet: true
                activeFocusOnTab: true
                text: qsTr("Ej utförd")
                Accessible.name: qsTr("Ej utförd: %1 klockan %2").arg(row.description).arg(row.time)
                Layout.preferredHeight: Theme.primaryTarget
                onClicked: row.notDone(row.index, row.subject)
            }
            BigButton {
                id: signButton
                objectName: "signButton"
                visible: row.signable
                activeFocusOnTab: true
                text: qsTr("Signera")
                font.bold: true
                Accessible.name: qsTr("Signera: %1 klockan %2, %3").arg(row.description).arg(row.time).arg(row.residentName)
                Layout.preferredHeight: Theme.primaryTarget
                Layout.preferredWidth: row.compact ? 170 : 200
                onClicked: row.sign(row.index)
            }
            BigButton {
                id: retractButton
                objectName: "retractButton"
                visible: !row.signable && row.retractable
                danger: true
                activeFocusOnTab: true
                text: qsTr("Makulera")
                Accessible.name: qsTr("Makulera signeringen: %1 klockan %2").arg(row.description).arg(row.time)
                onClicked: row.retract(row.index, row.subject)
            }
        }
    }
}
