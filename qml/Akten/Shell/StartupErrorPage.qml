// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui

// Shown instead of any data when the record store cannot be opened; nothing is changed on disk.
Page {
    id: page

    property string message

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Akten kan inte öppna journalen")

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 820)
        implicitHeight: column.implicitHeight + 64
        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 32
            spacing: 16
            SectionTitle {
                text: qsTr("Akten kan inte öppna journalen")
                color: Theme.danger
                Layout.fillWidth: true
            }
            Text {
                text: page.message
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Text {
                text: qsTr("Ingenting har ändrats. Kontakta den som ansvarar för enhetens surfplattor.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
