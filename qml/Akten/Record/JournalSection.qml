// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Social journal, newest event date first, with corrections kept under the original entry; "Ny anteckning" on top.
ColumnLayout {
    id: section

    required property JournalListModel journal

    signal newNote()

    spacing: 12
    Accessible.name: qsTr("Social journal")

    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "newNoteButton"
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
        delegate: JournalEntryCard { width: ListView.view.width - Theme.scrollGutter }

        ScrollHint {
            parent: list
            target: list
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            text: section.journal.errorText.length > 0 ? section.journal.errorText : qsTr("Inga journalanteckningar.")
            error: section.journal.errorText.length > 0
        }
    }
}
