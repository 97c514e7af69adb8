// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// One part of "Min akt" in large type: a title and plain-text cards (when, what, who wrote it, a correction).
ColumnLayout {
    id: list

    required property string title
    required property string emptyText
    required property OwnRecordListModel rows

    spacing: 8
    Text {
        text: list.title
        font.pixelSize: 40
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        Layout.margins: Theme.spacing
        Layout.bottomMargin: 0
    }
    EmptyState {
        visible: view.count === 0
        text: list.emptyText
        Layout.fillWidth: true
        Layout.margins: Theme.spacing
    }
    ListView {
        id: view
        spacing: Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        model: list.rows
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.margins: Theme.spacing

        ScrollHint {
            parent: view
            target: view
        }

        delegate: Card {
            id: card
            required property string heading
            required property string text
            required property string author
            required property string correction
            width: view.width - Theme.scrollGutter
            implicitHeight: column.implicitHeight + 48
            Accessible.name: card.heading + ". " + card.text
            ColumnLayout {
                id: column
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 24
                spacing: 8
                Text {
                    text: card.heading
                    font.pixelSize: 30
                    font.bold: true
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Text {
                    text: card.text
                    font.pixelSize: 28
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    lineHeight: 1.15
                    Layout.fillWidth: true
                }
                Text {
                    visible: card.correction.length > 0
                    text: card.correction
                    font.pixelSize: 26
                    font.italic: true
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Text {
                    visible: card.author.length > 0
                    text: card.author
                    font.pixelSize: 24
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
