// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The unit manager's decision on a request (domain.md D7), in the guideline's order: the assessment (the resident's
// own request: information that could harm others; another's: a valid consent from the register, else a secrecy
// assessment), the decision, the recipient check and what is released, or the reason and the right to appeal.
ColumnLayout {
    id: form

    required property ReleaseController controller
    required property ConsentListModel consents
    required property string residentId
    required property string requestId
    property string requestTitle
    property string requestText
    property bool own: true
    /// Who asked and for what: offered as the recipient and as what is released.
    property string requester
    property string covers
    property int outcome: -1
    property string consentId
    property bool checked: false
    property bool appealNoted: false

    signal done()

    function errorOf(field: string): string {
        const e = form.controller.fieldErrors[field]
        return e === undefined ? "" : String(e)
    }
    function save(): void {
        if (form.controller.decide(form.residentId, form.requestId, {
            outcome: form.outcome, assessment: assessmentField.text, consentId: form.consentId,
            recipient: recipientField.text, recipientChecked: form.checked, recipientCheck: checkField.text,
            releasedCovers: coversField.text, reason: reasonField.text, appealNoted: form.appealNoted
        }))
            form.done()
    }

    spacing: Theme.spacing
    Component.onCompleted: {
        recipientField.text = form.requester
        coversField.text = form.covers
    }

    SectionTitle { text: qsTr("Beslut om utlämnande") }
    Text {
        text: form.requestTitle + "\n" + form.requestText
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    Text {
        visible: !form.own
        text: qsTr("Samtycke från registret (frivilligt)")
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
    }
    Flow {
        visible: !form.own
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: form.own ? null : form.consents
            delegate: BigButton {
                required property string consentId
                required property string recipient
                required property string scope
                required property bool valid
                objectName: "releaseConsent_" + consentId
                visible: valid
                text: qsTr("%1: %2").arg(recipient).arg(scope)
                quiet: true
                selected: form.consentId === consentId
                Accessible.name: qsTr("Använd samtycket till %1").arg(recipient)
                onClicked: {
                    form.consentId = form.consentId === consentId ? "" : consentId
                    form.controller.clearError("consentId")
                }
            }
        }
    }
    FieldError { text: form.errorOf("consentId") }
    FormField {
        id: assessmentField
        inputName: "decisionAssessment"
        label: form.own ? qsTr("Granskning: finns uppgifter som kan skada någon annan? Vad kom du fram till?")
                        : form.consentId.length > 0 ? qsTr("Bedömning med stöd av samtycket")
                                                    : qsTr("Sekretessprövning: vad kom du fram till?")
        error: form.errorOf("assessment")
        onEdited: form.controller.clearError("assessment")
        Layout.fillWidth: true
    }
    AnswerChoices {
        question: qsTr("Beslut")
        answers: [qsTr("Lämna ut"), qsTr("Lämna ut delvis"), qsTr("Avslå")]
        buttonName: "decisionOutcome"
        current: form.outcome
        error: form.errorOf("outcome")
        Layout.fillWidth: true
        onPicked: answer => {
            form.outcome = answer
            form.controller.clearError("outcome")
        }
    }
    ColumnLayout {
        visible: form.outcome === 0 || form.outcome === 1
        spacing: Theme.spacing
        Layout.fillWidth: true
        FormField {
            id: recipientField
            inputName: "decisionRecipient"
            label: qsTr("Till vem lämnas det ut?")
            error: form.errorOf("recipient")
            onEdited: form.controller.clearError("recipient")
            Layout.fillWidth: true
        }
        CheckBox {
            id: checkBox
            objectName: "decisionChecked"
            text: qsTr("Jag har kontrollerat mottagarens identitet")
            checked: form.checked
            font.pixelSize: Theme.fontBody
            Accessible.name: text
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onToggled: form.checked = checkBox.checked
        }
        FormField {
            id: checkField
            inputName: "decisionCheck"
            label: qsTr("Hur kontrollerades identiteten?")
            placeholder: qsTr("Till exempel: id-kort, eller känd av personalen")
            error: form.errorOf("recipientCheck")
            onEdited: form.controller.clearError("recipientCheck")
            Layout.fillWidth: true
        }
        FormField {
            id: coversField
            inputName: "decisionCovers"
            label: qsTr("Vad lämnas ut?")
            error: form.errorOf("releasedCovers")
            onEdited: form.controller.clearError("releasedCovers")
            Layout.fillWidth: true
        }
    }
    ColumnLayout {
        visible: form.outcome === 1 || form.outcome === 2
        spacing: Theme.spacing
        Layout.fillWidth: true
        FormField {
            id: reasonField
            inputName: "decisionReason"
            label: form.outcome === 2 ? qsTr("Skäl till avslaget") : qsTr("Skäl till att allt inte lämnas ut")
            error: form.errorOf("reason")
            onEdited: form.controller.clearError("reason")
            Layout.fillWidth: true
        }
        CheckBox {
            id: appealBox
            objectName: "decisionAppeal"
            text: qsTr("Personen har fått veta att beslutet kan överklagas och hur")
            checked: form.appealNoted
            font.pixelSize: Theme.fontBody
            Accessible.name: text
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            onToggled: {
                form.appealNoted = appealBox.checked
                form.controller.clearError("appealNoted")
            }
        }
        FieldError { text: form.errorOf("appealNoted") }
    }
    Text {
        text: qsTr("Beslutet skrivs i social journal: vem som fick kopian, vad den omfattar, när och vem som lämnade ut den.")
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
            objectName: "decisionCancel"
            text: qsTr("Avbryt")
            quiet: true
            onClicked: form.done()
        }
        Item { Layout.fillWidth: true }
        BigButton {
            objectName: "decisionSave"
            text: qsTr("Spara beslutet")
            Layout.preferredHeight: Theme.primaryTarget
            onClicked: form.save()
        }
    }
}
