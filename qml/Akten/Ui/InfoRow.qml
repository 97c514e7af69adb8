// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick

// A label above its value, for record fields. A plain Item rather than a layout: wrapped text inside nested
// layouts makes Qt Quick Layouts loop on polish (height depends on width depends on implicit width).
Item {
    id: row

    property string label
    property string value

    implicitWidth: Math.max(labelText.implicitWidth, valueText.implicitWidth)
    implicitHeight: labelText.height + 2 + valueText.height
    Accessible.role: Accessible.StaticText
    Accessible.name: row.label + ": " + row.value

    Text {
        id: labelText
        width: row.width
        text: row.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
    Text {
        id: valueText
        y: labelText.height + 2
        width: row.width
        text: row.value.length > 0 ? row.value : "–"
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
}
