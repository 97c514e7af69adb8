// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Akten.Ui

// Qt's own on-screen keyboard, Swedish layout first (å, ä, ö on their own keys), English second; it rises when a
// text field gets focus and the page above it makes room. "Dölj tangentbordet" lowers it so the whole page (and its
// save button) is in view again; a tap in the field raises it. Only where the device has no hardware keyboard
// ([input] on_screen_keyboard); a hardware keyboard always works as well.
InputPanel {
    id: panel
    objectName: "onScreenKeyboard"
    visible: panel.active
    Accessible.name: qsTr("Tangentbord på skärmen")

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["sv_SE", "en_GB"]
        VirtualKeyboardSettings.locale = "sv_SE"
    }

    BigButton {
        objectName: "hideKeyboard"
        text: qsTr("Dölj tangentbordet")
        quiet: true
        anchors.right: parent.right
        anchors.bottom: parent.top
        anchors.margins: 8
        onClicked: {
            // The field gives up focus (its words stay): no item takes input, so the keyboard goes down.
            const field = panel.Window.activeFocusItem
            if (field)
                field.focus = false
        }
    }
}
