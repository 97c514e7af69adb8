// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The editor's way around: whose plan, the draft's state, "Nytt behov", each need, "Delaktighet", "Granska".
ColumnLayout {
    id: bar

    property PlanEditorController editor
    property int step: 0

    signal stepChosen(int index)
    signal needChosen(int index)
    signal leave()

    spacing: 8

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Text {
            text: !bar.editor ? "" : (bar.editor.revising ? qsTr("Revidera planen: %1") : qsTr("Ny plan: %1"))
                                     .arg(bar.editor.residentName)
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Text {
            objectName: "planDraftText"
            text: bar.editor ? bar.editor.draftText : ""
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
        BigButton {
            objectName: "planLeaveButton"
            text: qsTr("Stäng")
            quiet: true
            Accessible.name: qsTr("Stäng planen, utkastet sparas")
            onClicked: bar.leave()
        }
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        BigButton {
            objectName: "planStepAreas"
            text: qsTr("+ Nytt behov")
            selected: bar.step === 0
            quiet: bar.step !== 0
            Accessible.name: qsTr("Lägg till ett behov: välj livsområde")
            onClicked: bar.stepChosen(0)
        }
        Repeater {
            model: bar.editor ? bar.editor.needs : null
            BigButton {
                required property string label
                required property int index
                objectName: "planNeedTab" + index
                text: label
                selected: bar.step === 1 && bar.editor.need.index === index
                quiet: !selected
                Accessible.name: qsTr("Behov: %1").arg(label)
                onClicked: bar.needChosen(index)
            }
        }
        BigButton {
            objectName: "planStepParticipation"
            text: qsTr("Delaktighet")
            selected: bar.step === 2
            quiet: bar.step !== 2
            onClicked: bar.stepChosen(2)
        }
        BigButton {
            objectName: "planStepReview"
            text: qsTr("Granska")
            selected: bar.step === 3
            quiet: bar.step !== 3
            Accessible.name: qsTr("Granska planen innan den fastställs")
            onClicked: {
                bar.editor.review()
                bar.stepChosen(3)
            }
        }
    }
}
