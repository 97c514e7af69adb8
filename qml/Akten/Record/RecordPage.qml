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
    property ConsentController consents
    property ReleaseController releases
    /// "Skriv ut kopia" after a release decision is offered (set where the copy exporter is wired).
    property bool mayPrintCopies: false
    property bool mayEditPlan: false

    /// "Ny anteckning" for this resident.
    signal newNote(string residentId)
    property int section: 0

    signal compareVersions()
    signal followUpPlan()
    signal showEasyRead()
    signal editPlan()
    /// "Skriv ut kopia" of the release `requestId` (MERGE: the journal PDF exporter, issue 17 part C).
    signal printReleaseCopy(string requestId)

    readonly property list<string> sectionNames: [
        qsTr("Försättsblad"), qsTr("Beslut och insatser"), qsTr("Genomförandeplan"),
        qsTr("Social journal"), qsTr("Signeringslistor"), qsTr("Handlingar"), qsTr("Daganteckningar"),
        qsTr("Samtycken"), qsTr("Utlämnande")
    ]
    /// The care day for the forms' date fields, "ÅÅÅÅ-MM-DD".
    readonly property string today: Qt.formatDate(new Date(), "yyyy-MM-dd")

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Genomförandeakt för %1").arg(page.record.coverSheet.name)
    // Each section is logged the first time it is shown; the controller loads it only after that.
    onSectionChanged: page.record.viewSection(page.section)

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: page.kiosk ? 1 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        GridLayout {
            id: rail
            columns: page.kiosk ? 3 : 1
            rowSpacing: 8
            columnSpacing: 8
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.kiosk ? -1 : 270
            Layout.fillWidth: page.kiosk
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
        }
        StackLayout {
            currentIndex: page.section
            Layout.fillWidth: true
            Layout.fillHeight: true
            CoverSheetSection { sheet: page.record.coverSheet }
            DecisionsSection { decisions: page.record.decisions }
            PlanSection {
                plan: page.record.plan
                wide: !page.kiosk
                canFollowUp: page.followUp !== null && page.record.plan.hasPlan && !page.record.plan.conflict
                             && page.followUp.mayFollowUp(page.record.residentId)
                onCompareVersions: page.compareVersions()
                onFollowUpPlan: page.followUpPlan()
                onShowEasyRead: page.showEasyRead()
                mayEdit: page.mayEditPlan
                locked: page.record.planLocked
                notice: page.record.planNotice
                onEditPlan: page.editPlan()
            }
            JournalSection {
                journal: page.record.journal
                corrections: page.corrections
                onNewNote: page.newNote(page.record.residentId)
            }
            SigningSection {
                signing: page.record.signing
                exporter: page.signingExport
                residentId: page.record.residentId
            }
            DocumentsSection { documents: page.record.documents }
            DayNotesSection {
                notes: page.record.dayNotes
                residentId: page.record.residentId
                dayNotes: page.dayNotes
                onOpenDraft: residentId => page.newNote(residentId)
            }
            ConsentSection {
                consents: page.record.consents
                controller: page.consents
                residentId: page.record.residentId
                today: page.today
            }
            ReleaseSection {
                releases: page.record.releases
                consents: page.record.consents
                controller: page.releases
                residentId: page.record.residentId
                today: page.today
                mayPrint: page.mayPrintCopies
                onPrintCopy: requestId => page.printReleaseCopy(requestId)
            }
        }
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
