// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models
import Akten.Journal

// The resident's day notes (handover, not the journal; deleted after 90 days), newest first, and a new one on top.
ColumnLayout {
    id: section

    required property DayNoteListModel notes
    required property string residentId
    property DayNotesController dayNotes

    /// "Flytta till journalen": the note form, with the prepared draft for this resident.
    signal openDraft(string residentId)

    spacing: Theme.spacing
    Accessible.name: qsTr("Daganteckningar")

    DayNoteForm {
        visible: section.dayNotes !== null
        dayNotes: section.dayNotes
        residentId: section.residentId
        Layout.fillWidth: true
    }
    ListView {
        id: list
        objectName: "recordDayNotes"
        model: section.notes
        spacing: 12
        clip: true
        Layout.fillWidth: true
        Layout.fillHeight: true
        // Notes from day 75 are reviewed here too: the unit's queue shows no words of a protected identity.
        delegate: DayNoteCard {
            id: card
            required property bool dueForReview
            width: ListView.view.width - Theme.scrollGutter
            reviewing: card.dueForReview && section.dayNotes !== null
            onMoveToJournal: noteId => {
                const residentId = section.dayNotes.moveToJournal(noteId)
                if (residentId.length > 0)
                    section.openDraft(residentId)
            }
            onNothingToMove: noteId => section.dayNotes.confirmNothingToMove(noteId)
        }
        ScrollHint {
            parent: list
            target: list
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            text: section.notes.errorText.length > 0 ? section.notes.errorText : qsTr("Inga daganteckningar.")
            error: section.notes.errorText.length > 0
        }
    }
}
