// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Who the note is about: the residents as large names, "Ta bort" when there are several, and "Lägg till boende" for
// the same event (one entry each is saved; the text should not name the others).
ColumnLayout {
    id: who

    required property JournalNoteController note

    spacing: 8

    Repeater {
        model: who.note.chosenResidents
        delegate: RowLayout {
            id: chosen
            required property int index
            required property string value
            required property string label
            spacing: 8
            Layout.fillWidth: true
            SectionTitle {
                objectName: "noteResident" + chosen.index
                text: chosen.label
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "noteRemoveResident" + chosen.index
                visible: who.note.chosenResidents.count > 1
                text: qsTr("Ta bort")
                quiet: true
                Accessible.name: qsTr("Ta bort %1 från anteckningen").arg(chosen.label)
                onClicked: who.note.removeResident(chosen.value)
            }
        }
    }
    Text {
        visible: who.note.chosenResidents.count > 1
        text: qsTr("En anteckning sparas för var och en. Skriv inte de andras namn i texten.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    BigButton {
        objectName: "noteAddResident"
        visible: who.note.addableResidents.count > 0
        text: qsTr("+ Lägg till boende")
        quiet: true
        Accessible.name: qsTr("Lägg till en boende till samma händelse")
        onClicked: picker.open()
    }

    Popup {
        id: picker
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width - 2 * Theme.spacing : 560, 560)
        height: Math.min(parent ? parent.height - 2 * Theme.spacing : 640, 640)
        padding: Theme.spacing
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Text {
                text: qsTr("Vem var också med?")
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            ListView {
                clip: true
                spacing: 8
                model: who.note.addableResidents
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: BigButton {
                    id: candidate
                    required property int index
                    required property string value
                    required property string label
                    objectName: "addResident" + candidate.index
                    width: ListView.view.width
                    text: candidate.label
                    quiet: true
                    onClicked: {
                        who.note.addResident(candidate.value)
                        picker.close()
                    }
                }
            }
        }
    }
}
