// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Nytt samtycke": to whom, which data, from when until when, given by whom (the resident or a representative and
// their mandate), how. What is missing or wrong is said at the field; nothing is saved then.
ColumnLayout {
    id: form

    required property ConsentController controller
    required property string residentId
    /// Filled in as the giver when the resident gave the consent themself (the usual case); editable.
    property string residentName
    /// The care day, "ÅÅÅÅ-MM-DD": the start offered.
    property string today
    property int recipientUnit: -1
    property bool coversPlan: false
    property int givenByKind: -1
    property int how: -1

    signal done()

    function errorOf(field: string): string {
        const e = form.controller.fieldErrors[field]
        return e === undefined ? "" : String(e)
    }
    function save(): void {
        const saved = form.controller.give(form.residentId, {
            recipientUnit: form.recipientUnit, recipient: recipientField.text, coversPlan: form.coversPlan,
            scope: scopeField.text, validFrom: fromField.text, validTo: toField.text,
            givenByKind: form.givenByKind, givenBy: giverField.text, mandate: mandateField.text, form: form.how
        })
        if (saved)
            form.done()
    }

    spacing: Theme.spacing
    Component.onCompleted: fromField.text = form.today

    SectionTitle { text: qsTr("Nytt samtycke") }
    Text {
        text: qsTr("Vem får ta del av uppgifterna?")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: form.controller.unitNames
            delegate: BigButton {
                required property int index
                required property string modelData
                objectName: "consentUnit" + index
                text: modelData
                quiet: true
                selected: form.recipientUnit === index
                Accessible.name: qsTr("Mottagare: enheten %1").arg(modelData)
                onClicked: {
                    form.recipientUnit = index
                    form.controller.clearError("recipient")
                }
            }
        }
        BigButton {
            objectName: "consentOtherRecipient"
            text: qsTr("Annan mottagare")
            quiet: true
            selected: form.recipientUnit === -1
            Accessible.name: qsTr("Mottagare: någon annan än en enhet")
            onClicked: form.recipientUnit = -1
        }
    }
    FormField {
        id: recipientField
        visible: form.recipientUnit === -1
        inputName: "consentRecipient"
        label: qsTr("Mottagare (namn och roll eller verksamhet)")
        placeholder: qsTr("Till exempel: sjuksköterskan i kommunens hälso- och sjukvård")
        error: form.errorOf("recipient")
        onEdited: form.controller.clearError("recipient")
        Layout.fillWidth: true
    }
    Text {
        text: qsTr("Vilka uppgifter?")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
    }
    BigButton {
        objectName: "consentCoversPlan"
        text: qsTr("Genomförandeplanen")
        quiet: true
        selected: form.coversPlan
        Accessible.name: qsTr("Samtycket omfattar genomförandeplanen")
        onClicked: {
            form.coversPlan = !form.coversPlan
            form.controller.clearError("scope")
        }
    }
    FormField {
        id: scopeField
        inputName: "consentScope"
        label: form.coversPlan ? qsTr("Andra uppgifter (frivilligt)") : qsTr("Vilka uppgifter gäller samtycket?")
        placeholder: qsTr("Till exempel: journalanteckningar om förändrat hälsotillstånd")
        error: form.errorOf("scope")
        onEdited: form.controller.clearError("scope")
        Layout.fillWidth: true
    }
    GridLayout {
        columns: form.width > 700 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        FormField {
            id: fromField
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            inputName: "consentFrom"
            label: qsTr("Gäller från")
            placeholder: qsTr("ÅÅÅÅ-MM-DD")
            error: form.errorOf("validFrom")
            onEdited: form.controller.clearError("validFrom")
            Layout.fillWidth: true
        }
        FormField {
            id: toField
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            inputName: "consentTo"
            label: qsTr("Gäller till och med")
            placeholder: qsTr("ÅÅÅÅ-MM-DD, tomt: tills vidare")
            error: form.errorOf("validTo")
            onEdited: form.controller.clearError("validTo")
            Layout.fillWidth: true
        }
    }
    AnswerChoices {
        question: qsTr("Vem gav samtycket?")
        answers: [qsTr("Den enskilde"), qsTr("En företrädare")]
        buttonName: "consentGiver"
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
        inputName: "consentGivenBy"
        label: form.givenByKind === 1 ? qsTr("Företrädarens namn") : qsTr("Namn")
        error: form.errorOf("givenBy")
        onEdited: form.controller.clearError("givenBy")
        Layout.fillWidth: true
    }
    FormField {
        id: mandateField
        visible: form.givenByKind === 1
        inputName: "consentMandate"
        label: qsTr("Företrädarens uppdrag")
        placeholder: qsTr("Till exempel: god man enligt beslut från tingsrätten")
        error: form.errorOf("mandate")
        onEdited: form.controller.clearError("mandate")
        Layout.fillWidth: true
    }
    AnswerChoices {
        question: qsTr("Hur gavs samtycket?")
        answers: [qsTr("Skriftligt"), qsTr("Muntligt")]
        buttonName: "consentForm"
        current: form.how
        error: form.errorOf("form")
        Layout.fillWidth: true
        onPicked: answer => {
            form.how = answer
            form.controller.clearError("form")
        }
    }
    Text {
        text: qsTr("Samtycket skrivs också i social journal, med dig som den som antecknade det. Det kan återkallas när som helst.")
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
            objectName: "consentCancel"
            text: qsTr("Avbryt")
            quiet: true
            onClicked: form.done()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "consentSave"
            text: qsTr("Spara samtycket")
            Layout.preferredHeight: Theme.primaryTarget
            onClicked: form.save()
        }
    }
}
