// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Behov: the resident's own words and resources, the staff's grade kept apart, the goal with its starters (advice
// when it cannot be followed up), the insats it implements, and its activities.
FormFlickable {
    id: form

    property PlanEditorController editor
    readonly property PlanNeedEditor need: form.editor ? form.editor.need : null
    readonly property list<string> grades: [qsTr("Inga"), qsTr("Lätta"), qsTr("Måttliga"), qsTr("Svåra"),
                                            qsTr("Totala"), qsTr("Ej angivet")]
    readonly property list<int> gradeValues: [0, 1, 2, 3, 4, 8]

    signal addNeed()

    function gradeName(grade: int): string {
        for (let i = 0; i < form.gradeValues.length; ++i) {
            if (form.gradeValues[i] === grade)
                return form.grades[i]
        }
        return ""
    }

    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        width: form.width - Theme.scrollGutter
        spacing: Theme.spacing
        visible: form.need !== null && form.need.index >= 0

        RowLayout {
            Layout.fillWidth: true
            Text {
                text: form.need ? form.need.title : ""
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Text {
                text: form.need ? form.need.code : ""
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }
        PlanTextField {
            label: qsTr("Med egna ord")
            hint: qsTr("Vad den enskilde själv säger om behovet.")
            inputName: "ownView"
            value: form.need ? form.need.ownView : ""
            Layout.fillWidth: true
            onEdited: value => form.need.ownView = value
        }
        PlanTextField {
            label: qsTr("Egna resurser")
            inputName: "ownResources"
            value: form.need ? form.need.ownResources : ""
            Layout.fillWidth: true
            onEdited: value => form.need.ownResources = value
        }
        ChipRow {
            label: qsTr("Problemets omfattning")
            note: qsTr("Personalens bedömning")
            namePrefix: "grade"
            choices: form.grades
            current: form.need ? form.gradeName(form.need.grade) : ""
            Layout.fillWidth: true
            onChosen: index => form.need.grade = form.gradeValues[index]
        }
        ChipRow {
            label: qsTr("Mål")
            note: qsTr("Börja gärna så här:")
            namePrefix: "goalStarter"
            choices: [qsTr("Att få stöd med…"), qsTr("Att åter kunna…"), qsTr("Att kunna delta i…"),
                      qsTr("Att känna trygghet genom att…")]
            Layout.fillWidth: true
            onChosen: (index, choice) => form.need.startGoal(choice)
        }
        PlanTextField {
            label: qsTr("Målet med den enskildes ord")
            inputName: "goal"
            value: form.need ? form.need.goal : ""
            hint: form.need && form.need.goalVague ? qsTr("Hur märker vi att målet är nått? Skriv vad som ska hända.")
                                                   : ""
            error: form.need ? form.need.goalError : ""
            Layout.fillWidth: true
            onEdited: value => form.need.goal = value
        }
        ChipRow {
            visible: form.editor !== null && form.editor.insatsNames.length > 0
            label: qsTr("Insats i beslutet som behovet gäller")
            namePrefix: "insats"
            choices: form.editor ? form.editor.insatsNames : []
            current: form.editor && form.need ? form.editor.insatsName(form.need.insatsId) : ""
            Layout.fillWidth: true
            onChosen: index => form.editor.linkInsats(index)
        }
        ActivityForm {
            need: form.need
            Layout.fillWidth: true
        }
        Flow {
            spacing: 8
            Layout.fillWidth: true
            BigButton {
                objectName: "addActivity"
                text: qsTr("Lägg till aktivitet")
                quiet: true
                onClicked: form.need.addActivity()
            }
            BigButton {
                objectName: "addNeed"
                text: qsTr("Nytt behov")
                quiet: true
                onClicked: form.addNeed()
            }
            BigButton {
                objectName: "removeNeed"
                text: qsTr("Ta bort behovet")
                danger: true
                onClicked: form.editor.removeNeed(form.need.index)
            }
        }
    }
}
