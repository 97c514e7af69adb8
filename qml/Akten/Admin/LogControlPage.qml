// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Loggkontroll: who looked at or wrote what, filtered; unusual accesses are marked; export to CSV.
Page {
    id: page

    required property LogControlModel log
    property string exportMessage

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Loggkontroll")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            SectionTitle {
                text: qsTr("Loggkontroll")
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "exportCsv"
                text: qsTr("Exportera CSV")
                onClicked: {
                    const path = page.log.exportCsv()
                    page.exportMessage = path.length > 0 ? qsTr("Sparad: %1").arg(path)
                                                         : qsTr("Exporten misslyckades. Inget sparades.")
                }
            }
        }
        // Tamper alarms of the unit's devices, from the last sync: above the filters, they concern every reading.
        Repeater {
            objectName: "alarmList"
            model: page.log.alarms
            delegate: DeviceAlarmCard {
                Layout.fillWidth: true
            }
        }
        Text {
            objectName: "alarmStatus"
            text: (page.log.alarms.openCount === 0 ? qsTr("Inga öppna larm om ändrad logg.") + " " : "")
                  + (page.log.alarms.flaggedEvents > 0
                     ? qsTr("Markerade av centralen: %1 logghändelser där författaren eller enheten inte längre var giltig.").arg(page.log.alarms.flaggedEvents) + " "
                     : "")
                  + page.log.alarms.heardText
                  + (page.log.alarms.errorText.length > 0 ? " " + page.log.alarms.errorText : "")
            font.pixelSize: Theme.fontSmall
            color: page.log.alarms.errorText.length > 0 ? Theme.danger : Theme.textMuted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Text {
            visible: page.exportMessage.length > 0
            text: page.exportMessage
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        ChoiceRow {
            label: qsTr("Period")
            choices: [{ value: 1, label: qsTr("Ett dygn") }, { value: 7, label: qsTr("7 dagar") },
                      { value: 30, label: qsTr("30 dagar") }, { value: 0, label: qsTr("Allt") }]
            current: page.log.periodDays
            onPicked: value => page.log.periodDays = value
        }
        ChoiceRow {
            label: qsTr("Händelse")
            choices: [{ value: "all", label: qsTr("Alla") }, { value: "view", label: qsTr("Läsning") },
                      { value: "write", label: qsTr("Skrivning") }, { value: "auth", label: qsTr("Inloggning") },
                      { value: "admin", label: qsTr("Administration") }]
            current: page.log.actionFilter
            onPicked: value => page.log.actionFilter = value
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Text {
                text: qsTr("Vem")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Layout.preferredWidth: 110
            }
            ComboBox {
                objectName: "residentFilter"
                model: page.log.residentChoices
                textRole: "label"
                valueRole: "value"
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: qsTr("Välj boende")
                onActivated: page.log.residentFilter = currentValue
            }
            ComboBox {
                objectName: "staffFilter"
                model: page.log.staffChoices
                textRole: "label"
                valueRole: "value"
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: qsTr("Välj medarbetare")
                onActivated: page.log.staffFilter = currentValue
            }
            BigButton {
                objectName: "onlyFlagged"
                quiet: true
                selected: page.log.onlyFlagged
                text: qsTr("Bara markerade (%1)").arg(page.log.flaggedCount)
                font.pixelSize: Theme.fontSmall
                onClicked: page.log.onlyFlagged = !page.log.onlyFlagged
            }
        }
        ListView {
            id: list
            objectName: "logList"
            model: page.log
            clip: true
            spacing: 8
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: LogEventCard {
                width: ListView.view.width - Theme.scrollGutter
            }
            ScrollHint {
                parent: list
                target: list
            }
        }
        EmptyState {
            visible: list.count === 0
            text: page.log.errorText.length > 0 ? page.log.errorText : qsTr("Inga händelser med de här valen.")
            error: page.log.errorText.length > 0
            Layout.fillWidth: true
        }
    }
}
