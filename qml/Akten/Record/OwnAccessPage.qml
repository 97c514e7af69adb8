// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Min akt": the record as the resident reads it, shown by a staff member on the tablet. Large type, plain words:
// the plan (the easy-read view), the help given the last seven days, and the journal, newest first, with
// corrections. Opening it is logged as shown to the resident.
Page {
    id: page

    required property OwnAccessController ownAccess
    required property EasyReadModel easyRead
    property int part: 0

    background: Rectangle { color: Theme.background }
    Accessible.name: page.ownAccess.title

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.bottomMargin: 0
            Repeater {
                model: [qsTr("Min plan"), qsTr("Hjälp jag har fått"), qsTr("Min journal")]
                delegate: BigButton {
                    required property int index
                    required property string modelData
                    objectName: "ownAccessPart" + index
                    text: modelData
                    font.pixelSize: 28
                    quiet: true
                    selected: page.part === index
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.primaryTarget
                    onClicked: page.part = index
                }
            }
        }
        Text {
            objectName: "ownAccessError"
            visible: text.length > 0
            text: page.ownAccess.errorText
            font.pixelSize: 28
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
        }
        StackLayout {
            currentIndex: page.part
            Layout.fillWidth: true
            Layout.fillHeight: true
            EasyReadPage {
                easyRead: page.easyRead
            }
            OwnRecordList {
                objectName: "ownHelpList"
                title: qsTr("Hjälp du har fått de senaste sju dagarna")
                emptyText: qsTr("Ingen hjälp är signerad de senaste sju dagarna.")
                rows: page.ownAccess.help
            }
            OwnRecordList {
                objectName: "ownJournalList"
                title: qsTr("Det här har personalen skrivit om dig")
                emptyText: qsTr("Det finns inget skrivet i journalen ännu.")
                rows: page.ownAccess.journal
            }
        }
    }
}
