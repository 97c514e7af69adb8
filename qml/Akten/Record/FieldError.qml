// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// What is wrong with a choice or a box of a register form, said under it in Swedish; hidden while nothing is.
Text {
    visible: text.length > 0
    color: Theme.danger
    font.pixelSize: Theme.fontBody
    font.bold: true
    wrapMode: Text.WordWrap
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
