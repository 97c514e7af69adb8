// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Nu: what to sign now, missed and overdue first, one card per resident. Signing is one tap; "Ångra" stays a few
// seconds; not done and Makulera ask why. Everything works by keyboard too: the first due insats has focus, Tab and
// Shift+Tab move, Space or Enter presses.
Page {
    id: page

    required property NowModel now
    /// The kiosk's "Dina insatser": one column, narrower buttons.
    property bool compact: false
    property bool canWriteNote: false
    property int pendingRow: -1

    signal newNote(string residentId)

    /// Puts keyboard focus on the first row that can be signed (or the first row).
    function focusFirst(): void {
        for (let i = 0; i < list.count; ++i) {
            list.currentIndex = i
            const item = list.itemAtIndex(i) as NowRow
            if (item && item.signable) {
                list.positionViewAtIndex(i, ListView.Contain)
                item.focusAction()
                return
            }
        }
        list.forceActiveFocus()
    }

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Nu")

    Connections {
        target: page.now
        function onUndoChanged(): void {
            // Signed from the keyboard: "Ångra" is the next thing within reach.
            if (page.now.undoAvailable && list.activeFocus) {
                const focused = page.Window.activeFocusItem as Control
                undoButtonFocus.visibly = focused !== null && focused.visualFocus
                undoButtonFocus.restart()
            }
        }
    }
    Timer {
        id: undoButtonFocus
        property bool visibly: false
        interval: 0
        onTriggered: undo.focusUndo(undoButtonFocus.visibly)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        MessageBar {
            objectName: "nowMessage"
            text: page.now.message
            error: page.now.messageIsError
            Layout.fillWidth: true
            onClosed: page.now.clearMessage()
        }
        ListView {
            id: list
            objectName: "nowList"
            model: page.now
            clip: true
            spacing: 0
            reuseItems: false
            activeFocusOnTab: false
            Layout.fillWidth: true
            Layout.fillHeight: true
            bottomMargin: undo.visible ? undo.height + Theme.spacing : Theme.spacing
            delegate: NowRow {
                id: nowRow
                width: ListView.view.width - Theme.scrollGutter
                compact: page.compact
                canWriteNote: page.canWriteNote
                onNewNote: residentId => page.newNote(residentId)
                onSign: row => page.now.sign(row)
                onNotDone: (row, subject) => {
                    page.pendingRow = row
                    notDoneSheet.subject = subject
                    notDoneSheet.ask()
                }
                onRetract: (row, subject) => {
                    page.pendingRow = row
                    retractSheet.subject = subject
                    retractSheet.ask()
                }
                onSignAll: page.now.signAll(nowRow.residentId, nowRow.section)
            }
            ScrollHint {
                parent: list
                target: list
            }
        }
        EmptyState {
            visible: list.count === 0
            text: page.now.errorText.length > 0 ? page.now.errorText : qsTr("Inga insatser att signera i dag.")
            error: page.now.errorText.length > 0
            Layout.fillWidth: true
        }
    }
    UndoBar {
        id: undo
        objectName: "undoBar"
        visible: page.now.undoAvailable
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        text: page.now.undoText
        onUndo: page.now.undo()
    }
    ReasonSheet {
        id: notDoneSheet
        objectName: "notDoneSheet"
        title: qsTr("Varför blev insatsen inte utförd?")
        note: qsTr("Skrivs också i social journal som en avvikelse från genomförandeplanen.")
        actionText: qsTr("Spara")
        otherValue: NowModel.OtherNotDone
        reasons: ListModel {
            ListElement { value: NowModel.Declined; label: qsTr("Avböjde") }
            ListElement { value: NowModel.Absent; label: qsTr("Var inte på plats") }
            ListElement { value: NowModel.NotPossible; label: qsTr("Gick inte att göra") }
            ListElement { value: NowModel.OtherNotDone; label: qsTr("Annan orsak") }
        }
        onSaved: (reason, comment) => {
            if (page.now.markNotDone(page.pendingRow, reason, comment))
                notDoneSheet.close()
            else
                notDoneSheet.fieldError = page.now.message
        }
    }
    ReasonSheet {
        id: retractSheet
        objectName: "retractSheet"
        title: qsTr("Varför ska signeringen makuleras?")
        note: qsTr("Signeringen finns kvar, överstruken, med vem som makulerade den och varför.")
        actionText: qsTr("Makulera signeringen")
        actionDanger: true
        otherValue: NowModel.OtherRetraction
        reasons: ListModel {
            ListElement { value: NowModel.WrongResident; label: qsTr("Fel boende") }
            ListElement { value: NowModel.WrongInsats; label: qsTr("Fel insats") }
            ListElement { value: NowModel.WrongTime; label: qsTr("Fel tid") }
            ListElement { value: NowModel.OtherRetraction; label: qsTr("Annan orsak") }
        }
        onSaved: (reason, comment) => {
            if (page.now.retract(page.pendingRow, reason, comment))
                retractSheet.close()
            else
                retractSheet.fieldError = page.now.message
        }
    }
}
