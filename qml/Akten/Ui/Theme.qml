// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma Singleton
import QtQuick

// Colours, type sizes and touch sizes for gloved hands on shared tablets and kiosks. Contrast >= 4.5:1 for text.
QtObject {
    readonly property color background: "#F4F1EA"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceMuted: "#ECE7DC"
    readonly property color border: "#CFC7B6"
    readonly property color primary: "#0E5E6F"
    readonly property color primaryPressed: "#0A4552"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color text: "#1C1B1A"
    readonly property color textMuted: "#4F4B45"
    readonly property color danger: "#A4262C"
    readonly property color dangerSurface: "#F8E3E3"
    readonly property color warning: "#7A4F00"
    readonly property color warningSurface: "#FBEFD3"
    readonly property color success: "#1E6B3A"
    readonly property color successSurface: "#DFF0E4"
    readonly property color protectedIdentity: "#5B3F8C"
    readonly property color protectedSurface: "#ECE4F7"
    readonly property color focus: "#1A56DB"
    readonly property color undoBar: "#2B2A28"

    readonly property int fontSmall: 17
    readonly property int fontBody: 20
    readonly property int fontLarge: 24
    readonly property int fontTitle: 30

    readonly property int touchTarget: 56
    readonly property int primaryTarget: 72 ///< the one primary action of a row or screen
    readonly property int spacing: 16
    readonly property int radius: 12
    // Room at the right of a list for its ScrollHint, so the hint never covers the edge of a card.
    readonly property int scrollGutter: 20
}
