// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The unit board: one line per resident with today's insatser as chips, missed and overdue first. Readable at arm's
// length; on the idle kiosk residents are rooms or initials. How fresh it is stands at the top.
Page {
    id: page

    /// Null when the store could not be opened (the page is hidden then), hence the guarded reads.
    required property BoardModel board
    readonly property int attention: page.board ? page.board.attentionCount : 0
    readonly property string errorText: page.board ? page.board.errorText : ""
    /// SyncStatusModel.freshness, or null on a device that does not sync.
    property SyncFreshness freshness

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Tavlan")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            SectionTitle {
                text: page.attention > 0
                      ? qsTr("I dag: %n boende med missade eller försenade insatser", "", page.attention)
                      : qsTr("I dag: inget missat eller försenat")
                Layout.fillWidth: true
            }
            Text {
                objectName: "boardFreshness"
                visible: page.freshness !== null && page.freshness.lastContactText.length > 0
                text: page.freshness ? page.freshness.lastContactText : ""
                color: page.freshness && page.freshness.stale ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.fontBody
                font.bold: page.freshness !== null && page.freshness.stale
            }
        }
        Rectangle {
            objectName: "boardStale"
            visible: page.freshness !== null && page.freshness.stale
            color: Theme.warningSurface
            radius: Theme.radius
            implicitHeight: staleText.implicitHeight + 20
            Layout.fillWidth: true
            Text {
                id: staleText
                anchors.fill: parent
                anchors.margins: 10
                text: page.freshness ? page.freshness.staleText : ""
                color: Theme.warning
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
        }
        ListView {
            id: list
            objectName: "boardList"
            model: page.board
            clip: true
            spacing: Theme.spacing / 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: Card {
                id: line
                required property string label
                required property string detail
                required property bool attention
                required property string summary
                required property var items
                width: ListView.view.width - Theme.scrollGutter
                implicitHeight: lineLayout.implicitHeight + Theme.spacing * 1.5
                border.color: line.attention ? Theme.danger : Theme.border
                border.width: line.attention ? 3 : 1
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1: %2").arg(line.label).arg(line.summary)
                ColumnLayout {
                    id: lineLayout
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing * 0.75
                    spacing: 8
                    RowLayout {
                        spacing: Theme.spacing
                        Layout.fillWidth: true
                        Text {
                            text: line.label
                            color: Theme.text
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                        }
                        Text {
                            visible: line.detail.length > 0
                            text: line.detail
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontBody
                        }
                        Item { Layout.fillWidth: true }
                        Text {
                            text: line.summary
                            color: line.attention ? Theme.danger : Theme.textMuted
                            font.pixelSize: Theme.fontBody
                            font.bold: line.attention
                        }
                    }
                    Flow {
                        spacing: 8
                        Layout.fillWidth: true
                        Repeater {
                            model: line.items
                            delegate: StatusChip {
                                required property var modelData
                                toneName: modelData.tone
                                text: (modelData.hsl ? qsTr("HSL ") : "")
                                      + (modelData.time.length > 0 ? modelData.time + " " : "")
                                      + qsTr("%1 · %2").arg(modelData.description).arg(modelData.status)
                            }
                        }
                    }
                }
            }
            ScrollHint {
                parent: list
                target: list
            }
        }
        EmptyState {
            visible: list.count === 0
            text: page.errorText.length > 0 ? page.errorText : qsTr("Inga insatser på tavlan i dag.")
            error: page.errorText.length > 0
            Layout.fillWidth: true
        }
    }
}
