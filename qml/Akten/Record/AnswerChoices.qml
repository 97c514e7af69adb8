// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One question of the follow-up: the question in big text, its answers as big toggle buttons (index = the answer's
// number, -1 none chosen), and what is missing, said at the question in Swedish.
ColumnLayout {
    id: choices

    required property string question
    required property list<string> answers
    property int current: -1
    property string error
    /// The buttons' objectName prefix (tests tap "<name>0", "<name>1", …).
    property string buttonName

    signal picked(int answer)

    spacing: 8
    Text {
        text: choices.question
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: choices.answers
            delegate: BigButton {
                required property int index
                required property string modelData
                objectName: choices.buttonName + index
                text: modelData
                quiet: true
                selected: choices.current === index
                Accessible.name: qsTr("%1: %2").arg(choices.question).arg(modelData)
                onClicked: choices.picked(index)
            }
        }
    }
    Text {
        visible: choices.error.length > 0
        text: choices.error
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        Layout.fillWidth: true
    }
}
