// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One resident as a large touch card: initials, name, room, age and kontaktman; masked when protected. The first
// resident of each unit carries the unit's heading above the card.
Column {
    id: card

    required property string residentId
    required property string displayName
    required property string room
    required property int age
    required property bool isChild
    required property bool protectedIdentity
    required property string contactPersons
    required property string unitName
    required property bool firstInUnit
    required property bool myResident
    required property bool caseClosed

    signal activated(string residentId, bool masked)
    /// "Ny anteckning" straight from the list (not for a protected identity: that record is opened on purpose first;
    /// not for a closed case: its record can only be read)
    signal newNote(string residentId)

    spacing: 6

    Text {
        visible: card.firstInUnit
        width: card.width
        text: card.unitName
        color: Theme.primary
        font.pixelSize: Theme.fontLarge
        font.bold: true
        topPadding: 8
        Accessible.role: Accessible.Heading
        Accessible.name: card.unitName
    }

    Card {
    width: card.width
    implicitHeight: Math.max(96, content.implicitHeight + 24)
    color: tap.pressed ? Theme.surfaceMuted : Theme.surface
    Accessible.role: Accessible.Button
    Accessible.name: card.protectedIdentity ? qsTr("Skyddad identitet")
                   : card.caseClosed ? qsTr("%1, %2, ärendet avslutat").arg(card.displayName).arg(card.room)
                   : qsTr("%1, %2").arg(card.displayName).arg(card.room)
    Accessible.onPressAction: card.activated(card.residentId, card.protectedIdentity)

    TapHandler {
        id: tap
        onTapped: card.activated(card.residentId, card.protectedIdentity)
    }

    RowLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 12
        spacing: Theme.spacing

        Rectangle {
            implicitWidth: 64
            implicitHeight: 64
            radius: 32
            color: card.protectedIdentity ? Theme.protectedSurface : Theme.surfaceMuted
            Text {
                anchors.centerIn: parent
                text: card.protectedIdentity ? "?" : card.displayName.split(" ").map(part => part.charAt(0)).join("")
                color: card.protectedIdentity ? Theme.protectedIdentity : Theme.primary
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
        }
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            RowLayout {
                spacing: 12
                Text {
                    text: card.displayName
                    color: card.protectedIdentity ? Theme.protectedIdentity : Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                StatusChip {
                    visible: card.myResident
                    tone: Tone.Good
                    text: qsTr("Du är kontaktman")
                }
                StatusChip {
                    visible: card.isChild
                    tone: Tone.Info
                    text: qsTr("Barn")
                }
                StatusChip {
                    objectName: "caseClosed_" + card.residentId
                    visible: card.caseClosed
                    tone: Tone.Neutral
                    text: qsTr("Ärendet avslutat")
                }
            }
            Text {
                text: card.protectedIdentity ? qsTr("Namn och rum visas inte")
                                             : qsTr("%1 · %2 år · Kontaktman: %3").arg(card.room).arg(card.age)
                                                   .arg(card.contactPersons)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        BigButton {
            objectName: "newNote_" + card.residentId
            visible: !card.protectedIdentity && !card.caseClosed
            text: qsTr("Ny anteckning")
            quiet: true
            Accessible.name: qsTr("Ny anteckning om %1").arg(card.displayName)
            onClicked: card.newNote(card.residentId)
        }
        Text {
            text: "›"
            color: Theme.primary
            font.pixelSize: 40
        }
    }
}
}
