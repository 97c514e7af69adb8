// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick

// A coloured label in one of the design system's tones (Tone: Neutral, Info, Good, Warning, Danger, Sensitive). It
// knows tones, not what they mean: the page (or its model) decides which tone a state gets, e.g. `tone: Tone.Good`.
Rectangle {
    id: chip

    /// The tone by its design name ("good", "warning", "danger", "info", "sensitive", "neutral"), as models give it.
    property string toneName: "neutral"
    property int tone: chip.toneName === "good" ? Tone.Good : chip.toneName === "warning" ? Tone.Warning
                     : chip.toneName === "danger" ? Tone.Danger : chip.toneName === "info" ? Tone.Info
                     : chip.toneName === "sensitive" ? Tone.Sensitive : Tone.Neutral
    property string text

    readonly property color foreground: chip.tone === Tone.Good ? Theme.success
                                      : chip.tone === Tone.Danger ? Theme.danger
                                      : chip.tone === Tone.Warning ? Theme.warning
                                      : chip.tone === Tone.Sensitive ? Theme.protectedIdentity
                                      : chip.tone === Tone.Info ? Theme.primary : Theme.textMuted

    implicitWidth: label.implicitWidth + 24
    implicitHeight: Math.max(36, label.implicitHeight + 10)
    radius: height / 2
    color: chip.tone === Tone.Good ? Theme.successSurface
         : chip.tone === Tone.Danger ? Theme.dangerSurface
         : chip.tone === Tone.Warning ? Theme.warningSurface
         : chip.tone === Tone.Sensitive ? Theme.protectedSurface : Theme.surfaceMuted
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
