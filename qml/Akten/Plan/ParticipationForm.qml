// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Delaktighet (required before the plan is set): how the resident took part or why not, who said what, whether
// relatives may be told, who took part; for a child the child's part (D8). A quick first plan is marked here.
FormFlickable {
    id: form

    property PlanEditorController editor
    readonly property PlanParticipationEditor part: editor ? editor.participation : null

    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        width: form.width - Theme.scrollGutter
        spacing: Theme.spacing

        ChipRow {
            label: qsTr("Var den enskilde med?")
            namePrefix: "participated"
            choices: [qsTr("Var med hela tiden"), qsTr("Var med en stund"), qsTr("Var inte med")]
            current: form.part ? form.part.howParticipated : ""
            Layout.fillWidth: true
            onChosen: (index, choice) => form.part.howParticipated = choice
        }
        PlanTextField {
            label: qsTr("Hur den enskilde var med, eller varför inte")
            inputName: "howParticipated"
            value: form.part ? form.part.howParticipated : ""
            error: form.part ? form.part.howParticipatedError : ""
            Layout.fillWidth: true
            onEdited: value => form.part.howParticipated = value
        }
        PlanTextField {
            label: qsTr("Vem sa vad?")
            hint: qsTr("Den enskilde, företrädaren, anhöriga: vad var och en tyckte.")
            inputName: "views"
            value: form.part ? form.part.views : ""
            error: form.part ? form.part.viewsError : ""
            Layout.fillWidth: true
            onEdited: value => form.part.views = value
        }
        ChipRow {
            label: qsTr("Får anhöriga veta innehållet?")
            namePrefix: "relatives"
            choices: [qsTr("Nej"), qsTr("Ja")]
            current: !form.part || form.part.relatives < 0 ? "" : form.part.relatives > 0 ? qsTr("Ja") : qsTr("Nej")
            Layout.fillWidth: true
            onChosen: index => form.part.relatives = index
        }
        Text {
            objectName: "relativesError"
            visible: text.length > 0
            text: form.part ? form.part.relativesError : ""
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            font.bold: true
            Layout.fillWidth: true
        }
        PlanTextField {
            label: qsTr("Deltog när planen gjordes")
            hint: qsTr("Namn och titel, eller relation.")
            inputName: "present"
            value: form.part ? form.part.present : ""
            Layout.fillWidth: true
            onEdited: value => form.part.present = value
        }
        ColumnLayout {
            visible: form.part !== null && form.part.child
            spacing: Theme.spacing
            Layout.fillWidth: true
            SectionTitle { text: qsTr("Barnets åsikt"); Layout.fillWidth: true }
            PlanTextField {
                label: qsTr("Information till barnet: när och hur")
                inputName: "childInformation"
                value: form.part ? form.part.childInformation : ""
                error: form.part ? form.part.childInformationError : ""
                Layout.fillWidth: true
                onEdited: value => form.part.childInformation = value
            }
            PlanTextField {
                label: qsTr("Barnets åsikt")
                inputName: "childViews"
                value: form.part ? form.part.childViews : ""
                error: form.part ? form.part.childViewsError : ""
                Layout.fillWidth: true
                onEdited: value => form.part.childViews = value
            }
            PlanTextField {
                label: qsTr("Hur åsikten har beaktats")
                inputName: "childConsidered"
                value: form.part ? form.part.childConsidered : ""
                error: form.part ? form.part.childConsideredError : ""
                Layout.fillWidth: true
                onEdited: value => form.part.childConsidered = value
            }
            PlanTextField {
                label: qsTr("Eller: hur barnets åsikt har tagits fram på annat sätt")
                inputName: "childOtherwise"
                value: form.part ? form.part.childOtherwise : ""
                Layout.fillWidth: true
                onEdited: value => form.part.childOtherwise = value
            }
        }
        ChipRow {
            visible: form.editor !== null && !form.editor.revising
            label: qsTr("Kort första plan?")
            note: qsTr("En kort första plan markeras som sådan tills den revideras.")
            namePrefix: "shortPlan"
            choices: [qsTr("Nej"), qsTr("Ja, kort första plan")]
            current: form.editor && form.editor.shortFirstPlan ? qsTr("Ja, kort första plan") : qsTr("Nej")
            Layout.fillWidth: true
            onChosen: index => form.editor.shortFirstPlan = index === 1
        }
    }
}
