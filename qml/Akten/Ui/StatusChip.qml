// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick

// A coloured label for a kind of state: "done", "notDone", "retracted", "open", "child", "protected", "hsl".
Rectangle {
    id: chip

    property string kind: "open"
    property string text

    readonly property color foreground: chip.kind === "done" ? Theme.success
                                      : chip.kind === "notDone" || chip.kind === "double" ? Theme.danger
                                      : chip.kind === "retracted" || chip.kind === "hsl" ? Theme.warning
                                      : chip.kind === "protected" ? Theme.protectedIdentity
                                      : chip.kind === "child" ? Theme.primary : Theme.textMuted

    implicitWidth: label.implicitWidth + 24
    implicitHeight: Math.max(36, label.implicitHeight + 10)
    radius: height / 2
    color: chip.kind === "done" ? Theme.successSurface
         : chip.kind === "notDone" || chip.kind === "double" ? Theme.dangerSurface
         : chip.kind === "retracted" || chip.kind === "hsl" ? Theme.warningSurface
         : chip.kind === "protected" ? Theme.protectedSurface : Theme.surfaceMuted
    Accessible.role: Accessible.StaticText
    Accessible.name: chip.text

    Text {
        id: label
        anchors.centerIn: parent
        text: chip.text
        color: chip.foreground
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
}
