// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The form that writes one of the record's documents, over the record while it is open: its fields (a step at a
// time for the guided fall checklist), "Avbryt", "Tillbaka", "Nästa" and the one primary action "Spara".
Rectangle {
    id: overlay

    required property DocumentForm form

    objectName: "documentForm"
    visible: overlay.form.open
    color: Theme.background
    Accessible.role: Accessible.Dialog
    Accessible.name: overlay.form.title
    // Taps do not reach the record under the form.
    MouseArea {
        anchors.fill: parent
        Accessible.ignored: true
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            SectionTitle {
                text: overlay.form.title
                Layout.fillWidth: true
            }
            StatusChip {
                visible: overlay.form.stepCount > 1
                text: qsTr("Steg %1 av %2").arg(overlay.form.step + 1).arg(overlay.form.stepCount)
                tone: Tone.Info
            }
        }
        Text {
            visible: overlay.form.stepTitle.length > 0
            text: overlay.form.stepTitle
            color: Theme.text
            font.pixelSize: Theme.fontLarge
            font.bold: true
            Layout.fillWidth: true
        }
        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            FormFlickable {
                id: flick
                anchors.fill: parent
                anchors.margins: Theme.spacing
                contentHeight: fields.implicitHeight
                contentWidth: width
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                Column {
                    id: fields
                    width: flick.width - Theme.scrollGutter
                    spacing: 24
                    Repeater {
                        model: overlay.form
                        delegate: DocumentField {
                            required property int index
                            required property int step
                            form: overlay.form
                            row: index
                            visible: step === overlay.form.step
                            width: fields.width
                        }
                    }
                }
            }
            ScrollHint {
                target: flick
            }
        }
        Text {
            objectName: "formError"
            visible: overlay.form.errorText.length > 0
            text: overlay.form.errorText
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
            BigButton {
                objectName: "formCancel"
                text: qsTr("Avbryt")
                quiet: true
                onClicked: overlay.form.cancel()
            }
            BigButton {
                objectName: "formBack"
                visible: overlay.form.step > 0
                text: qsTr("Tillbaka")
                quiet: true
                onClicked: overlay.form.back()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "formNext"
                visible: overlay.form.step + 1 < overlay.form.stepCount
                text: qsTr("Nästa")
                implicitHeight: Theme.primaryTarget
                onClicked: {
                    if (overlay.form.next())
                        flick.contentY = 0
                }
            }
            BigButton {
                objectName: "formSave"
                visible: overlay.form.step + 1 >= overlay.form.stepCount
                text: qsTr("Spara")
                implicitHeight: Theme.primaryTarget
                onClicked: overlay.form.save()
            }
        }
    }
}
