// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models
import Akten.Login

// Brickor: the unit manager enrols badges, unlocks, revokes and resets PINs for the staff of their units.
Page {
    id: page

    required property EnrolmentController enrolment
    required property SessionController session
    readonly property bool busy: page.enrolment.step !== EnrolmentController.Idle
    readonly property bool wide: page.width >= 1200 // tablets: side by side; portrait kiosks: the panel below

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Brickor")

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10
            SectionTitle { text: qsTr("Brickor"); Layout.fillWidth: true }
            ListView {
                id: list
                objectName: "staffList"
                model: page.enrolment.staff
                clip: true
                spacing: 8
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: Card {
                    id: row
                    required property int index
                    required property string staffId
                    required property string name
                    required property string title
                    required property int badgeState
                    required property string badgeStateText
                    readonly property bool hasBadge: row.badgeState === StaffBadgeListModel.Active
                                                     || row.badgeState === StaffBadgeListModel.Locked
                    width: ListView.view.width - Theme.scrollGutter
                    implicitHeight: rowLayout.implicitHeight + 24
                    RowLayout {
                        id: rowLayout
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: 12
                        spacing: 8
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Text {
                                text: row.name
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Text {
                                text: row.title
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        StatusChip {
                            text: row.badgeStateText
                            tone: row.badgeState === StaffBadgeListModel.Active ? Tone.Good
                                  : row.badgeState === StaffBadgeListModel.Locked ? Tone.Danger
                                  : row.badgeState === StaffBadgeListModel.Unknown ? Tone.Warning : Tone.Neutral
                        }
                        BigButton {
                            objectName: "enrol" + row.index
                            text: qsTr("Ny bricka")
                            quiet: true
                            enabled: !page.busy
                            font.pixelSize: Theme.fontSmall
                            onClicked: page.enrolment.startEnrol(row.staffId)
                        }
                        BigButton {
                            visible: row.badgeState === StaffBadgeListModel.Active
                            objectName: "lock" + row.index
                            text: qsTr("Lås")
                            quiet: true
                            enabled: !page.busy
                            font.pixelSize: Theme.fontSmall
                            onClicked: page.enrolment.lock(row.staffId)
                        }
                        BigButton {
                            visible: row.badgeState === StaffBadgeListModel.Locked
                            objectName: "unlock" + row.index
                            text: qsTr("Lås upp")
                            enabled: !page.busy
                            font.pixelSize: Theme.fontSmall
                            onClicked: page.enrolment.unlock(row.staffId)
                        }
                        BigButton {
                            visible: row.hasBadge
                            text: qsTr("Ny kod")
                            quiet: true
                            enabled: !page.busy
                            font.pixelSize: Theme.fontSmall
                            onClicked: page.enrolment.startResetPin(row.staffId)
                        }
                        BigButton {
                            visible: row.hasBadge
                            text: qsTr("Spärra")
                            quiet: true
                            enabled: !page.busy
                            font.pixelSize: Theme.fontSmall
                            onClicked: page.enrolment.revoke(row.staffId)
                        }
                    }
                }
                ScrollHint { parent: list; target: list }
            }
        }

        Card {
            Layout.preferredWidth: page.wide ? 420 : -1
            Layout.fillWidth: !page.wide
            Layout.fillHeight: page.wide
            Layout.preferredHeight: page.wide ? -1 : panel.implicitHeight + 32
            ColumnLayout {
                id: panel
                anchors.fill: parent
                anchors.margins: 16
                spacing: 12
                Text {
                    objectName: "enrolmentPrompt"
                    text: page.enrolment.step === EnrolmentController.WaitingForBadge ? qsTr("Blippa den nya brickan för %1 på läsaren.").arg(page.enrolment.selectedName)
                          : page.enrolment.step === EnrolmentController.ChoosePin ? qsTr("%1 väljer en kod med minst sex siffror.").arg(page.enrolment.selectedName)
                          : page.enrolment.step === EnrolmentController.RepeatPin ? qsTr("%1 anger samma kod igen.").arg(page.enrolment.selectedName)
                          : qsTr("Välj en person till vänster.")
                    font.pixelSize: Theme.fontLarge
                    font.bold: page.busy
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Text {
                    visible: page.enrolment.message.length > 0
                    text: page.enrolment.message
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: page.enrolment.messageIsError ? Theme.danger : Theme.success
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                PinPad {
                    id: pad
                    objectName: "enrolPinPad"
                    visible: page.enrolment.step === EnrolmentController.ChoosePin
                             || page.enrolment.step === EnrolmentController.RepeatPin
                    okText: qsTr("Klar")
                    Layout.alignment: Qt.AlignHCenter
                    onSubmitted: pin => page.enrolment.enterPin(pin)
                }
                BigButton {
                    visible: page.enrolment.step === EnrolmentController.WaitingForBadge && !page.session.demoBadges.empty
                    objectName: "demoNewBadge"
                    quiet: true
                    text: qsTr("Demo: blippa en ny bricka")
                    Layout.fillWidth: true
                    // A new 7-byte UID each time (from the clock), as a real new badge would have.
                    onClicked: page.session.tapDemoBadge("04" + Date.now().toString(16).toUpperCase().padStart(12, "0"))
                }
                BigButton {
                    visible: page.busy
                    objectName: "enrolCancel"
                    quiet: true
                    text: qsTr("Avbryt")
                    Layout.fillWidth: true
                    onClicked: page.enrolment.cancel()
                }
                Item {
                    visible: page.wide
                    Layout.fillHeight: true
                }
            }
        }
    }
}
