// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Social journal, newest event date first, with corrections kept under the original entry; "Ny anteckning" on top.
ColumnLayout {
    id: section

    required property JournalListModel journal
    property JournalCorrectionController corrections
    property JournalCopyController copies
    property string residentId
    /// false once the case is closed: no new notes or corrections
    property bool writable: true

    signal newNote()

    spacing: 12
    Accessible.name: qsTr("Social journal")

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        TextField {
            id: search
            objectName: "journalSearch"
            placeholderText: qsTr("Sök i journalen")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Sök i journalen")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onTextEdited: section.journal.query = search.text
        }
        ComboBox {
            id: kind
            objectName: "journalFilter"
            model: section.journal.categories
            textRole: "label"
            valueRole: "value"
            // The choices are read again with the journal: show the filter in force, not an empty box.
            displayText: section.journal.filterCategory < 0 ? qsTr("Alla slag") : kind.currentText
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Visa slag av anteckning")
            Layout.preferredWidth: 340
            Layout.preferredHeight: Theme.touchTarget
            onActivated: section.journal.filterCategory = Number(kind.currentValue)
        }
        BigButton {
            objectName: "journalCopyButton"
            visible: section.copies !== null && section.copies.allowed
            text: qsTr("Kopia (PDF)")
            quiet: true
            Layout.preferredHeight: Theme.primaryTarget
            onClicked: copySheet.open()
        }
        BigButton {
            objectName: "newNoteButton"
            visible: section.writable
            text: qsTr("Ny anteckning")
            font.bold: true
            Layout.preferredHeight: Theme.primaryTarget
            onClicked: section.newNote()
        }
    }
    ListView {
        id: list
        objectName: "journalList"
        model: section.journal
        spacing: 12
        clip: true
        Layout.fillWidth: true
        Layout.fillHeight: true
        delegate: JournalEntryCard {
            width: ListView.view.width - Theme.scrollGutter
            actions: section.corrections !== null && section.writable
            onCorrect: (entryId, original) => sheet.ask(entryId, original, false)
            onObject: entryId => sheet.ask(entryId, "", true)
        }

        ScrollHint {
            parent: list
            target: list
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            text: section.journal.errorText.length > 0 ? section.journal.errorText
                  : section.journal.query.length > 0 || section.journal.filterCategory >= 0
                    ? qsTr("Inga anteckningar matchar.") : qsTr("Inga journalanteckningar.")
            error: section.journal.errorText.length > 0
        }
    }
    JournalCopySheet {
        id: copySheet
        objectName: "journalCopySheet"
        copies: section.copies
        residentId: section.residentId
    }
    CorrectionSheet {
        id: sheet
        objectName: "correctionSheet"
        corrections: section.corrections
    }
}
