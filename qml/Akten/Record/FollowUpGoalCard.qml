// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui

// One goal of the plan in the follow-up: the goal in its own words, "Uppnått" / "Delvis uppnått" / "Ej uppnått",
// and a comment. The choice and the comment are written back to the controller's model at once.
Card {
    id: card

    required property int index
    required property string area
    required property string goal
    required property int result
    required property string comment
    required property string error

    signal resultPicked(int row, int result)
    signal commentEdited(int row, string comment)

    implicitHeight: column.implicitHeight + 40

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 20
        spacing: 8
        Text {
            text: card.area
            visible: card.area.length > 0
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        AnswerChoices {
            objectName: "goal" + card.index
            buttonName: "goal" + card.index + "result"
            question: qsTr("Mål: %1").arg(card.goal)
            answers: [qsTr("Uppnått"), qsTr("Delvis uppnått"), qsTr("Ej uppnått")]
            current: card.result
            error: card.error
            Layout.fillWidth: true
            onPicked: answer => card.resultPicked(card.index, answer)
        }
        TextField {
            objectName: "goal" + card.index + "comment"
            text: card.comment
            placeholderText: qsTr("Kommentar (valfritt)")
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Kommentar till målet %1").arg(card.goal)
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onTextEdited: card.commentEdited(card.index, text)
        }
    }
}
