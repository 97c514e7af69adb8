// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// A row of big toggle buttons for one filter: `choices` is a list of {value, label}; `current` is the chosen value.
RowLayout {
    id: row

    required property string label
    required property list<var> choices
    property var current

    signal picked(var value)

    spacing: 8
    Text {
        text: row.label
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        Layout.preferredWidth: 110
    }
    Repeater {
        model: row.choices
        delegate: BigButton {
            required property var modelData
            text: modelData.label
            quiet: true
            selected: row.current === modelData.value
            font.pixelSize: Theme.fontSmall
            onClicked: row.picked(modelData.value)
        }
    }
}
