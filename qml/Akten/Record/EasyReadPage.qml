// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Lättläst": the plan shown to the resident. Large text, plain Swedish, one activity per card with its symbol and
// time; no codes and no grades. "Skriv ut" saves it as a PDF in the export folder.
Page {
    id: page

    required property EasyReadModel easyRead
    property bool canPrint: false

    background: Rectangle { color: Theme.background }
    Accessible.name: page.easyRead.title

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            Text {
                text: page.easyRead.title
                font.pixelSize: 44
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "printEasyRead"
                visible: page.canPrint && list.count > 0
                text: qsTr("Skriv ut")
                quiet: true
                Accessible.name: qsTr("Skriv ut planen i lättläst form")
                onClicked: page.easyRead.print()
            }
        }
        Text {
            text: page.easyRead.subtitle
            font.pixelSize: 28
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            objectName: "easyReadPrinted"
            visible: text.length > 0
            text: page.easyRead.printedText
            font.pixelSize: Theme.fontBody
            color: Theme.success
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            Layout.fillWidth: true
        }
        EmptyState {
            visible: list.count === 0
            text: page.easyRead.errorText
            error: true
            Layout.fillWidth: true
        }
        ListView {
            id: list
            spacing: Theme.spacing
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: page.easyRead
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: 8

            ScrollHint {
                parent: list
                target: list
            }

            delegate: Card {
                id: card
                required property string symbol
                required property string area
                required property string title
                required property string text
                required property string when
                width: list.width - Theme.scrollGutter
                implicitHeight: Math.max(row.implicitHeight, 120) + 48
                Accessible.name: card.title + ". " + card.when
                RowLayout {
                    id: row
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 24
                    spacing: 24
                    Rectangle {
                        color: Theme.surfaceMuted
                        radius: width / 2
                        Layout.preferredWidth: 110
                        Layout.preferredHeight: 110
                        Layout.alignment: Qt.AlignTop
                        Text {
                            anchors.centerIn: parent
                            text: card.symbol
                            font.family: "DejaVu Sans"
                            font.pixelSize: 64
                            color: Theme.primary
                            Accessible.ignored: true
                        }
                    }
                    ColumnLayout {
                        spacing: 8
                        Layout.fillWidth: true
                        Text {
                            text: card.title
                            font.pixelSize: 34
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Text {
                            text: card.when
                            font.pixelSize: 30
                            font.bold: true
                            color: Theme.primary
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Text {
                            text: card.text
                            font.pixelSize: 26
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            lineHeight: 1.15
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
