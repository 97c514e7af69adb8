// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick

// A wide, always visible position bar at the right edge of a list: shows that the list continues. Lists scroll by
// flicking (works with gloves); this bar only shows where you are. Place it as a sibling over the list.
Item {
    id: hint

    required property Flickable target

    visible: hint.target.visibleArea.heightRatio < 1.0
    width: 12 // fits in Theme.scrollGutter
    anchors.top: hint.target.top
    anchors.bottom: hint.target.bottom
    anchors.right: hint.target.right
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        radius: 6
        color: Theme.surfaceMuted
        opacity: 0.7
    }
    Rectangle {
        width: parent.width
        radius: 6
        color: Theme.border
        y: hint.target.visibleArea.yPosition * hint.height
        height: Math.max(40, hint.target.visibleArea.heightRatio * hint.height)
    }
}
