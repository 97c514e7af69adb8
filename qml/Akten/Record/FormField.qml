// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui

// One field of a register form (consents, releases): its question, a text field, and what is wrong said right under
// it in Swedish. The text stays in the field (the form reads `text` when it is saved).
ColumnLayout {
    id: field

    property string label
    property string placeholder
    property string error
    /// The text field's objectName (tests type into it).
    property string inputName
    property alias text: input.text

    /// The person changed the text (the form forgets what was said at the field).
    signal edited()

    spacing: 4

    Text {
        text: field.label
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    TextField {
        id: input
        objectName: field.inputName
        placeholderText: field.placeholder
        font.pixelSize: Theme.fontBody
        Accessible.name: field.label
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        onTextEdited: field.edited()
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: 2
            border.color: field.error.length > 0 ? Theme.danger : input.activeFocus ? Theme.focus : Theme.border
        }
    }
    Text {
        visible: field.error.length > 0
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
