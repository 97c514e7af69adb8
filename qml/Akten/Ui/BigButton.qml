// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A button at least Theme.touchTarget high with large text; `selected` marks the current choice in a group, `quiet`
// outlines it (a secondary action), `danger` outlines it in dark red (Makulera: never beside the primary action).
// Space, Enter and Return press it when it has keyboard focus.
Button {
    id: control

    property bool selected: false
    property bool quiet: false
    property bool danger: false
    readonly property color accent: control.danger ? Theme.danger : Theme.primary

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 20)
    implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 40)
    font.pixelSize: Theme.fontBody
    font.bold: control.selected
    Accessible.name: control.text
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.selected || !(control.quiet || control.danger) ? Theme.textOnPrimary : control.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.down ? (control.danger ? Theme.dangerSurface : Theme.primaryPressed)
             : control.selected || !(control.quiet || control.danger) ? Theme.primary : Theme.surface
        border.width: (control.quiet || control.danger) && !control.selected ? 2 : 0
        border.color: control.accent
        // Keyboard focus is always visible (switch and keyboard users).
        Rectangle {
            anchors.fill: parent
            anchors.margins: -5
            radius: Theme.radius + 4
            color: "transparent"
            border.width: 3
            border.color: Theme.focus
            visible: control.visualFocus
        }
    }
}
