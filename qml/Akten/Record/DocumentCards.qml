// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The cards of one list of the record's documents (current versions, or a history), with what may be done to each,
// and a sentence when there are none.
ColumnLayout {
    id: cards

    required property RecordDocumentListModel documents
    property string emptyText
    property string editText
    property string revokeText
    /// The cards' buttons' objectName prefix: "<name><row>Edit".
    property string buttonName

    signal edit(string documentId)
    signal revoke(string documentId)

    spacing: 12
    Repeater {
        model: cards.documents
        delegate: DocumentCard {
            id: card
            required property int index
            required property string documentId
            required title
            required subtitle
            required versionText
            required statusText
            required warning
            required conflict
            required fieldRows
            buttonName: cards.buttonName + index
            editText: cards.editText
            revokeText: card.warning ? "" : cards.revokeText
            Layout.fillWidth: true
            onEdit: cards.edit(card.documentId)
            onRevoke: cards.revoke(card.documentId)
        }
    }
    EmptyState {
        visible: cards.documents.count === 0 && (cards.emptyText.length > 0 || cards.documents.errorText.length > 0)
        text: cards.documents.errorText.length > 0 ? cards.documents.errorText : cards.emptyText
        error: cards.documents.errorText.length > 0
        horizontalAlignment: Text.AlignLeft
        padding: 8
        Layout.fillWidth: true
    }
}
