// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Återkalla samtycket": who revoked it (the resident or a representative and their mandate) and how. The consent
// stays in the register, shown as revoked; the revocation is a new entry in it and in the journal.
ColumnLayout {
    id: form

    required property ConsentController controller
    required property string residentId
    required property string consentId
    /// The consent in words ("Solrosen: Genomförandeplanen"), so one sees what is revoked.
    property string consentText
    /// Filled in as the name when the resident revokes it themselves (as ConsentForm does when they give one).
    property string residentName
    property int givenByKind: -1
    property int how: -1

    signal done()

    function errorOf(field: string): string {
        const e = form.controller.fieldErrors[field]
        return e === undefined ? "" : String(e)
    }
    function save(): void {
        if (form.controller.revoke(form.residentId, form.consentId, {
            givenByKind: form.givenByKind, givenBy: giverField.text, mandate: mandateField.text, form: form.how
        }))
            form.done()
    }

    spacing: Theme.spacing

    SectionTitle { text: qsTr("Återkalla samtycket") }
    Text {
        text: form.consentText
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    AnswerChoices {
        question: qsTr("Vem återkallade samtycket?")
        answers: [qsTr("Den enskilde"), qsTr("En företrädare")]
        buttonName: "revokeGiver"
        current: form.givenByKind
        error: form.errorOf("givenByKind")
        Layout.fillWidth: true
        onPicked: answer => {
            form.givenByKind = answer
            form.controller.clearError("givenByKind")
            if (answer === 0 && giverField.text === "") {
                giverField.text = form.residentName
                form.controller.clearError("givenBy")
            } else if (answer === 1 && giverField.text === form.residentName) {
                giverField.text = "" // a representative is someone else
            }
        }
    }
    FormField {
        id: giverField
        inputName: "revokeGivenBy"
        label: form.givenByKind === 1 ? qsTr("Företrädarens namn") : qsTr("Namn")
        error: form.errorOf("givenBy")
        onEdited: form.controller.clearError("givenBy")
        Layout.fillWidth: true
    }
    FormField {
        id: mandateField
        visible: form.givenByKind === 1
        inputName: "revokeMandate"
        label: qsTr("Företrädarens uppdrag")
        error: form.errorOf("mandate")
        onEdited: form.controller.clearError("mandate")
        Layout.fillWidth: true
    }
    AnswerChoices {
        question: qsTr("Hur återkallades samtycket?")
        answers: [qsTr("Skriftligt"), qsTr("Muntligt")]
        buttonName: "revokeForm"
        current: form.how
        error: form.errorOf("form")
        Layout.fillWidth: true
        onPicked: answer => {
            form.how = answer
            form.controller.clearError("form")
        }
    }
    FieldError { text: form.controller.errorText }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        BigButton {
            objectName: "revokeCancel"
            text: qsTr("Avbryt")
            quiet: true
            onClicked: form.done()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "revokeSave"
            text: qsTr("Spara återkallelsen")
            Layout.preferredHeight: Theme.primaryTarget
            onClicked: form.save()
        }
    }
}
