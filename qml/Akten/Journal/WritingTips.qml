// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The writing assistant's "Tips" under the text: what kind, the words, why (from the guideline), a one-tap fix and
// "Behåll". Advice, never a block: amber, not red; nothing is counted. The tip under the cursor (a tap on a mark) is
// outlined.
ColumnLayout {
    id: tipsView

    required property WritingTipsModel tips
    property int currentRow: -1

    signal fix(int row)
    signal keep(int row)

    visible: tipsView.tips.count > 0
    spacing: 8

    Text {
        objectName: "tipsTitle"
        text: tipsView.tips.count === 1 ? qsTr("1 tips om texten") : qsTr("%1 tips om texten").arg(tipsView.tips.count)
        color: Theme.warning
        font.pixelSize: Theme.fontBody
        font.bold: true
    }
    Repeater {
        model: tipsView.tips
        delegate: Rectangle {
            id: tip
            required property int index
            required property string kind
            required property string match
            required property string reason
            required property string fixLabel
            required property bool canFix

            objectName: "tip" + tip.index
            color: Theme.warningSurface
            radius: Theme.radius
            border.width: tipsView.currentRow === tip.index ? 3 : 1
            border.color: Theme.warning
            implicitHeight: tipColumn.implicitHeight + 24
            Layout.fillWidth: true
            Accessible.role: Accessible.Note
            Accessible.name: qsTr("Tips, %1: %2. %3").arg(tip.kind).arg(tip.match).arg(tip.reason)

            ColumnLayout {
                id: tipColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 12
                spacing: 6
                Text {
                    text: qsTr("%1: ”%2”").arg(tip.kind).arg(tip.match)
                    color: Theme.warning
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Text {
                    text: tip.reason
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Text {
                    visible: !tip.canFix
                    text: tip.fixLabel
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.italic: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    BigButton {
                        objectName: "tipFix" + tip.index
                        visible: tip.canFix
                        text: tip.fixLabel
                        quiet: true
                        Layout.fillWidth: true
                        onClicked: tipsView.fix(tip.index)
                    }
                    BigButton {
                        objectName: "tipKeep" + tip.index
                        text: qsTr("Behåll")
                        quiet: true
                        Accessible.name: qsTr("Behåll orden som de är")
                        onClicked: tipsView.keep(tip.index)
                    }
                }
            }
        }
    }
}
