// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models
import Akten.Residents
import Akten.Signing
import Akten.Journal

// What a logged-in staff member starts from: "Nu" (what to sign now; the home), "Boende" (the unit's residents, the
// way into a record), "Tavla" (the unit's day), "Daganteckningar" (handover notes and their review queue) and
// "Planer" (every resident's next plan deadline, overdue first). Big tabs, one tap apart. A kontaktman's own
// residents' deadlines are a small card above Nu. On a kiosk only "Dina insatser" (Nu in
// one column) and "Klar", which logs out; it also logs out by itself after a while without a touch.
Page {
    id: home

    enum Tab { Now, Residents, Board, DayNotes, Plans }

    required property NowModel now
    required property ResidentListModel residents
    required property BoardModel board
    required property SessionController session
    property SyncFreshness freshness
    required property DayNotesController dayNotes
    property PlanDeadlinesController planDeadlines
    property int tab: HomePage.Tab.Now
    property bool compact: false
    property bool notesAllowed: true
    /// "Kvalitetsgranskning" on the Planer tab (the unit manager and SAS, on a tablet).
    property bool canReviewQuality: false

    signal openResident(string residentId)
    /// A plan's deadline was tapped: the record, on its plan.
    signal openPlan(string residentId)
    signal openProtected(string residentId)
    signal newNote(string residentId)
    /// "Flytta till journalen": the note form, with the prepared draft for this resident.
    signal openDraft(string residentId)
    signal openQualityReview()

    function showPlans(): void {
        home.tab = HomePage.Tab.Plans
        home.planDeadlines.reload()
    }
    function showNow(): void {
        home.tab = HomePage.Tab.Now
        home.now.open()
        focusTimer.restart()
    }

    background: Rectangle { color: Theme.background }

    Timer {
        // Once the rows are laid out, the first due insats gets keyboard focus.
        id: focusTimer
        interval: 0
        onTriggered: nowPage.focusFirst()
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            visible: !home.compact
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.bottomMargin: 0
            BigButton {
                objectName: "tabNow"
                text: home.now.dueCount > 0 ? qsTr("Nu (%1)").arg(home.now.dueCount) : qsTr("Nu")
                Accessible.name: qsTr("Nu: %n insatser att signera", "", home.now.dueCount)
                quiet: true
                selected: home.tab === HomePage.Tab.Now
                Layout.fillWidth: true
                onClicked: home.showNow()
            }
            BigButton {
                objectName: "tabResidents"
                text: qsTr("Boende")
                quiet: true
                selected: home.tab === HomePage.Tab.Residents
                Layout.fillWidth: true
                onClicked: home.tab = HomePage.Tab.Residents
            }
            BigButton {
                objectName: "tabBoard"
                text: qsTr("Tavla")
                Accessible.name: qsTr("Tavlan: enhetens dag")
                quiet: true
                selected: home.tab === HomePage.Tab.Board
                Layout.fillWidth: true
                onClicked: {
                    home.tab = HomePage.Tab.Board
                    home.board.open()
                }
            }
            BigButton {
                objectName: "tabDayNotes"
                readonly property int due: home.dayNotes.queue.count
                text: due > 0 ? qsTr("Daganteckningar (%1)").arg(due) : qsTr("Daganteckningar")
                Accessible.name: qsTr("Daganteckningar: %n att granska", "", due)
                quiet: true
                selected: home.tab === HomePage.Tab.DayNotes
                Layout.fillWidth: true
                onClicked: {
                    home.tab = HomePage.Tab.DayNotes
                    home.dayNotes.reload()
                }
            }
            BigButton {
                objectName: "tabPlans"
                visible: home.planDeadlines !== null
                readonly property int late: home.planDeadlines ? home.planDeadlines.overview.overdueCount : 0
                text: late > 0 ? qsTr("Planer (%1)").arg(late) : qsTr("Planer")
                Accessible.name: qsTr("Planer, försenade: %1").arg(late)
                quiet: true
                selected: home.tab === HomePage.Tab.Plans
                Layout.fillWidth: true
                onClicked: home.showPlans()
            }
        }
        MyDeadlinesCard {
            objectName: "myDeadlinesCard"
            visible: !home.compact && home.tab === HomePage.Tab.Now && home.planDeadlines !== null
                     && home.planDeadlines.mine.count > 0
            deadlines: home.planDeadlines ? home.planDeadlines.mine : null
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            Layout.bottomMargin: 0
            onOpenResident: residentId => home.openPlan(residentId)
            onShowAll: home.showPlans()
        }
        SectionTitle {
            visible: home.compact
            text: qsTr("Dina insatser")
            Layout.margins: Theme.spacing
            Layout.bottomMargin: 0
        }
        StackLayout {
            currentIndex: home.tab === HomePage.Tab.Now ? 0 : home.tab === HomePage.Tab.Residents ? 1
                          : home.tab === HomePage.Tab.Board ? 2 : home.tab === HomePage.Tab.DayNotes ? 3 : 4
            Layout.fillWidth: true
            Layout.fillHeight: true
            NowPage {
                id: nowPage
                objectName: "nowPage"
                now: home.now
                compact: home.compact
                canWriteNote: home.notesAllowed
                onNewNote: residentId => home.newNote(residentId)
            }
            ResidentListPage {
                residents: home.residents
                onOpenResident: residentId => home.openResident(residentId)
                onNewNote: residentId => home.newNote(residentId)
                onOpenProtected: residentId => home.openProtected(residentId)
            }
            BoardPage {
                objectName: "boardPage"
                board: home.board
                freshness: home.freshness
            }
            DayNotesPage {
                objectName: "dayNotesPage"
                dayNotes: home.dayNotes
                wide: !home.compact
                onOpenDraft: residentId => home.openDraft(residentId)
            }
            PlanDeadlinesPage {
                objectName: "planDeadlinesPage"
                deadlines: home.planDeadlines
                onOpenResident: residentId => home.openPlan(residentId)
                onOpenProtected: residentId => home.openProtected(residentId)
                canReviewQuality: home.canReviewQuality
                onOpenQualityReview: home.openQualityReview()
            }
        }
        Rectangle {
            // The kiosk's way out: "Klar" logs out; a countdown warns before it does so by itself.
            visible: home.compact
            color: Theme.surface
            border.color: Theme.border
            implicitHeight: Theme.primaryTarget + 2 * Theme.spacing
            Layout.fillWidth: true
            RowLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                Text {
                    objectName: "logoutCountdown"
                    visible: home.session.logoutCountdown >= 0 && home.session.logoutCountdown <= 5
                    text: qsTr("Loggar ut om %1 s").arg(home.session.logoutCountdown)
                    color: Theme.danger
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Item { Layout.fillWidth: true }
                BigButton {
                    objectName: "kioskDone"
                    text: qsTr("Klar")
                    Accessible.name: qsTr("Klar: logga ut")
                    font.bold: true
                    activeFocusOnTab: true
                    Layout.preferredWidth: 320
                    Layout.preferredHeight: Theme.primaryTarget
                    onClicked: home.session.logout()
                }
            }
        }
    }
}
