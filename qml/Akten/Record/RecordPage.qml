// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The genomförandeakt: a section rail (a column on tablets, rows of tabs on portrait kiosks) and the section.
Page {
    id: page

    required property RecordController record
    required property bool kiosk
    property SigningExportController signingExport
    property JournalCorrectionController corrections
    property DayNotesController dayNotes
    property FollowUpController followUp
    required property RecordDocumentsController recordDocuments
    property ConsentController consents
    property ReleaseController releases
    property bool mayEditPlan: false
    property JournalCopyController journalCopy
    property CaseClosureController caseClosure
    /// A closed case is read-only: no write buttons anywhere on the record (the store refuses such writes too).
    readonly property bool closedCase: page.caseClosure !== null && page.caseClosure.closed

    /// "Ny anteckning" for this resident.
    signal newNote(string residentId)
    property int section: 0

    signal compareVersions()
    signal followUpPlan()
    signal showEasyRead()
    signal editPlan()
    /// "Min akt": the record shown to the resident (never on a kiosk).
    signal showOwnAccess()

    readonly property list<string> sectionNames: [
        qsTr("Försättsblad"), qsTr("Beslut och insatser"), qsTr("Genomförandeplan"),
        qsTr("Social journal"), qsTr("Signeringslistor"), qsTr("Handlingar"), qsTr("Daganteckningar"),
        qsTr("Levnadsberättelse"), qsTr("Fullmakter och medel"), qsTr("Fall"),
        qsTr("Samtycken"), qsTr("Utlämnande"), qsTr("Avslut")
    ]
    /// The care day for the forms' date fields, "ÅÅÅÅ-MM-DD".
    readonly property string today: Qt.formatDate(new Date(), "yyyy-MM-dd")
    // The record's documents are written on tablets only (a kiosk is shared); the service checks the rights again.
    function mayWrite(typeCode: string): bool {
        return !page.kiosk && page.record.open && !page.closedCase && page.recordDocuments.mayWrite(typeCode)
    }

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Genomförandeakt för %1").arg(page.record.coverSheet.name)
    // Each section is logged the first time it is shown; the controller loads it only after that.
    onSectionChanged: page.record.viewSection(page.section)

    Binding {
        target: page.caseClosure
        property: "residentId"
        value: page.record.residentId
        when: page.caseClosure !== null
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: page.kiosk ? 1 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        // A closed case: said on top of every section.
        Rectangle {
            objectName: "closedBanner"
            visible: page.closedCase
            color: Theme.surfaceMuted
            border.color: Theme.border
            radius: Theme.radius
            implicitHeight: closedText.implicitHeight + 24
            Layout.columnSpan: page.kiosk ? 1 : 2
            Layout.fillWidth: true
            Text {
                id: closedText
                anchors.fill: parent
                anchors.margins: 12
                verticalAlignment: Text.AlignVCenter
                text: page.caseClosure !== null ? page.caseClosure.closedText : ""
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.name: text
            }
        }
        // The rail scrolls when its sections do not fit (a tablet held upright, large text).
        Flickable {
            id: railView
            contentWidth: width
            contentHeight: rail.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.kiosk ? -1 : 270
            Layout.fillWidth: page.kiosk
            Layout.fillHeight: !page.kiosk
            Layout.preferredHeight: page.kiosk ? rail.implicitHeight : -1
            GridLayout {
                id: rail
                width: railView.width - (railView.contentHeight > railView.height ? Theme.scrollGutter : 0)
                columns: page.kiosk ? 3 : 1
                rowSpacing: 8
                columnSpacing: 8
                Repeater {
                    model: page.sectionNames
                    delegate: SectionButton {
                        required property int index
                        required property string modelData
                        objectName: "section" + index
                        text: modelData
                        selected: page.section === index
                        Layout.fillWidth: true
                        onClicked: page.section = index
                    }
                }
                BigButton {
                    objectName: "showOwnAccess"
                    visible: !page.kiosk
                    text: qsTr("Min akt")
                    quiet: true
                    Accessible.name: qsTr("Min akt: visa akten för den boende i lättläst form")
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    onClicked: page.showOwnAccess()
                }
            }
            ScrollHint {
                parent: railView
                target: railView
            }
        }
        StackLayout {
            currentIndex: page.section
            Layout.fillWidth: true
            Layout.fillHeight: true
            CoverSheetSection {
                sheet: page.record.coverSheet
                docs: page.recordDocuments
                mayWrite: page.mayWrite("cover_sheet")
            }
            DecisionsSection { decisions: page.record.decisions }
            PlanSection {
                plan: page.record.plan
                wide: !page.kiosk
                canFollowUp: page.followUp !== null && !page.closedCase && page.record.plan.hasPlan && !page.record.plan.conflict
                             && page.followUp.mayFollowUp(page.record.residentId)
                onCompareVersions: page.compareVersions()
                onFollowUpPlan: page.followUpPlan()
                onShowEasyRead: page.showEasyRead()
                mayEdit: page.mayEditPlan && !page.closedCase
                locked: page.record.planLocked
                notice: page.record.planNotice
                onEditPlan: page.editPlan()
            }
            JournalSection {
                journal: page.record.journal
                corrections: page.corrections
                copies: page.journalCopy
                residentId: page.record.residentId
                writable: !page.closedCase
                onNewNote: page.newNote(page.record.residentId)
            }
            SigningSection {
                signing: page.record.signing
                exporter: page.signingExport
                residentId: page.record.residentId
            }
            DocumentsSection {
                documents: page.record.documents
                mayRegister: page.mayWrite("register_entry")
                onRegisterDocument: page.recordDocuments.startNew("register_entry")
            }
            DayNotesSection {
                notes: page.record.dayNotes
                residentId: page.record.residentId
                dayNotes: page.closedCase ? null : page.dayNotes
                onOpenDraft: residentId => page.newNote(residentId)
            }
            LifeStorySection {
                docs: page.recordDocuments
                mayWrite: page.mayWrite("life_story")
            }
            PowersSection {
                docs: page.recordDocuments
                mayWrite: page.mayWrite("power_of_attorney")
            }
            FallsSection {
                docs: page.recordDocuments
                mayWrite: page.mayWrite("fall_report")
            }
            ConsentSection {
                consents: page.record.consents
                controller: page.closedCase ? null : page.consents
                residentId: page.record.residentId
                residentName: page.record.coverSheet.name
                today: page.today
            }
            ReleaseSection {
                releases: page.record.releases
                consents: page.record.consents
                controller: page.closedCase ? null : page.releases
                residentId: page.record.residentId
                today: page.today
                // "Skriv ut kopia" after a release: the journal copy (whole or a period) for the unit manager.
                mayPrint: page.journalCopy !== null && page.journalCopy.allowed
                onPrintCopy: releaseCopySheet.open()
            }
            ClosureSection { closure: page.caseClosure }
        }
    }
    JournalCopySheet {
        id: releaseCopySheet
        objectName: "releaseCopySheet"
        copies: page.journalCopy
        residentId: page.record.residentId
    }
    DocumentFormOverlay {
        anchors.fill: parent
        form: page.recordDocuments.form
    }
    // Shown over the section when an access could not be logged (the section then stays empty).
    Rectangle {
        objectName: "recordError"
        visible: page.record.errorText.length > 0
        color: Theme.warningSurface
        radius: Theme.radius
        implicitHeight: recordErrorText.implicitHeight + 24
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        Text {
            id: recordErrorText
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 12
            text: page.record.errorText
            color: Theme.warning
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
        }
    }
}
