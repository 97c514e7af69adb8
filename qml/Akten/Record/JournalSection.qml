// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import Akten.Ui
import Akten.Models

// Social journal, newest event date first, with corrections kept under the original entry.
ListView {
    id: list

    required property JournalListModel journal

    objectName: "journalList"

    model: list.journal
    spacing: 12
    clip: true
    Accessible.name: qsTr("Social journal")
    delegate: JournalEntryCard { width: ListView.view.width - Theme.scrollGutter }

    ScrollHint {
        parent: list
        target: list
    }
    EmptyState {
        anchors.centerIn: parent
        width: parent.width
        visible: list.count === 0
        text: list.journal.errorText.length > 0 ? list.journal.errorText : qsTr("Inga journalanteckningar.")
        error: list.journal.errorText.length > 0
    }
}
