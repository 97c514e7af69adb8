// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The residents of the units this device serves, grouped by unit. Protected identities are masked by the model.
Page {
    id: page

    required property ResidentListModel residents
    property string notice

    signal openResident(string residentId)
    signal openProtected(string residentId)
    signal newNote(string residentId)

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Boende")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        SectionTitle {
            text: qsTr("Boende")
            Layout.fillWidth: true
        }
        Rectangle {
            objectName: "protectedNotice"
            visible: page.notice.length > 0
            color: Theme.protectedSurface
            radius: Theme.radius
            Layout.fillWidth: true
            implicitHeight: noticeText.implicitHeight + 24
            Text {
                id: noticeText
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 12
                text: page.notice
                color: Theme.protectedIdentity
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
        }
        ListView {
            id: list
            objectName: "residentList"
            model: page.residents
            clip: true
            spacing: 10
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: ResidentDelegate {
                width: ListView.view.width - Theme.scrollGutter
                onActivated: (residentId, masked) => {
                    if (masked)
                        page.openProtected(residentId)
                    else
                        page.openResident(residentId)
                }
                onNewNote: residentId => page.newNote(residentId)
            }
            ScrollHint {
                parent: list
                target: list
            }
        }
        EmptyState {
            visible: list.count === 0
            text: page.residents.errorText.length > 0 ? page.residents.errorText : qsTr("Inga boende att visa.")
            error: page.residents.errorText.length > 0
            Layout.fillWidth: true
        }
    }
}
