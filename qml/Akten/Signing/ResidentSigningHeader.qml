// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// The top of a resident's card on Nu: the name large, the room small, and "Signera alla (3)" when more than one of
// the resident's insatser in this section can be signed at once; "Ny anteckning" for a quick journal note.
Item {
    id: header

    property string name
    property string room
    property int signable: 0
    property bool canWriteNote: false

    signal signAll()
    signal newNote()

    implicitHeight: Math.max(Theme.touchTarget, nameColumn.implicitHeight) + Theme.spacing

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        anchors.topMargin: Theme.spacing / 2
        spacing: Theme.spacing
        ColumnLayout {
            id: nameColumn
            spacing: 0
            Layout.fillWidth: true
            Text {
                text: header.name
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                visible: header.room.length > 0
                text: header.room
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        BigButton {
            objectName: "headerNewNote"
            visible: header.canWriteNote
            quiet: true
            text: qsTr("Ny anteckning")
            Accessible.name: qsTr("Ny anteckning om %1").arg(header.name)
            onClicked: header.newNote()
        }
        BigButton {
            objectName: "signAllButton"
            visible: header.signable > 1
            quiet: true
            activeFocusOnTab: true
            text: qsTr("Signera alla (%1)").arg(header.signable)
            Accessible.name: qsTr("Signera alla %1 insatser för %2").arg(header.signable).arg(header.name)
            onClicked: header.signAll()
        }
    }
}
