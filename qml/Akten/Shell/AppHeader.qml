// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The top bar: back to the list, what is shown, and the time.
Rectangle {
    id: bar

    property string title
    property string subtitle
    property bool canGoBack: false
    property string userName
    property bool canControlLog: false
    property bool canEnrol: false
    property bool canSeeSync: false
    property int syncState: SyncStatusModel.Off
    property string clockText

    signal back()
    signal logout()
    signal openLogControl()
    signal openEnrolment()
    signal openSync()

    implicitHeight: 88
    color: Theme.primary

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        BigButton {
            visible: bar.canGoBack
            objectName: "backButton"
            text: qsTr("‹ Tillbaka")
            Accessible.name: qsTr("Tillbaka till startsidan")
            onClicked: bar.back()
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Text {
                text: bar.title
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Text {
                text: bar.subtitle
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
        }
        BigButton {
            visible: bar.canSeeSync
            objectName: "syncButton"
            quiet: true
            text: bar.syncState === SyncStatusModel.Syncing ? qsTr("Synkar …")
                  : bar.syncState === SyncStatusModel.Retrying || bar.syncState === SyncStatusModel.Revoked
                  ? qsTr("Synk: fel") : qsTr("Synk")
            Accessible.name: qsTr("Synkstatus")
            onClicked: bar.openSync()
        }
        BigButton {
            visible: bar.canEnrol
            objectName: "enrolmentButton"
            quiet: true
            text: qsTr("Brickor")
            onClicked: bar.openEnrolment()
        }
        BigButton {
            visible: bar.canControlLog
            objectName: "logControlButton"
            quiet: true
            text: qsTr("Loggkontroll")
            onClicked: bar.openLogControl()
        }
        Text {
            visible: bar.userName.length > 0
            text: bar.userName
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Inloggad: %1").arg(bar.userName)
        }
        BigButton {
            visible: bar.userName.length > 0
            objectName: "logoutButton"
            quiet: true
            text: qsTr("Logga ut")
            onClicked: bar.logout()
        }
        Text {
            // The care unit's time (Europe/Stockholm), the same clock the lists are made from.
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontLarge
            text: bar.clockText
        }
    }
}
