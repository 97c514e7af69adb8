// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// A question answered with big chips: one label above, the choices in a wrapping row; `current` is marked.
ColumnLayout {
    id: row

    property string label
    property string note
    property list<string> choices
    property string current
    /// more than one may be marked (the times of an activity)
    property list<string> marked
    property string namePrefix: "chip"

    signal chosen(int index, string choice)

    spacing: 6

    Text {
        visible: row.label.length > 0
        text: row.label
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Text {
        visible: row.note.length > 0
        text: row.note
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        Layout.fillWidth: true
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: row.choices
            BigButton {
                required property string modelData
                required property int index
                objectName: row.namePrefix + index
                text: modelData
                selected: modelData === row.current || row.marked.indexOf(modelData) >= 0
                quiet: !selected
                Accessible.name: row.label.length > 0 ? row.label + ": " + modelData : modelData
                onClicked: row.chosen(index, modelData)
            }
        }
    }
}
