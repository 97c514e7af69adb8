// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Login and lock screen: tap the badge, then the PIN. Shows no personal data of residents, ever.
// `session` is null when the store could not be opened (the page is hidden then), hence the guarded reads.
Page {
    id: page

    required property SessionController session
    /// The lower third of an idle kiosk, under the unit board: a short prompt pointing at the reader.
    property bool kioskIdle: false
    readonly property bool locked: page.session !== null && page.session.state === SessionController.Locked
    readonly property bool askingPin: page.session !== null && page.session.state === SessionController.PinEntry
    readonly property string message: page.session !== null ? page.session.message : ""
    readonly property bool readerReady: page.session !== null && page.session.readerReady
    readonly property DemoBadgeListModel demoBadges: page.session !== null ? page.session.demoBadges : null
    readonly property string pendingName: page.session !== null ? page.session.pendingName : ""

    background: Rectangle { color: Theme.background }
    Accessible.name: page.locked ? qsTr("Skärmen är låst") : qsTr("Logga in")

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            x: (flick.width - width) / 2
            y: Theme.spacing
            width: Math.min(flick.width - 2 * Theme.spacing, 760)
            spacing: 20

            Text {
                objectName: "loginTitle"
                text: page.askingPin ? qsTr("Hej %1! Ange din kod").arg(page.pendingName)
                      : page.locked ? qsTr("Skärmen är låst")
                      : page.kioskIdle ? qsTr("Blippa din bricka för att signera") : qsTr("Logga in")
                font.pixelSize: Theme.fontTitle + 8
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.topMargin: 24
            }
            Rectangle {
                visible: !page.askingPin && !page.kioskIdle
                implicitWidth: 180
                implicitHeight: 180
                radius: 90
                color: Theme.surface
                border.color: Theme.primary
                border.width: 4
                Layout.alignment: Qt.AlignHCenter
                Text {
                    anchors.centerIn: parent
                    text: qsTr("Bricka")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.primary
                }
            }
            Text {
                visible: !page.askingPin
                text: page.locked ? qsTr("Blippa din bricka på läsaren och ange koden för att fortsätta. "
                                         + "En annan bricka loggar in en annan person.")
                      : page.kioskIdle ? qsTr("↓ Kortläsaren sitter under skärmen.")
                                       : qsTr("Blippa din bricka på läsaren.")
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            StatusChip {
                visible: !page.askingPin
                objectName: "readerStatus"
                text: page.readerReady ? qsTr("Kortläsaren är redo") : qsTr("Kortläsaren är inte ansluten")
                tone: page.readerReady ? Tone.Good : Tone.Danger
                Layout.alignment: Qt.AlignHCenter
            }
            Rectangle {
                objectName: "loginMessage"
                visible: page.message.length > 0
                color: Theme.warningSurface
                radius: Theme.radius
                implicitHeight: messageText.implicitHeight + 24
                Layout.fillWidth: true
                Text {
                    id: messageText
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 12
                    text: page.message
                    color: Theme.warning
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
            PinPad {
                id: pad
                objectName: "pinPad"
                visible: page.askingPin
                Layout.alignment: Qt.AlignHCenter
                onSubmitted: pin => page.session.submitPin(pin)
                onVisibleChanged: {
                    pad.pin = ""
                    if (visible)
                        pad.forceActiveFocus()
                }
            }
            BigButton {
                visible: page.askingPin
                objectName: "cancelPin"
                quiet: true
                text: qsTr("Avbryt")
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 104 * 3 + 24
                onClicked: page.session.cancelPin()
            }
            DemoBadges {
                visible: page.demoBadges !== null && !page.demoBadges.empty && !page.askingPin && !page.kioskIdle
                session: page.session
                badges: page.demoBadges
                Layout.fillWidth: true
            }
        }
    }
}
