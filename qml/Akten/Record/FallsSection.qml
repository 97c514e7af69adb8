// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Fall: the resident's fall reports (when, where, what happened, injury, who was told, what was done) and the
// fall-prevention checklists gone through, newest first; "Skriv fallrapport" is the one primary action.
ScrollView {
    id: view

    required property RecordDocumentsController docs
    required property bool mayWrite

    contentWidth: availableWidth
    Accessible.name: qsTr("Fall")

    ColumnLayout {
        width: view.availableWidth - Theme.scrollGutter
        spacing: Theme.spacing
        Flow {
            visible: view.mayWrite
            spacing: Theme.spacing
            Layout.fillWidth: true
            BigButton {
                objectName: "newFallReport"
                text: qsTr("Skriv fallrapport")
                implicitHeight: Theme.primaryTarget
                onClicked: view.docs.startNew("fall_report")
            }
            BigButton {
                objectName: "newFallChecklist"
                text: qsTr("Gå igenom checklistan mot fall")
                quiet: true
                implicitHeight: Theme.primaryTarget
                onClicked: view.docs.startNew("fall_checklist")
            }
        }
        SectionTitle {
            text: qsTr("Fallrapporter")
            Layout.fillWidth: true
        }
        DocumentCards {
            documents: view.docs.falls
            emptyText: qsTr("Inga fallrapporter.")
            Layout.fillWidth: true
        }
        SectionTitle {
            text: qsTr("Checklistor för förebyggande av fallolyckor")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
        }
        DocumentCards {
            documents: view.docs.checklists
            emptyText: qsTr("Ingen checklista är genomgången.")
            Layout.fillWidth: true
        }
    }
}
