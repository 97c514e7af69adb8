// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models
import Akten.Record

// The review questionnaire for one sampled plan: five questions, each Ja / Delvis / Nej and a comment. "Spara
// granskningen" writes it; an unanswered question is said at the question and nothing is saved.
FormFlickable {
    id: form

    required property QualityQuestionnaire questionnaire
    readonly property list<string> codes: ["yes", "partly", "no"]

    contentWidth: width
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.name: qsTr("Granskning av planen")

    ScrollHint {
        parent: form
        target: form
    }

    ColumnLayout {
        id: column
        x: Math.max(0, (form.width - Theme.scrollGutter - width) / 2)
        width: Math.min(form.width - Theme.scrollGutter, 1000)
        spacing: Theme.spacing
        SectionTitle {
            text: qsTr("Granskning av planen: %1").arg(form.questionnaire.planName)
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Läs planen och journalen. Svara Ja, Delvis eller Nej på varje fråga.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: form.questionnaire
            delegate: Card {
                id: card
                required property int index
                required property string question
                required property string answer
                required property string comment
                required property string problem
                Layout.fillWidth: true
                implicitHeight: cardColumn.implicitHeight + 40
                ColumnLayout {
                    id: cardColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 20
                    spacing: 8
                    AnswerChoices {
                        objectName: "question" + card.index
                        buttonName: "question" + card.index + "answer"
                        question: card.question
                        answers: [qsTr("Ja"), qsTr("Delvis"), qsTr("Nej")]
                        current: form.codes.indexOf(card.answer)
                        error: card.problem
                        Layout.fillWidth: true
                        onPicked: answer => form.questionnaire.setAnswer(card.index, form.codes[answer])
                    }
                    TextField {
                        objectName: "question" + card.index + "comment"
                        text: card.comment
                        placeholderText: qsTr("Kommentar (valfritt)")
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Kommentar till frågan %1").arg(card.question)
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                        onTextEdited: form.questionnaire.setComment(card.index, text)
                    }
                }
            }
        }
        Text {
            objectName: "questionnaireError"
            visible: form.questionnaire.message.length > 0
            text: form.questionnaire.message
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacing
            BigButton {
                objectName: "cancelReview"
                text: qsTr("Avbryt")
                quiet: true
                Accessible.name: qsTr("Avbryt granskningen utan att spara")
                onClicked: form.questionnaire.cancel()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "saveReview"
                text: qsTr("Spara granskningen")
                font.bold: true
                Layout.preferredHeight: Theme.primaryTarget
                Layout.preferredWidth: 360
                onClicked: form.questionnaire.save()
            }
        }
    }
}
