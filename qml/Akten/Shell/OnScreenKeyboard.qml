// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Qt's own on-screen keyboard, Swedish layout first (å, ä, ö on their own keys), English second; it rises when a
// text field gets focus and the page above it makes room. Only where the device has no hardware keyboard ([input]
// on_screen_keyboard); a hardware keyboard always works as well.
InputPanel {
    id: panel
    objectName: "onScreenKeyboard"
    visible: panel.active
    Accessible.name: qsTr("Tangentbord på skärmen")

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["sv_SE", "en_GB"]
        VirtualKeyboardSettings.locale = "sv_SE"
    }
}
