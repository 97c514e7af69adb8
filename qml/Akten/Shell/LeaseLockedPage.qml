// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import QtQuick.Controls
import Akten.Ui
import Akten.Models

// The offline lease: signed in, but the personal data stays locked until the tablet has synced (or it was revoked).
Page {
    id: page

    property SyncStatusModel syncStatus

    signal showSync()

    objectName: "leaseLockedPage"
    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Personuppgifterna är låsta")

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 760)
        implicitHeight: leaseColumn.implicitHeight + 48
        Column {
            id: leaseColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 24
            spacing: 16
            SectionTitle { text: qsTr("Personuppgifterna är låsta"); width: parent.width }
            Text {
                width: parent.width
                text: !page.syncStatus ? "" : page.syncStatus.state === SyncStatusModel.Revoked ? page.syncStatus.stateText
                                                                                              : page.syncStatus.leaseText
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Text {
                width: parent.width
                text: page.syncStatus ? qsTr("Senast synkad: %1").arg(page.syncStatus.lastSyncText) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
            BigButton {
                text: qsTr("Visa synkstatus")
                width: parent.width
                onClicked: page.showSync()
            }
        }
    }
}
