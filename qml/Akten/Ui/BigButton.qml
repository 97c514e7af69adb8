// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A button at least Theme.touchTarget high with large text; `selected` marks the current choice in a group.
Button {
    id: control

    property bool selected: false
    property bool quiet: false

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 20)
    implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 40)
    font.pixelSize: Theme.fontBody
    font.bold: control.selected
    Accessible.name: control.text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.selected || !control.quiet ? Theme.textOnPrimary : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.primaryPressed
             : control.selected || !control.quiet ? Theme.primary : Theme.surface
        border.width: control.quiet && !control.selected ? 2 : 0
        border.color: Theme.primary
    }
}
