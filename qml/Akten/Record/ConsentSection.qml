// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Samtycken: the resident's consent register (domain.md D6), newest first, each with its state today; "Nytt
// samtycke" and "Återkalla" open their form in place of the list (a tablet only: a kiosk shows the register).
FormFlickable {
    id: section

    required property ConsentListModel consents
    property ConsentController controller
    required property string residentId
    property string residentName
    /// The care day, "ÅÅÅÅ-MM-DD".
    property string today
    /// What is shown: the register, the new consent's form, or a revocation's form.
    property int mode: ConsentSection.Mode.List
    property string revokingId
    property string revokingText

    enum Mode { List, Give, Revoke }

    function close(): void {
        if (section.controller)
            section.controller.clearErrors()
        section.mode = ConsentSection.Mode.List
        section.contentY = 0
    }

    contentWidth: width
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.name: qsTr("Samtycken")

    ScrollHint {
        parent: section
        target: section
    }

    ColumnLayout {
        id: column
        width: section.width - Theme.scrollGutter
        spacing: Theme.spacing

        // The title and the one primary action on a row; the explanation under them, straight in the column (a
        // wrapped text beside a button in a nested layout gets the height of one line).
        RowLayout {
            visible: section.mode === ConsentSection.Mode.List
            spacing: Theme.spacing
            Layout.fillWidth: true
            SectionTitle { text: qsTr("Samtycken"); Layout.fillWidth: true }
            BigButton {
                objectName: "newConsent"
                visible: section.controller !== null && section.controller.writable
                text: qsTr("Nytt samtycke")
                Accessible.name: qsTr("Anteckna ett nytt samtycke")
                Layout.preferredHeight: Theme.primaryTarget
                onClicked: section.mode = ConsentSection.Mode.Give
            }
        }
        Text {
            visible: section.mode === ConsentSection.Mode.List
            text: qsTr("Samtycke till att uppgifter lämnas ut. Ett samtycke gäller för den mottagare, de uppgifter "
                       + "och den tid som står, och kan återkallas när som helst.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: section.mode === ConsentSection.Mode.List ? section.consents : null
            delegate: ConsentCard {
                writable: section.controller !== null && section.controller.writable
                Layout.fillWidth: true
                onRevoke: (consentId, text) => {
                    section.revokingId = consentId
                    section.revokingText = text
                    section.mode = ConsentSection.Mode.Revoke
                    section.contentY = 0
                }
            }
        }
        EmptyState {
            visible: section.mode === ConsentSection.Mode.List && section.consents.count === 0
            text: section.consents.errorText.length > 0 ? section.consents.errorText
                                                        : qsTr("Inga samtycken antecknade.")
            error: section.consents.errorText.length > 0
            Layout.fillWidth: true
        }
        // One form at a time, made afresh each time it opens (a Repeater of one: a bound component stays in
        // its creation context, which a Loader would leave).
        Repeater {
            model: section.mode === ConsentSection.Mode.Give && section.controller !== null ? 1 : 0
            delegate: ConsentForm {
                Layout.fillWidth: true
                controller: section.controller
                residentId: section.residentId
                residentName: section.residentName
                today: section.today
                onDone: section.close()
            }
        }
        Repeater {
            model: section.mode === ConsentSection.Mode.Revoke && section.controller !== null ? 1 : 0
            delegate: ConsentRevokeForm {
                Layout.fillWidth: true
                controller: section.controller
                residentId: section.residentId
                consentId: section.revokingId
                consentText: section.revokingText
                residentName: section.residentName
                onDone: section.close()
            }
        }
    }
}
