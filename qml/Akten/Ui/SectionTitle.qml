// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick

// A section heading inside a page.
Text {
    color: Theme.text
    font.pixelSize: Theme.fontTitle
    font.bold: true
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
