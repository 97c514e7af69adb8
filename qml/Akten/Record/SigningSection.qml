// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Signeringslista for one day: each timed activity with its state; step between days with large buttons.
ColumnLayout {
    id: section

    required property SigningListModel signing
    /// The monthly list as a PDF (unit managers); null where there is none.
    property SigningExportController exporter
    property string residentId
    property string exportNotice

    spacing: 12
    Accessible.name: qsTr("Signeringslistor")

    RowLayout {
        spacing: 12
        Layout.fillWidth: true
        BigButton {
            text: qsTr("‹ Föregående dag")
            quiet: true
            onClicked: section.signing.previousDay()
        }
        Text {
            text: section.signing.dayLabel
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BigButton {
            text: qsTr("Nästa dag ›")
            quiet: true
            onClicked: section.signing.nextDay()
        }
    }
    RowLayout {
        spacing: 12
        Layout.fillWidth: true
        Text {
            text: section.signing.summary
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "exportMonth"
            visible: section.exporter !== null && section.exporter.allowed
            quiet: true
            text: qsTr("Spara månadslistan som PDF")
            onClicked: {
                const file = section.exporter.exportMonth(section.residentId, section.signing.month)
                section.exportNotice = file.length > 0 ? qsTr("Månadslistan är sparad i exportmappen: %1").arg(file)
                                                       : section.exporter.errorText
            }
        }
    }
    Text {
        objectName: "exportNotice"
        visible: section.exportNotice.length > 0
        text: section.exportNotice
        color: section.exporter !== null && section.exporter.errorText.length > 0 ? Theme.danger : Theme.success
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WrapAnywhere
        Layout.fillWidth: true
    }
    ListView {
        id: list
        objectName: "signingList"
        model: section.signing
        spacing: 8
        clip: true
        Layout.fillWidth: true
        Layout.fillHeight: true
        delegate: Card {
            id: row
            required property string time
            required property string activity
            required property string status
            required property string tone
            required property string detail
            required property bool delegatedHsl
            width: ListView.view.width - Theme.scrollGutter
            implicitHeight: Math.max(Theme.touchTarget + 16, rowLayout.implicitHeight + 24)
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1, %2: %3").arg(row.time).arg(row.activity).arg(row.status)
            RowLayout {
                id: rowLayout
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: 12
                spacing: Theme.spacing
                Text {
                    text: row.time
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    Layout.preferredWidth: 80
                }
                ColumnLayout {
                    spacing: 4
                    Layout.fillWidth: true
                    Text {
                        text: row.activity
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Text {
                        visible: row.detail.length > 0
                        text: row.detail
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
                StatusChip { visible: row.delegatedHsl; tone: Tone.Warning; text: qsTr("HSL, delegerad") }
                StatusChip {
                    toneName: row.tone
                    text: row.status
                }
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
            text: section.signing.errorText.length > 0 ? section.signing.errorText : qsTr("Inga insatser att signera den här dagen.")
            error: section.signing.errorText.length > 0
        }
    }
}
