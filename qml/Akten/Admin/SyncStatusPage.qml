// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Synk: where the dock's sync stands, when it last completed, how current the other devices' signings are here
// (stale: the board cannot call a miss certain), what waits to go up, plans in conflict, and the records the central
// store refused (kept on the tablet). "Synka nu" for the unit manager.
Page {
    id: page

    required property SyncStatusModel sync
    readonly property bool wide: page.width >= 1200

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Synk")

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.wide ? page.width / 2 : -1
            spacing: 10
            SectionTitle { text: qsTr("Synk med centralen"); Layout.fillWidth: true }
            Card {
                Layout.fillWidth: true
                implicitHeight: statusColumn.implicitHeight + 32
                ColumnLayout {
                    id: statusColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 16
                    spacing: 12
                    StatusChip {
                        objectName: "syncStateChip"
                        text: page.sync.stateLabel
                        tone: page.sync.state === SyncStatusModel.UpToDate ? Tone.Good
                              : page.sync.state === SyncStatusModel.Retrying
                                || page.sync.state === SyncStatusModel.Revoked ? Tone.Danger
                              : Tone.Neutral
                    }
                    Text {
                        text: page.sync.stateText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Text {
                        visible: page.sync.errorText.length > 0
                        text: page.sync.errorText
                        font.pixelSize: Theme.fontBody
                        color: Theme.danger
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    InfoRow { label: qsTr("Senast synkad"); value: page.sync.lastSyncText; Layout.fillWidth: true }
                    InfoRow {
                        objectName: "freshnessRow"
                        visible: page.sync.freshness.lastContactText.length > 0
                        label: qsTr("Signeringar från andra enheter")
                        value: page.sync.freshness.lastContactText
                        Layout.fillWidth: true
                    }
                    Text {
                        objectName: "staleText"
                        visible: page.sync.freshness.stale
                        text: page.sync.freshness.staleText
                        font.pixelSize: Theme.fontBody
                        color: Theme.warning
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    InfoRow {
                        visible: page.sync.nextText.length > 0
                        label: qsTr("Nästa försök")
                        value: page.sync.nextText
                        Layout.fillWidth: true
                    }
                    InfoRow {
                        label: qsTr("Väntar på att skickas")
                        value: qsTr("%n uppgifter", "", page.sync.pending)
                        Layout.fillWidth: true
                    }
                    InfoRow {
                        label: qsTr("Genomförandeplaner i konflikt")
                        value: page.sync.conflicts > 0 ? qsTr("%n boende – kontaktmannen behöver slå ihop versionerna",
                                                               "", page.sync.conflicts)
                                                       : qsTr("Inga")
                        Layout.fillWidth: true
                    }
                    InfoRow {
                        visible: page.sync.leaseText.length > 0
                        label: qsTr("Offlinegräns")
                        value: page.sync.leaseText
                        Layout.fillWidth: true
                    }
                    BigButton {
                        objectName: "syncNowButton"
                        visible: page.sync.canSyncNow
                        text: qsTr("Synka nu")
                        Accessible.name: qsTr("Synka nu med centralen")
                        Layout.fillWidth: true
                        onClicked: page.sync.syncNow()
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10
            SectionTitle { text: qsTr("Avvisade av centralen"); Layout.fillWidth: true }
            EmptyState {
                visible: page.sync.rejected.empty
                text: qsTr("Inga avvisade uppgifter.")
                Layout.fillWidth: true
            }
            ListView {
                objectName: "rejectedList"
                visible: !page.sync.rejected.empty
                model: page.sync.rejected
                clip: true
                spacing: 8
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: Card {
                    id: rejectedRow
                    required property string kind
                    required property string reason
                    required property string when
                    width: ListView.view.width - Theme.scrollGutter
                    implicitHeight: rejectedColumn.implicitHeight + 24
                    Accessible.name: rejectedRow.kind + ", " + rejectedRow.reason
                    ColumnLayout {
                        id: rejectedColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: 12
                        spacing: 2
                        Text {
                            text: rejectedRow.kind + " · " + rejectedRow.when
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                        Text {
                            text: rejectedRow.reason
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            Item { Layout.fillHeight: true; visible: page.sync.rejected.empty }
        }
    }
}
