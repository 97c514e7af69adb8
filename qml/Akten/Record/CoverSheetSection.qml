// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Försättsblad: who the resident is, where they live, and who is responsible (from the register); below it the unit's
// own part (relatives, nurse, case officer, language), versioned: each save a new version, the earlier ones kept.
ScrollView {
    id: view

    required property CoverSheet sheet
    required property RecordDocumentsController docs
    required property bool mayWrite
    property bool showHistory: false

    contentWidth: availableWidth
    Accessible.name: qsTr("Försättsblad")

    ColumnLayout {
        width: view.availableWidth - Theme.scrollGutter
        spacing: Theme.spacing
        Card {
            implicitHeight: grid.implicitHeight + 48
            Layout.fillWidth: true
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
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.topMargin: 8
            SectionTitle {
                text: qsTr("Enhetens uppgifter")
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "editCoverSheet"
                visible: view.mayWrite
                text: qsTr("Ändra försättsbladet")
                implicitHeight: Theme.primaryTarget
                onClicked: view.docs.startNew("cover_sheet")
            }
        }
        DocumentCards {
            documents: view.docs.coverSheet
            emptyText: qsTr("Enhetens uppgifter är inte ifyllda ännu.")
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "coverSheetHistory"
            visible: view.docs.coverHistory.count > 1
            text: view.showHistory ? qsTr("Dölj tidigare versioner")
                                   : qsTr("Visa tidigare versioner (%1)").arg(view.docs.coverHistory.count - 1)
            quiet: true
            onClicked: view.showHistory = !view.showHistory
        }
        DocumentCards {
            visible: view.showHistory
            documents: view.docs.coverHistory
            Layout.fillWidth: true
        }
    }
}
