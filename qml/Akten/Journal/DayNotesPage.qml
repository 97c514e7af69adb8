// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Daganteckningar: write a handover note; "Att granska" (notes 75 days or older that nobody has reviewed, the one
// that goes soonest on top); the unit's handover, newest first. Day notes are not the journal.
Page {
    id: page

    required property DayNotesController dayNotes
    property bool wide: true

    /// "Flytta till journalen" prepared a draft for this resident: open the note form.
    signal openDraft(string residentId)

    background: Rectangle { color: Theme.background }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ColumnLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            DayNoteForm {
                dayNotes: page.dayNotes
                Layout.fillWidth: true
            }
            SectionTitle {
                text: page.dayNotes.queue.count > 0
                      ? qsTr("Att granska: raderas snart (%1)").arg(page.dayNotes.queue.count)
                      : qsTr("Att granska")
                Layout.fillWidth: true
            }
            ListView {
                id: queue
                objectName: "dayNoteQueue"
                model: page.dayNotes.queue
                spacing: 12
                clip: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 120
                delegate: DayNoteCard {
                    width: ListView.view.width - Theme.scrollGutter
                    reviewing: true
                    onMoveToJournal: noteId => {
                        const residentId = page.dayNotes.moveToJournal(noteId)
                        if (residentId.length > 0)
                            page.openDraft(residentId)
                    }
                    onNothingToMove: noteId => page.dayNotes.confirmNothingToMove(noteId)
                }
                ScrollHint {
                    parent: queue
                    target: queue
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: queue.count === 0
                    text: page.dayNotes.queue.errorText.length > 0 ? page.dayNotes.queue.errorText
                          : qsTr("Inga daganteckningar att granska.")
                    error: page.dayNotes.queue.errorText.length > 0
                }
            }
        }
        ColumnLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            SectionTitle {
                text: qsTr("Överlämning")
                Layout.fillWidth: true
            }
            ListView {
                id: handover
                objectName: "dayNoteHandover"
                model: page.dayNotes.handover
                spacing: 12
                clip: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: DayNoteCard {
                    width: ListView.view.width - Theme.scrollGutter
                }
                ScrollHint {
                    parent: handover
                    target: handover
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: handover.count === 0
                    text: page.dayNotes.handover.errorText.length > 0 ? page.dayNotes.handover.errorText
                          : qsTr("Inga daganteckningar.")
                    error: page.dayNotes.handover.errorText.length > 0
                }
            }
        }
    }
}
