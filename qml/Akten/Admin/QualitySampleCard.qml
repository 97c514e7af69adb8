// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One sampled plan of the quality review: the resident (masked if protected), whether and by whom it was reviewed,
// and "Granska" until it is.
Card {
    id: card

    required property string residentId
    required property string name
    required property string detail
    required property bool reviewed
    required property string status
    required property int index

    signal review(string residentId)

    implicitHeight: row.implicitHeight + 32
    Accessible.name: card.name + ". " + card.status

    RowLayout {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 16
        spacing: Theme.spacing
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Text {
                text: card.detail.length > 0 ? qsTr("%1, %2").arg(card.name).arg(card.detail) : card.name
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Text {
                text: card.status
                font.pixelSize: Theme.fontBody
                color: card.reviewed ? Theme.success : Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        BigButton {
            objectName: "reviewPlan" + card.index
            visible: !card.reviewed
            text: qsTr("Granska")
            Accessible.name: qsTr("Granska planen för %1").arg(card.name)
            onClicked: card.review(card.residentId)
        }
    }
}
