// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Aktivitet: HUR (supporting or compensating, what the resident does themself), NÄR (times, weekdays, a situation,
// "Vid behov"), AV VEM (kontaktman or a role) and wishes; the line the signing list will show.
Card {
    id: card

    property PlanNeedEditor need
    readonly property list<string> days: [qsTr("mån"), qsTr("tis"), qsTr("ons"), qsTr("tor"), qsTr("fre"),
                                          qsTr("lör"), qsTr("sön")]

    function hasDay(days: list<int>, day: int): bool {
        for (let i = 0; i < days.length; ++i) {
            if (days[i] === day)
                return true
        }
        return false
    }

    visible: card.need !== null && card.need.activityCount > 0
    implicitHeight: column.implicitHeight + 40

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 20
        spacing: Theme.spacing

        ChipRow {
            visible: card.need !== null && card.need.activityCount > 1
            namePrefix: "activityTab"
            choices: {
                const names = []
                for (let i = 0; card.need && i < card.need.activityCount; ++i)
                    names.push(qsTr("Aktivitet %1").arg(i + 1))
                return names
            }
            current: card.need ? qsTr("Aktivitet %1").arg(card.need.activityIndex + 1) : ""
            Layout.fillWidth: true
            onChosen: index => card.need.activityIndex = index
        }
        PlanTextField {
            label: qsTr("Aktivitet")
            inputName: "activityDescription"
            value: card.need ? card.need.description : ""
            Layout.fillWidth: true
            onEdited: value => card.need.description = value
        }
        ChipRow {
            label: qsTr("Hur")
            namePrefix: "mode"
            choices: [qsTr("Stödjande/tränande"), qsTr("Kompenserande")]
            current: card.need && card.need.compensating ? qsTr("Kompenserande") : qsTr("Stödjande/tränande")
            Layout.fillWidth: true
            onChosen: index => card.need.compensating = index === 1
        }
        PlanTextField {
            label: qsTr("Det gör den enskilde själv")
            inputName: "ownPart"
            value: card.need ? card.need.ownPart : ""
            Layout.fillWidth: true
            onEdited: value => card.need.ownPart = value
        }
        ChipRow {
            label: qsTr("När")
            note: qsTr("Tryck på en tid för att lägga till eller ta bort den.")
            namePrefix: "time"
            choices: ["07:30", "08:00", "12:00", "17:00", "20:00", "21:30", qsTr("Vid behov")]
            current: card.need && card.need.asNeeded ? qsTr("Vid behov") : ""
            marked: card.need ? card.need.times : []
            Layout.fillWidth: true
            onChosen: (index, choice) => {
                if (index === 6)
                    card.need.asNeeded = !card.need.asNeeded
                else if (card.need.times.indexOf(choice) >= 0)
                    card.need.removeTime(choice)
                else
                    card.need.addTime(choice)
            }
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            TextField {
                id: otherTime
                objectName: "otherTime"
                placeholderText: qsTr("Annan tid, t.ex. 14:15")
                font.pixelSize: Theme.fontBody
                inputMethodHints: Qt.ImhPreferNumbers
                Accessible.name: qsTr("Annan tid")
                Layout.preferredWidth: 260
                Layout.preferredHeight: Theme.touchTarget
            }
            BigButton {
                objectName: "addOtherTime"
                text: qsTr("Lägg till tid")
                quiet: true
                onClicked: {
                    if (card.need.addTime(otherTime.text))
                        otherTime.text = ""
                }
            }
            Text {
                text: card.need ? card.need.timesText : ""
                color: Theme.text
                font.pixelSize: Theme.fontLarge
                font.bold: true
                Layout.fillWidth: true
            }
        }
        Flow {
            spacing: 6
            Layout.fillWidth: true
            Repeater {
                model: 7
                BigButton {
                    required property int index
                    objectName: "weekday" + (index + 1)
                    text: card.days[index]
                    selected: card.need !== null && card.hasDay(card.need.weekdays, index + 1)
                    quiet: !selected
                    implicitWidth: Theme.touchTarget + 24
                    Accessible.name: qsTr("Veckodag %1").arg(card.days[index])
                    onClicked: card.need.toggleWeekday(index + 1)
                }
            }
        }
        PlanTextField {
            label: qsTr("Eller en situation")
            inputName: "situation"
            value: card.need ? card.need.situation : ""
            error: card.need ? card.need.whenError : ""
            Layout.fillWidth: true
            onEdited: value => card.need.situation = value
        }
        Text {
            objectName: "signingPreview"
            text: card.need ? card.need.preview : ""
            color: Theme.primary
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ChipRow {
            label: qsTr("Av vem")
            namePrefix: "byWhom"
            choices: [qsTr("Kontaktman"), qsTr("Personal på enheten"), qsTr("Nattpersonal")]
            current: card.need ? card.need.byWhom : ""
            Layout.fillWidth: true
            onChosen: (index, choice) => card.need.byWhom = choice
        }
        PlanTextField {
            label: qsTr("Av vem, med egna ord")
            inputName: "byWhom"
            value: card.need ? card.need.byWhom : ""
            error: card.need ? card.need.byWhomError : ""
            Layout.fillWidth: true
            onEdited: value => card.need.byWhom = value
        }
        PlanTextField {
            label: qsTr("Önskemål, t.ex. kvinnlig personal")
            inputName: "wish"
            value: card.need ? card.need.wish : ""
            Layout.fillWidth: true
            onEdited: value => card.need.wish = value
        }
        PlanTextField {
            label: qsTr("Om önskemålet inte kan uppfyllas")
            inputName: "wishNotMet"
            value: card.need ? card.need.wishNotMet : ""
            Layout.fillWidth: true
            onEdited: value => card.need.wishNotMet = value
        }
    }
}
