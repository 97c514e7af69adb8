// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Ny begäran": a request to read or get a copy of the record, written down as it came: whose request, who asked,
// what, when. The unit manager decides on it (ReleaseDecisionForm).
ColumnLayout {
    id: form

    required property ReleaseController controller
    required property string residentId
    /// The care day, "ÅÅÅÅ-MM-DD": the request's date offered.
    property string today
    property int requesterKind: 0
    property int access: 1

    signal done()

    function errorOf(field: string): string {
        const e = form.controller.fieldErrors[field]
        return e === undefined ? "" : String(e)
    }
    function save(): void {
        if (form.controller.request(form.residentId, {
            requester: requesterField.text, requesterKind: form.requesterKind, access: form.access,
            covers: coversField.text, requestedOn: dateField.text
        }))
            form.done()
    }

    spacing: Theme.spacing
    Component.onCompleted: dateField.text = form.today

    SectionTitle { text: qsTr("Ny begäran om att ta del av akten") }
    AnswerChoices {
        question: qsTr("Vems begäran?")
        answers: [qsTr("Den enskildes egen"), qsTr("Någon annans")]
        buttonName: "requestKind"
        current: form.requesterKind
        Layout.fillWidth: true
        onPicked: answer => form.requesterKind = answer
    }
    FormField {
        id: requesterField
        inputName: "requestRequester"
        label: form.requesterKind === 0 ? qsTr("Vem frågade? (namn)") : qsTr("Vem frågade? (namn och relation eller verksamhet)")
        error: form.errorOf("requester")
        onEdited: form.controller.clearError("requester")
        Layout.fillWidth: true
    }
    AnswerChoices {
        question: qsTr("Vad begärs?")
        answers: [qsTr("Att få läsa"), qsTr("En kopia")]
        buttonName: "requestAccess"
        current: form.access
        Layout.fillWidth: true
        onPicked: answer => form.access = answer
    }
    FormField {
        id: coversField
        inputName: "requestCovers"
        label: qsTr("Vilka handlingar?")
        placeholder: qsTr("Till exempel: social journal från januari till juni 2026")
        error: form.errorOf("covers")
        onEdited: form.controller.clearError("covers")
        Layout.fillWidth: true
    }
    FormField {
        id: dateField
        inputName: "requestDate"
        label: qsTr("När kom begäran?")
        placeholder: qsTr("ÅÅÅÅ-MM-DD")
        error: form.errorOf("requestedOn")
        onEdited: form.controller.clearError("requestedOn")
        Layout.fillWidth: true
    }
    Text {
        text: form.requesterKind === 0
              ? qsTr("Den enskilde har rätt att ta del av sin dokumentation. Enhetschefen granskar handlingarna och beslutar. Erbjud hjälp att läsa.")
              : qsTr("En annan persons begäran ska vara skriftlig. Enhetschefen beslutar, med den enskildes samtycke eller efter en sekretessprövning.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    FieldError { text: form.controller.errorText }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        BigButton {
            objectName: "requestCancel"
            text: qsTr("Avbryt")
            quiet: true
            onClicked: form.done()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "requestSave"
            text: qsTr("Spara begäran")
            Layout.preferredHeight: Theme.primaryTarget
            onClicked: form.save()
        }
    }
}
