// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Akten.Ui
import Akten.Models
import Akten.Record
import Akten.Login
import Akten.Signing
import Akten.Journal

// The application window: header, and a stack of the resident list and one open record. Until a staff member has
// logged in (and whenever the screen is locked) only the login page is shown; the stack is not even rendered.
ApplicationWindow {
    id: root

    required property ResidentListModel residents
    required property RecordController record
    required property SessionController session
    required property LogControlModel logControl
    required property EnrolmentController enrolment
    required property SyncStatusModel syncStatus
    required property PlanConflictModel planConflict
    required property CareClock careClock
    required property NowModel now
    required property BoardModel board
    required property SigningExportController signingExport
    property JournalCopyController journalCopy
    property CaseClosureController caseClosure
    required property JournalNoteController note
    required property JournalCorrectionController corrections
    property DayNotesController dayNotes
    property FollowUpController followUp
    property RecordDocumentsController recordDocuments
    property ConsentController consents
    property ReleaseController releases
    property PlanDeadlinesController planDeadlines
    property EasyReadModel easyRead
    property PlanEditorController planEditor
    property QualityReviewController qualityReview
    property OwnAccessController ownAccess
    required property bool kiosk
    /// "Ny anteckning" is offered: always on a tablet, on a kiosk when [kiosk] journal_notes = true
    required property bool notesAllowed
    /// Qt's virtual keyboard is the input method: no hardware keyboard here, or [input] on_screen_keyboard = on
    required property bool onScreenKeyboard
    required property string startupError
    property string protectedResidentId
    property bool freshLogin: true
    readonly property bool signedIn: root.session !== null && root.session.active
    readonly property bool leaseLocked: root.syncStatus !== null && root.syncStatus.leaseLocked

    function showResidents(): void {
        stack.pop(null)
        if (root.record)
            root.record.close()
        const home = stack.currentItem as HomePage
        if (home)
            home.tab = HomePage.Tab.Residents
    }
    /// Back to the home page, on the tab one came from (Nu or Boende).
    function goBack(): void {
        stack.pop(null)
        if (root.record)
            root.record.close()
    }
    function showNow(): void {
        stack.pop(null, StackView.Immediate)
        if (root.record)
            root.record.close()
        const home = stack.currentItem as HomePage
        if (home)
            home.showNow()
    }
    function openResident(residentId: string): bool {
        if (!root.record.openRecord(residentId))
            return false
        stack.push(recordPage)
        return true
    }
    function openProtected(residentId: string, reasonCode: string): bool {
        if (!root.record.openProtected(residentId, reasonCode))
            return false
        stack.pop(null)
        stack.push(recordPage)
        return true
    }
    function showSync(): void {
        adminFlows.showSync()
    }
    /// "Ny anteckning" for a resident: the quick note (the author's draft for them comes back).
    function showNote(residentId: string): bool {
        if (!root.note.openFor(residentId))
            return false
        stack.push(notePage)
        return true
    }
    function showConflict(): void {
        planFlows.showConflict()
    }
    function showSection(index: int): void {
        const page = stack.currentItem as RecordPage
        if (page)
            page.section = index
    }

    width: root.kiosk ? 1080 : 1280
    height: root.kiosk ? 1920 : 800
    visible: true
    // A kiosk has no way out from the screen: closing the window is refused (the kiosk session stops the app).
    onClosing: close => close.accepted = !root.kiosk
    // What the window manager and the run command's smoke check see; never a resident's name.
    title: loginPage.visible ? qsTr("Akten – Logga in") : qsTr("Akten")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    header: AppHeader {
        title: root.signedIn && stack.depth > 1 && root.record.open ? root.record.coverSheet.name
               : root.signedIn && root.note && root.note.open ? qsTr("Ny anteckning") : qsTr("Akten")
        subtitle: !root.signedIn ? ""
                  : stack.depth > 1 && root.record.open ? qsTr("Genomförandeakt")
                  : stack.depth > 1 ? "" : qsTr("Signera och läs akter")
        canGoBack: root.signedIn && stack.depth > 1
        userName: root.signedIn ? root.session.userName : ""
        canControlLog: root.signedIn && root.session.canControlLog && stack.depth === 1
        onBack: root.goBack()
        onLogout: root.session.logout()
        canEnrol: root.signedIn && root.session.canEnrol && stack.depth === 1
        onOpenLogControl: adminFlows.showLogControl()
        onOpenEnrolment: adminFlows.showEnrolment()
        canSeeSync: root.signedIn && root.syncStatus !== null && root.syncStatus.configured && stack.depth === 1
        syncState: root.syncStatus ? root.syncStatus.state : SyncStatusModel.Off
        clockText: root.careClock.timeText
        onOpenSync: root.showSync()
    }

    Connections {
        target: root.session
        function onChanged(): void {
            if (root.session.state === SessionController.LoggedOut) {
                root.freshLogin = true
                if (stack.depth > 1)
                    stack.pop(null, StackView.Immediate)
            } else if (root.session.active && root.freshLogin) {
                // Whoever logs in starts on Nu; unlocking after the idle lock returns to where one was.
                root.freshLogin = false
                if (!root.leaseLocked)
                    root.showNow()
            }
        }
    }

    Connections {
        target: root.syncStatus
        function onLeaseChanged(locked: bool): void {
            if (locked && stack.depth > 1)
                stack.pop(null, StackView.Immediate)
        }
    }

    StackView {
        id: stack
        objectName: "mainStack"
        anchors.fill: parent
        // The on-screen keyboard takes the bottom of the screen; the page makes room so the field stays in view.
        anchors.bottomMargin: keyboard.status === Loader.Ready && (keyboard.item as Item).visible ? keyboard.height : 0
        visible: (root.signedIn && (!root.leaseLocked || stack.depth > 1)) || root.startupError.length > 0
        initialItem: root.startupError.length > 0 ? errorPage : homePage
    }
    // The offline lease: signed in, but the personal data stays locked until the tablet has synced.
    LeaseLockedPage {
        anchors.fill: parent
        visible: root.signedIn && root.leaseLocked && stack.depth === 1
        syncStatus: root.syncStatus
        onShowSync: root.showSync()
    }
    // An idle kiosk: the unit board without names above, the prompt to tap a badge below.
    readonly property bool kioskIdle: root.kiosk && !root.signedIn && root.startupError.length === 0
                                      && root.session !== null && root.session.state === SessionController.LoggedOut
    BoardPage {
        objectName: "kioskBoard"
        visible: root.kioskIdle && !root.leaseLocked
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: parent.height * 2 / 3
        board: root.board
        freshness: root.syncStatus ? root.syncStatus.freshness : null
    }
    LoginPage {
        id: loginPage
        objectName: "loginPage"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: root.kioskIdle && !root.leaseLocked ? parent.height / 3 : parent.height
        visible: !root.signedIn && root.startupError.length === 0
        session: root.session
        kioskIdle: root.kioskIdle
    }
    AdminFlows {
        id: adminFlows
        stack: stack
        record: root.record
        session: root.session
        logControl: root.logControl
        enrolment: root.enrolment
        syncStatus: root.syncStatus
        qualityReview: root.qualityReview
    }
    PlanFlows {
        id: planFlows
        stack: stack
        record: root.record
        planConflict: root.planConflict
        kiosk: root.kiosk
        planEditor: root.planEditor
        followUp: root.followUp
        easyRead: root.easyRead
        ownAccess: root.ownAccess
        onShowSection: index => root.showSection(index)
    }
    Component {
        id: homePage
        HomePage {
            objectName: "homePage"
            now: root.now
            residents: root.residents
            board: root.board
            session: root.session
            freshness: root.syncStatus ? root.syncStatus.freshness : null
            dayNotes: root.dayNotes
            planDeadlines: root.planDeadlines
            compact: root.kiosk
            notesAllowed: root.notesAllowed
            onOpenDraft: residentId => root.showNote(residentId)
            canReviewQuality: root.qualityReview !== null && root.qualityReview.allowed
            onOpenQualityReview: adminFlows.showQualityReview()
            onOpenResident: residentId => root.openResident(residentId)
            onOpenPlan: residentId => {
                if (root.openResident(residentId))
                    root.showSection(2)
            }
            onNewNote: residentId => root.showNote(residentId)
            onOpenProtected: residentId => {
                root.protectedResidentId = residentId
                stack.push(reasonPage)
            }
        }
    }
    Component {
        id: reasonPage
        ReasonPage {
            objectName: "reasonPage"
            residentId: root.protectedResidentId
            onChosen: why => {
                if (!root.openProtected(root.protectedResidentId, why))
                    stack.pop()
            }
            onCancelled: stack.pop()
        }
    }
    Component {
        id: recordPage
        RecordPage {
            record: root.record
            kiosk: root.kiosk
            signingExport: root.signingExport
            journalCopy: root.journalCopy
            caseClosure: root.caseClosure
            corrections: root.corrections
            dayNotes: root.dayNotes
            followUp: root.followUp
            recordDocuments: root.recordDocuments
            consents: root.consents
            releases: root.releases
            onNewNote: residentId => root.showNote(residentId)
            onCompareVersions: planFlows.showConflict()
            onFollowUpPlan: planFlows.showFollowUp()
            onShowEasyRead: planFlows.showEasyRead()
            mayEditPlan: planFlows.mayEditPlan()
            onEditPlan: planFlows.showPlanEditor()
            onShowOwnAccess: planFlows.showOwnAccess()
        }
    }
    Component {
        id: notePage
        NotePage {
            objectName: "notePage"
            note: root.note
            oneColumn: root.kiosk
            keyboardUp: stack.anchors.bottomMargin > 0
            onDone: saved => {
                stack.pop()
                if (saved > 0 && root.record.open)
                    root.showSection(3) // the journal, with the new entry on top
            }
        }
    }
    Component {
        id: errorPage
        StartupErrorPage {
            message: root.startupError
        }
    }
    // What a saved note wrote, for a few seconds over whatever page the writer went back to.
    MessageBar {
        objectName: "noteSavedMessage"
        text: root.note ? root.note.savedText : ""
        z: 98
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacing
        onClosed: root.note.clearSavedText()
        Timer {
            running: root.note !== null && root.note.savedText.length > 0
            interval: 6000
            onTriggered: root.note.clearSavedText()
        }
    }
    Loader {
        id: keyboard
        active: root.onScreenKeyboard
        z: 99
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        // By URL, not by type: Main loads even where the keyboard's module is missing; the keyboard then is not.
        source: Qt.resolvedUrl("OnScreenKeyboard.qml")
    }
}
