// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One version of one of the record's documents: its title and state, who saved it when, a notice when two tablets
// saved versions of it at the same time, its fields as read, and what may be done with it.
Card {
    id: card

    property string title
    property string subtitle
    property string versionText
    property string statusText
    property bool warning: false
    property bool conflict: false
    /// The fields as read: a list of { label, value } (RecordDocumentListModel's fieldRows).
    property var fieldRows: []
    property string editText
    property string revokeText
    /// The buttons' objectName prefix (tests tap "<name>Edit", "<name>Revoke").
    property string buttonName

    readonly property bool longText: {
        for (let i = 0; i < card.fieldRows.length; ++i) {
            if (card.fieldRows[i].value.length > 160)
                return true
        }
        return false
    }

    signal edit()
    signal revoke()

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    Accessible.role: Accessible.Grouping
    Accessible.name: card.title

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: 12
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            Text {
                text: card.title
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            StatusChip {
                visible: card.statusText.length > 0
                text: card.statusText
                tone: card.warning ? Tone.Warning : Tone.Neutral
            }
        }
        Text {
            visible: card.subtitle.length > 0
            text: card.subtitle
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            text: card.versionText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Rectangle {
            visible: card.conflict
            color: Theme.warningSurface
            radius: Theme.radius
            implicitHeight: conflictText.implicitHeight + 24
            Layout.fillWidth: true
            Text {
                id: conflictText
                anchors.fill: parent
                anchors.margins: 12
                text: qsTr("Två versioner sparades samtidigt på olika plattor. Båda visas här, den nyaste först. "
                           + "Spara en ny version för att föra ihop dem.")
                color: Theme.warning
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
        GridLayout {
            // Two columns for short facts; one when a text is long (a life story), so that no label is cut.
            columns: card.width > 700 && !card.longText ? 2 : 1
            columnSpacing: 32
            rowSpacing: 16
            Layout.fillWidth: true
            Repeater {
                model: card.fieldRows
                delegate: InfoRow {
                    required property var modelData
                    label: modelData.label
                    value: modelData.value
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100 // columns of equal width, whatever their texts' lengths
                    Layout.alignment: Qt.AlignTop
                }
            }
        }
        Flow {
            visible: card.editText.length > 0 || card.revokeText.length > 0
            spacing: Theme.spacing
            Layout.fillWidth: true
            BigButton {
                objectName: card.buttonName + "Edit"
                visible: card.editText.length > 0
                text: card.editText
                quiet: true
                Accessible.name: qsTr("%1: %2").arg(card.editText).arg(card.title)
                onClicked: card.edit()
            }
            BigButton {
                objectName: card.buttonName + "Revoke"
                visible: card.revokeText.length > 0
                text: card.revokeText
                danger: true
                Accessible.name: qsTr("%1: %2").arg(card.revokeText).arg(card.title)
                onClicked: card.revoke()
            }
        }
    }
}
