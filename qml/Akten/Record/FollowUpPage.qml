// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Följ upp planen", done together with the resident: each goal's result, the guideline's three questions to the
// resident (NYTTA, VÄRDE, KVALITET) and what happens next. "Spara uppföljningen" writes the follow-up and its journal
// entry; what is missing is said at the question and nothing is saved.
Page {
    id: page

    required property FollowUpController followUp
    property bool wide: true

    /// `revise`: the outcome was "Revidera planen" (the editor opens next, from the revision just followed up)
    signal done(bool saved, bool revise)

    readonly property list<string> residentAnswers: [qsTr("Ja"), qsTr("Delvis"), qsTr("Nej"), qsTr("Vill inte svara")]

    function errorOf(field: string): string {
        const e = page.followUp.fieldErrors[field]
        return e === undefined ? "" : String(e)
    }

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Uppföljning av genomförandeplanen")

    FormFlickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentWidth: width
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollHint {
            parent: flick
            target: flick
        }

        ColumnLayout {
            id: column
            x: Math.max(0, (flick.width - Theme.scrollGutter - width) / 2)
            width: Math.min(flick.width - Theme.scrollGutter, 1000)
            spacing: Theme.spacing
            SectionTitle {
                text: qsTr("Uppföljning av planen: %1").arg(page.followUp.residentName)
                Layout.fillWidth: true
            }
            Text {
                text: qsTr("Gör uppföljningen tillsammans med den boende. Hur har det gått med varje mål?")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Repeater {
                model: page.followUp.goals
                delegate: FollowUpGoalCard {
                    Layout.fillWidth: true
                    onResultPicked: (row, result) => page.followUp.setGoalResult(row, result)
                    onCommentEdited: (row, comment) => page.followUp.setGoalComment(row, comment)
                }
            }
            Card {
                Layout.fillWidth: true
                implicitHeight: questions.implicitHeight + 40
                ColumnLayout {
                    id: questions
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 20
                    spacing: Theme.spacing
                    SectionTitle { text: qsTr("Fråga den boende"); Layout.fillWidth: true }
                    AnswerChoices {
                        objectName: "benefitQuestion"
                        buttonName: "benefit"
                        question: qsTr("Hjälper stödet dig?")
                        answers: page.residentAnswers
                        current: page.followUp.benefit
                        error: page.errorOf("benefit")
                        Layout.fillWidth: true
                        onPicked: answer => page.followUp.benefit = answer
                    }
                    AnswerChoices {
                        buttonName: "value"
                        question: qsTr("Blir livet bättre?")
                        answers: page.residentAnswers
                        current: page.followUp.value
                        error: page.errorOf("value")
                        Layout.fillWidth: true
                        onPicked: answer => page.followUp.value = answer
                    }
                    AnswerChoices {
                        buttonName: "quality"
                        question: qsTr("Är du nöjd?")
                        answers: page.residentAnswers
                        current: page.followUp.quality
                        error: page.errorOf("quality")
                        Layout.fillWidth: true
                        onPicked: answer => page.followUp.quality = answer
                    }
                }
            }
            Card {
                Layout.fillWidth: true
                implicitHeight: next.implicitHeight + 40
                ColumnLayout {
                    id: next
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 20
                    spacing: Theme.spacing
                    AnswerChoices {
                        buttonName: "outcome"
                        question: qsTr("Vad händer nu?")
                        answers: [qsTr("Fortsätt som nu"), qsTr("Revidera planen"), qsTr("Kontakta handläggaren")]
                        current: page.followUp.outcome
                        error: page.errorOf("outcome")
                        Layout.fillWidth: true
                        onPicked: answer => page.followUp.outcome = answer
                    }
                    Text {
                        visible: page.followUp.outcome === 1
                        text: qsTr("Beslutet att revidera sparas med uppföljningen. Planen revideras sedan i planen.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    AnswerChoices {
                        visible: page.followUp.outcome === 2
                        buttonName: "reason"
                        question: qsTr("Varför ska handläggaren kontaktas?")
                        answers: [qsTr("Behöver mer stöd"), qsTr("Behöver mindre stöd"), qsTr("Behovet har upphört")]
                        current: page.followUp.reason - 1
                        error: page.errorOf("reason")
                        Layout.fillWidth: true
                        onPicked: answer => page.followUp.reason = answer + 1
                    }
                }
            }
            Text {
                objectName: "followUpError"
                visible: page.followUp.errorText.length > 0
                text: page.followUp.errorText
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
                    objectName: "cancelFollowUp"
                    text: qsTr("Avbryt")
                    quiet: true
                    Accessible.name: qsTr("Avbryt uppföljningen utan att spara")
                    onClicked: {
                        page.followUp.cancel()
                        page.done(false, false)
                    }
                }
                Item { Layout.fillWidth: true }
                BigButton {
                    objectName: "saveFollowUp"
                    text: qsTr("Spara uppföljningen")
                    font.bold: true
                    Layout.preferredHeight: Theme.primaryTarget
                    Layout.preferredWidth: 360
                    onClicked: {
                        const revise = page.followUp.outcome === 1 // "Revidera planen"
                        if (page.followUp.save())
                            page.done(true, revise)
                    }
                }
            }
        }
    }
}
