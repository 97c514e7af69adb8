// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// One need of the plan: ICF code and title, problem grade, own resources, goal, and how/when/by whom. The first
// need of each IBIC life area carries the area's heading.
Column {
    id: card

    required property string icfCode
    required property string icfTitle
    required property string grade
    required property string resources
    required property string goal
    required property string activities
    required property string lifeArea
    required property bool firstInArea
    property bool wide: true

    spacing: 6

    Text {
        visible: card.firstInArea
        width: card.width
        text: qsTr("Livsområde %1").arg(card.lifeArea)
        color: Theme.primary
        font.pixelSize: Theme.fontLarge
        font.bold: true
        topPadding: 8
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Card {
    width: card.width
    implicitHeight: column.implicitHeight + 40
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Behov %1, %2").arg(card.icfCode).arg(card.icfTitle)

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 20
        spacing: 12
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            StatusChip { tone: Tone.Info; text: card.icfCode }
            Text {
                text: card.icfTitle
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            StatusChip { text: card.grade }
        }
        GridLayout {
            columns: card.wide ? 2 : 1
            columnSpacing: 32
            rowSpacing: 12
            Layout.fillWidth: true
            InfoRow { label: qsTr("Mål"); value: card.goal; Layout.fillWidth: true; Layout.preferredWidth: 1 }
            InfoRow { label: qsTr("Egna resurser"); value: card.resources; Layout.fillWidth: true; Layout.preferredWidth: 1 }
        }
        InfoRow { label: qsTr("Aktiviteter"); value: card.activities; Layout.fillWidth: true }
    }
}
}
