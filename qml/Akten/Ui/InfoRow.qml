// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import QtQuick.Layouts

// A label above its value, for record fields.
ColumnLayout {
    id: row

    property string label
    property string value

    spacing: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: row.label + ": " + row.value

    Text {
        text: row.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        Layout.fillWidth: true
    }
    Text {
        text: row.value.length > 0 ? row.value : "–"
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
