// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Inkomna och upprättade handlingar: the register of the record's documents, those the central register holds and
// those staff registered here ("Registrera handling", the section's one primary action), newest first.
ColumnLayout {
    id: section

    required property DocumentListModel documents
    property bool mayRegister: false

    /// "Registrera handling": staff register a document that arrived or was written.
    signal registerDocument()

    spacing: Theme.spacing
    BigButton {
        objectName: "registerDocument"
        visible: section.mayRegister
        text: qsTr("Registrera handling")
        implicitHeight: Theme.primaryTarget
        Layout.alignment: Qt.AlignRight
        onClicked: section.registerDocument()
    }
    ListView {
        id: list

        model: section.documents
        spacing: 8
        clip: true
        Layout.fillWidth: true
        Layout.fillHeight: true
        Accessible.name: qsTr("Handlingar")
        delegate: Card {
            id: row
            required property string kind
            required property string title
            required property string date
            required property string direction
            required property string summary
            required property string registeredBy
            width: ListView.view.width - Theme.scrollGutter
            implicitHeight: Math.max(Theme.touchTarget + 16, layout.implicitHeight + 24)
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1, %2").arg(row.kind).arg(row.date)
            RowLayout {
                id: layout
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: 12
                spacing: Theme.spacing
                ColumnLayout {
                    spacing: 4
                    Layout.fillWidth: true
                    Text { text: row.kind; color: Theme.text; font.pixelSize: Theme.fontLarge; font.bold: true; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                    Text { text: row.title; color: Theme.textMuted; font.pixelSize: Theme.fontBody; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                    Text { visible: row.summary.length > 0; text: row.summary; color: Theme.text; font.pixelSize: Theme.fontBody; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                    Text { visible: row.registeredBy.length > 0; text: row.registeredBy; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                }
                Text { text: row.date; color: Theme.text; font.pixelSize: Theme.fontBody }
                StatusChip { text: row.direction }
            }
        }
        ScrollHint {
            parent: list
            target: list
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            text: section.documents.errorText.length > 0 ? section.documents.errorText : qsTr("Inga handlingar registrerade.")
            error: section.documents.errorText.length > 0
        }
    }
}
