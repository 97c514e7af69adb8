// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick

// A calm message where a list has nothing to show, or could not be read (error: true).
Text {
    property bool error: false

    color: error ? Theme.danger : Theme.textMuted
    font.pixelSize: Theme.fontLarge
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.WordWrap
    padding: 32
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
