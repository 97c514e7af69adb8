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
        implicitHeight: column.height + 40
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Behov %1, %2").arg(card.icfCode).arg(card.icfTitle)

        // Positioners with explicit widths, not layouts: a card reloaded while its page is under another one
        // (the plan just set in the editor) kept zero-width text in Qt 6.4's layouts once shown again.
        Column {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 20
            spacing: 12
            RowLayout {
                width: column.width
                spacing: 12
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
            Grid {
                id: facts
                columns: card.wide ? 2 : 1
                columnSpacing: 32
                rowSpacing: 12
                readonly property real cell: card.wide ? (column.width - columnSpacing) / 2 : column.width
                InfoRow { label: qsTr("Mål"); value: card.goal; width: facts.cell }
                InfoRow { label: qsTr("Egna resurser"); value: card.resources; width: facts.cell }
            }
            InfoRow { label: qsTr("Aktiviteter"); value: card.activities; width: column.width }
        }
    }
}
