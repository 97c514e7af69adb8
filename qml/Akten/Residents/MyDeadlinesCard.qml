// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// What a kontaktman sees right after login: their own residents' next plan deadlines, the nearest three ("Uppföljning
// av Margits plan senast 12 december"); an overdue one in red. A tap opens the record; "Alla planer" the overview.
Card {
    id: card

    required property DeadlineListModel deadlines

    signal openResident(string residentId)
    signal showAll()

    implicitHeight: column.implicitHeight + 24
    Accessible.name: qsTr("Dina boendes planer")

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        anchors.leftMargin: 20
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Text {
                text: qsTr("Dina boendes planer")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.primary
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "allDeadlinesButton"
                text: qsTr("Alla planer")
                quiet: true
                font.pixelSize: Theme.fontSmall
                Accessible.name: qsTr("Visa alla boendes planer")
                onClicked: card.showAll()
            }
        }
        Repeater {
            model: card.deadlines
            delegate: Text {
                id: line
                required property int index
                required property string residentId
                required property string sentence
                required property bool overdue
                required property bool protectedIdentity
                objectName: "myDeadline" + index
                visible: index < 3
                text: line.sentence
                font.pixelSize: Theme.fontBody
                font.bold: line.overdue
                color: line.overdue ? Theme.danger : Theme.text
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignVCenter
                Layout.fillWidth: true
                Layout.preferredHeight: visible ? Math.max(Theme.touchTarget, implicitHeight) : 0
                Accessible.role: Accessible.Button
                Accessible.name: line.sentence
                Accessible.onPressAction: card.openResident(line.residentId)
                TapHandler {
                    enabled: !line.protectedIdentity
                    onTapped: card.openResident(line.residentId)
                }
            }
        }
    }
}
