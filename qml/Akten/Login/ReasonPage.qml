// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui

// Opening the record of a person with protected identity: the user picks why; the reason's code is logged.
Page {
    id: page

    property string residentId

    // The codes RecordController::protectedReasonCodes() takes, in the order of the buttons: the audit log gets the
    // code, never words.
    readonly property list<string> reasonCodes: ["care_now", "documentation", "plan_follow_up", "log_control"]

    signal chosen(string reasonCode)
    signal cancelled()

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Ange skäl")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 720)
        spacing: 16
        SectionTitle {
            text: qsTr("Skyddad identitet")
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Personen har skyddade personuppgifter. Välj varför du behöver öppna akten. "
                       + "Ditt val loggas och enhetschefen kan se det i loggkontrollen.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: [qsTr("Omvårdnad eller stöd just nu"), qsTr("Dokumentation efter insats"),
                    qsTr("Uppföljning av genomförandeplanen"), qsTr("Loggkontroll eller tillsyn")]
            delegate: BigButton {
                required property string modelData
                required property int index
                objectName: "reason" + index
                text: modelData
                Layout.fillWidth: true
                onClicked: page.chosen(page.reasonCodes[index])
            }
        }
        BigButton {
            objectName: "reasonCancel"
            quiet: true
            text: qsTr("Avbryt")
            Layout.fillWidth: true
            onClicked: page.cancelled()
        }
    }
}
