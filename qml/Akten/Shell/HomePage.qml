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

// What a logged-in staff member starts from: "Nu" (what to sign now; the home) and "Boende" (the unit's residents,
// the way into a record). Two big tabs, one tap apart.
Page {
    id: home

    enum Tab { Now, Residents }

    required property NowModel now
    required property ResidentListModel residents
    property int tab: HomePage.Tab.Now
    property bool compact: false

    signal openResident(string residentId)
    signal openProtected(string residentId)

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
        }
        StackLayout {
            currentIndex: home.tab === HomePage.Tab.Now ? 0 : 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            NowPage {
                id: nowPage
                objectName: "nowPage"
                now: home.now
                compact: home.compact
            }
            ResidentListPage {
                residents: home.residents
                onOpenResident: residentId => home.openResident(residentId)
                onOpenProtected: residentId => home.openProtected(residentId)
            }
        }
    }
}
