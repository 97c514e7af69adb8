// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Försättsblad: who the resident is, where they live, and who is responsible.
ScrollView {
    id: view

    required property CoverSheet sheet

    contentWidth: availableWidth
    Accessible.name: qsTr("Försättsblad")

    Card {
        width: view.availableWidth
        implicitHeight: grid.implicitHeight + 48
        ColumnLayout {
            id: grid
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 24
            spacing: 20
            RowLayout {
                spacing: 12
                Layout.fillWidth: true
                SectionTitle {
                    text: view.sheet.name
                    Layout.fillWidth: true
                }
                StatusChip {
                    visible: view.sheet.child
                    tone: Tone.Info
                    text: qsTr("Barn")
                }
            }
            GridLayout {
                columns: view.availableWidth > 700 ? 2 : 1
                columnSpacing: 32
                rowSpacing: 20
                Layout.fillWidth: true
                InfoRow { label: qsTr("Personnummer"); value: view.sheet.personalNumber; Layout.fillWidth: true }
                InfoRow { label: qsTr("Ålder"); value: view.sheet.ageText; Layout.fillWidth: true }
                InfoRow { label: qsTr("Enhet"); value: view.sheet.unitName; Layout.fillWidth: true }
                InfoRow { label: qsTr("Rum eller lägenhet"); value: view.sheet.room; Layout.fillWidth: true }
                InfoRow { label: qsTr("Inflyttad"); value: view.sheet.movedIn; Layout.fillWidth: true }
                InfoRow { label: qsTr("Ställföreträdare"); value: view.sheet.representative; Layout.fillWidth: true }
                InfoRow { label: qsTr("Kontaktman"); value: view.sheet.contactPersons; Layout.fillWidth: true }
            }
        }
    }
}
