// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Beslut och uppdrag: law, who decided, validity, the case officer's goals and the granted insatser.
ListView {
    id: list

    required property DecisionListModel decisions

    model: list.decisions
    spacing: 12
    clip: true
    Accessible.name: qsTr("Beslut och insatser")

    delegate: Card {
        id: card
        required property string law
        required property string decidedBy
        required property string decidedOn
        required property string period
        required property string goals
        required property string assignment
        required property string insatser
        width: ListView.view.width - Theme.scrollGutter
        implicitHeight: column.implicitHeight + 40
        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 20
            spacing: 14
            SectionTitle { text: qsTr("Beslut enligt %1").arg(card.law); Layout.fillWidth: true }
            InfoRow { label: qsTr("Beviljade insatser"); value: card.insatser; Layout.fillWidth: true }
            InfoRow { label: qsTr("Beslutat av"); value: qsTr("%1, %2").arg(card.decidedBy).arg(card.decidedOn); Layout.fillWidth: true }
            InfoRow { label: qsTr("Giltighet"); value: card.period; Layout.fillWidth: true }
            InfoRow { label: qsTr("Mål från handläggaren"); value: card.goals; Layout.fillWidth: true }
            InfoRow { label: qsTr("Uppdrag till utföraren"); value: card.assignment; Layout.fillWidth: true }
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
        text: list.decisions.errorText.length > 0 ? list.decisions.errorText : qsTr("Inga beslut registrerade.")
        error: list.decisions.errorText.length > 0
    }
}
