// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// A numeric keypad with keys big enough for gloves. The PIN is never shown, only one dot per digit.
// A physical keyboard or keypad works too (digits, Backspace, Enter).
ColumnLayout {
    id: pad

    property string pin: ""
    property string okText: qsTr("Logga in")
    readonly property int maxLength: 12

    signal submitted(string pin)

    function press(digit: string): void {
        if (pad.pin.length < pad.maxLength)
            pad.pin += digit
    }
    function submit(): void {
        if (pad.pin.length > 0) {
            const entered = pad.pin
            pad.pin = ""
            pad.submitted(entered)
        }
    }

    spacing: 16
    focus: true
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            pad.press(String(event.key - Qt.Key_0))
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            pad.pin = pad.pin.slice(0, -1)
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.submit()
            event.accepted = true
        }
    }

    Text {
        objectName: "pinDots"
        text: pad.pin.length > 0 ? "●".repeat(pad.pin.length) : " "
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
        Accessible.name: qsTr("%n siffror inmatade", "", pad.pin.length)
    }
    GridLayout {
        columns: 3
        rowSpacing: 12
        columnSpacing: 12
        Layout.alignment: Qt.AlignHCenter
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
            delegate: BigButton {
                required property string modelData
                objectName: "key" + modelData
                text: modelData === "clear" ? qsTr("Rensa") : modelData === "back" ? "⌫" : modelData
                quiet: modelData === "clear" || modelData === "back"
                font.pixelSize: Theme.fontTitle
                Accessible.name: modelData === "back" ? qsTr("Radera sista siffran")
                                 : modelData === "clear" ? qsTr("Rensa koden") : modelData
                Layout.preferredWidth: 104
                Layout.preferredHeight: 80
                onClicked: {
                    if (modelData === "clear")
                        pad.pin = ""
                    else if (modelData === "back")
                        pad.pin = pad.pin.slice(0, -1)
                    else
                        pad.press(modelData)
                }
            }
        }
    }
    BigButton {
        objectName: "pinOk"
        text: pad.okText
        enabled: pad.pin.length > 0
        Layout.preferredWidth: 104 * 3 + 24
        Layout.preferredHeight: 80
        Layout.alignment: Qt.AlignHCenter
        onClicked: pad.submit()
    }
}
