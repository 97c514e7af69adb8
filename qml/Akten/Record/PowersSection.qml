// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Fullmakter och medel: powers of attorney (who, for what, from when to when, revoked) and the agreement on handling
// the resident's money. A change or a revocation is a new version; the kontaktman or the unit manager writes them.
ScrollView {
    id: view

    required property RecordDocumentsController docs
    required property bool mayWrite

    contentWidth: availableWidth
    Accessible.name: qsTr("Fullmakter och medel")

    ColumnLayout {
        width: view.availableWidth - Theme.scrollGutter
        spacing: Theme.spacing
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            SectionTitle {
                text: qsTr("Fullmakter")
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "newPower"
                visible: view.mayWrite
                text: qsTr("Registrera fullmakt")
                quiet: true
                onClicked: view.docs.startNew("power_of_attorney")
            }
        }
        DocumentCards {
            documents: view.docs.powers
            emptyText: qsTr("Inga fullmakter är registrerade.")
            editText: view.mayWrite ? qsTr("Ändra") : ""
            revokeText: view.mayWrite ? qsTr("Återkalla") : ""
            buttonName: "power"
            Layout.fillWidth: true
            onEdit: documentId => view.docs.startVersion(documentId, false)
            onRevoke: documentId => view.docs.startVersion(documentId, true)
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            SectionTitle {
                text: qsTr("Avtal om handhavande av medel")
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "newAgreement"
                visible: view.mayWrite
                text: qsTr("Registrera avtal")
                quiet: true
                onClicked: view.docs.startNew("money_agreement")
            }
        }
        DocumentCards {
            documents: view.docs.agreements
            emptyText: qsTr("Inget avtal om den enskildes pengar är registrerat.")
            editText: view.mayWrite ? qsTr("Ändra") : ""
            buttonName: "agreement"
            Layout.fillWidth: true
            onEdit: documentId => view.docs.startVersion(documentId, false)
        }
        Text {
            visible: !view.mayWrite
            text: qsTr("Kontaktmannen eller enhetschefen registrerar fullmakter och avtal.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
