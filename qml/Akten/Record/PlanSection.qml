// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Genomförandeplan: dates, participation, and the needs grouped by IBIC life area; a banner if versions conflict.
// A plan has a handful of needs, so a Repeater in a Flickable (not a virtualised list) is enough.
Flickable {
    id: list

    required property PlanModel plan
    property bool wide: true
    /// May the viewer follow the plan up (the kontaktman or the unit manager, a set plan without conflict)?
    property bool canFollowUp: false
    /// the kontaktman or the unit manager: "Skapa plan" / "Revidera planen"
    property bool mayEdit: false
    /// The plan was set by the resident's previous unit and no valid consent lets this unit read it.
    property bool locked: false
    /// Why it is hidden, or the consent it is shown with (RecordController.planNotice).
    property string notice

    signal compareVersions()
    /// "Följ upp planen": the follow-up wizard for this resident.
    signal followUpPlan()
    /// "Lättläst": the plan as the resident reads it.
    signal showEasyRead()
    signal editPlan()

    contentWidth: width
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.name: qsTr("Genomförandeplan")

    ScrollHint {
        parent: list
        target: list
    }

    Column {
        id: column
        width: list.width - Theme.scrollGutter
        spacing: 12
        Rectangle {
            objectName: "planNotice"
            visible: list.notice.length > 0
            color: list.locked ? Theme.warningSurface : Theme.surfaceMuted
            radius: Theme.radius
            width: column.width
            implicitHeight: noticeText.implicitHeight + 2 * Theme.spacing
            Accessible.role: Accessible.StaticText
            Accessible.name: list.notice
            Text {
                id: noticeText
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                text: list.notice
                color: list.locked ? Theme.warning : Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: list.locked
                wrapMode: Text.WordWrap
            }
        }
        Rectangle {
            visible: list.plan.conflict
            color: Theme.warningSurface
            radius: Theme.radius
            width: column.width
            implicitHeight: conflictText.implicitHeight + compareButton.implicitHeight + 36
            Text {
                id: conflictText
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 12
                text: qsTr("Konflikt: två versioner av planen har skrivits på olika enheter. Den senaste visas. "
                           + "Kontaktmannen behöver jämföra och slå ihop dem.")
                color: Theme.warning
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }
            BigButton {
                id: compareButton
                objectName: "compareVersionsButton"
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: 12
                text: qsTr("Jämför versionerna")
                Accessible.name: qsTr("Jämför de två versionerna av genomförandeplanen")
                onClicked: list.compareVersions()
            }
        }
        BigButton {
            objectName: "editPlanButton"
            visible: list.mayEdit && !list.plan.conflict && !list.locked
            text: list.plan.hasPlan ? qsTr("Revidera planen") : qsTr("Skapa plan")
            Accessible.name: list.plan.hasPlan ? qsTr("Revidera genomförandeplanen") : qsTr("Skapa genomförandeplan")
            height: Theme.primaryTarget
            onClicked: list.editPlan()
        }
        Card {
            visible: list.plan.hasPlan
            width: column.width
            implicitHeight: summary.implicitHeight + 40
            ColumnLayout {
                id: summary
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 20
                spacing: 12
                SectionTitle { text: qsTr("Genomförandeplan"); Layout.fillWidth: true }
                InfoRow { label: qsTr("Status"); value: list.plan.summary; Layout.fillWidth: true }
                InfoRow { label: qsTr("Uppföljning"); value: list.plan.followUp; Layout.fillWidth: true }
                Flow {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    BigButton {
                        objectName: "followUpPlanButton"
                        visible: list.canFollowUp
                        text: qsTr("Följ upp planen")
                        Accessible.name: qsTr("Följ upp planen tillsammans med den boende")
                        onClicked: list.followUpPlan()
                    }
                    BigButton {
                        objectName: "easyReadButton"
                        text: qsTr("Lättläst")
                        quiet: true
                        Accessible.name: qsTr("Visa planen lättläst, för den boende")
                        onClicked: list.showEasyRead()
                    }
                }
                InfoRow { label: qsTr("Delaktighet"); value: list.plan.participation; Layout.fillWidth: true }
            }
        }
        EmptyState {
            visible: !list.plan.hasPlan && !list.locked
            width: column.width
            text: list.plan.errorText.length > 0 ? list.plan.errorText
                                                 : qsTr("Ingen genomförandeplan ännu. Den ska upprättas senast tre veckor efter att insatsen påbörjats.")
            error: list.plan.errorText.length > 0
        }
        Repeater {
            model: list.plan
            delegate: NeedCard {
                width: column.width
                wide: list.wide
            }
        }
    }
}
