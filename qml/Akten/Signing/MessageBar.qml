// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// What the last action did, or why it was refused (error: red, and it stays until closed).
Rectangle {
    id: bar

    property string text
    property bool error: false

    signal closed()

    visible: bar.text.length > 0
    implicitHeight: Math.max(Theme.touchTarget, label.implicitHeight + 24) + 8
    radius: Theme.radius
    color: bar.error ? Theme.dangerSurface : Theme.successSurface
    border.color: bar.error ? Theme.danger : Theme.success
    border.width: 2
    Accessible.role: Accessible.AlertMessage
    Accessible.name: bar.text

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: 4
        Text {
            id: label
            text: bar.text
            color: bar.error ? Theme.danger : Theme.success
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        BigButton {
            text: qsTr("Stäng")
            quiet: true
            Accessible.name: qsTr("Stäng meddelandet")
            onClicked: bar.closed()
        }
    }
}
