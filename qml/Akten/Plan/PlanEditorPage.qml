// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Skapa plan" / "Revidera planen", used together with the resident: pick a life area and an ICF code, describe the
// need with its goal and activities, participation, then "Granska" and "Fastställ planen". Saved as a draft as one
// goes; what is missing is said at its field and listed as links in the review.
Page {
    id: page

    property PlanEditorController editor
    /// 0 life areas and codes, 1 the need shown, 2 participation, 3 review
    property int step: 0
    /// The on-screen keyboard is up: the steps and the message give their room to the field being written in.
    property bool keyboardUp: false

    signal done(bool established)

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Genomförandeplan")

    Connections {
        target: page.editor
        function onEstablished(): void {
            page.done(true)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        PlanStepBar {
            visible: !page.keyboardUp
            editor: page.editor
            step: page.step
            Layout.fillWidth: true
            onStepChosen: index => page.step = index
            onNeedChosen: index => {
                page.editor.showNeed(index)
                page.step = 1
            }
            onLeave: {
                page.editor.close()
                page.done(false)
            }
        }
        Text {
            objectName: "planMessage"
            visible: text.length > 0 && !page.keyboardUp
            text: page.editor ? page.editor.message : ""
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        StackLayout {
            currentIndex: page.step
            Layout.fillWidth: true
            Layout.fillHeight: true
            AreaPicker {
                editor: page.editor
                onPicked: code => {
                    page.editor.addNeed(code)
                    page.step = 1
                }
            }
            NeedForm {
                editor: page.editor
                onAddNeed: page.step = 0
            }
            ParticipationForm {
                editor: page.editor
            }
            ReviewStep {
                editor: page.editor
                onGoTo: (need, field) => {
                    if (need >= 0) {
                        page.editor.showNeed(need)
                        page.step = 1
                    } else {
                        page.step = field === 0 ? 0 : 2
                    }
                }
            }
        }
    }
}
