// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// When it happened: "Nu", "Tidigare i dag" (a time in quarters), "Annan dag" (a day and a time); a time later than
// now is said at the field when saving.
ColumnLayout {
    id: when

    required property JournalNoteController note

    spacing: Theme.spacing

    Text {
        text: qsTr("När hände det?")
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.bold: true
    }
    RowLayout {
        spacing: 8
        Layout.fillWidth: true
        BigButton {
            objectName: "whenNow"
            text: qsTr("Nu")
            quiet: true
            selected: when.note.when === JournalNoteController.Now
            Layout.fillWidth: true
            onClicked: when.note.when = JournalNoteController.Now
        }
        BigButton {
            objectName: "whenEarlier"
            text: qsTr("Tidigare i dag")
            quiet: true
            selected: when.note.when === JournalNoteController.EarlierToday
            Layout.fillWidth: true
            onClicked: when.note.when = JournalNoteController.EarlierToday
        }
        BigButton {
            objectName: "whenOtherDay"
            text: qsTr("Annan dag")
            quiet: true
            selected: when.note.when === JournalNoteController.OtherDay
            Layout.fillWidth: true
            onClicked: when.note.when = JournalNoteController.OtherDay
        }
    }
    RowLayout {
        visible: when.note.when === JournalNoteController.OtherDay
        spacing: 8
        BigButton { text: qsTr("‹ Dag"); quiet: true; Accessible.name: qsTr("En dag tidigare"); onClicked: when.note.moveDay(-1) }
        Text {
            text: when.note.eventDateText
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BigButton { text: qsTr("Dag ›"); quiet: true; Accessible.name: qsTr("En dag senare"); onClicked: when.note.moveDay(1) }
    }
    RowLayout {
        visible: when.note.when !== JournalNoteController.Now
        spacing: 8
        BigButton { objectName: "timeEarlier"; text: qsTr("−15 min"); quiet: true; Accessible.name: qsTr("15 minuter tidigare"); onClicked: when.note.moveTime(-15) }
        Text {
            objectName: "noteTime"
            text: qsTr("klockan %1").arg(when.note.eventTimeText)
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BigButton { objectName: "timeLater"; text: qsTr("+15 min"); quiet: true; Accessible.name: qsTr("15 minuter senare"); onClicked: when.note.moveTime(15) }
    }
    Text {
        objectName: "noteDateError"
        visible: text.length > 0
        text: when.note.eventDateError
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
