// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Planer": every resident's next plan deadline in the unit, overdue first — a plan due within three weeks of a new
// decision, a follow-up every six months (four for a child). Per resident, never per staff member.
Item {
    id: page

    /// Null when the shell runs without a store (its error page).
    property PlanDeadlinesController deadlines
    readonly property DeadlineListModel overview: page.deadlines ? page.deadlines.overview : null
    readonly property int overdue: page.overview ? page.overview.overdueCount : 0
    readonly property string errorText: page.overview ? page.overview.errorText : ""

    /// The viewer is the unit manager or SAS (on a tablet): "Kvalitetsgranskning" is offered.
    property bool canReviewQuality: false

    signal openResident(string residentId)
    signal openProtected(string residentId)
    signal openQualityReview()

    Accessible.name: qsTr("Planer: datum för uppföljning")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            SectionTitle { text: qsTr("Genomförandeplaner"); Layout.fillWidth: true }
            BigButton {
                objectName: "openQualityReview"
                visible: page.canReviewQuality
                text: qsTr("Kvalitetsgranskning")
                quiet: true
                Accessible.name: qsTr("Kvalitetsgranskning: årets urval av planer")
                onClicked: page.openQualityReview()
            }
        }
        Text {
            text: page.overdue === 1 ? qsTr("En plan är försenad och står först.")
                  : page.overdue > 1 ? qsTr("%1 planer är försenade och står först.").arg(page.overdue)
                  : qsTr("Närmast i tid står först.")
            font.pixelSize: Theme.fontBody
            color: page.overdue > 0 ? Theme.danger : Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.bottomMargin: 8
        }
        EmptyState {
            visible: list.count === 0
            text: page.errorText.length > 0 ? page.errorText : qsTr("Inga planer att upprätta eller följa upp.")
            error: page.errorText.length > 0
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "deadlinesList"
            spacing: 10
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: page.overview
            Layout.fillWidth: true
            Layout.fillHeight: true

            ScrollHint {
                parent: list
                target: list
            }

            delegate: DeadlineDelegate {
                width: list.width - Theme.scrollGutter
                onActivated: (residentId, masked) => masked ? page.openProtected(residentId)
                                                            : page.openResident(residentId)
            }
        }
    }
}
