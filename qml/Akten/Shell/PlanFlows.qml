// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Akten.Models
import Akten.Record
import Akten.Plan

// The implementation plan's pages over an open record (D2, D8): the guided editor ("Skapa plan" / "Revidera
// planen"), two versions in conflict, the follow-up wizard and the easy-read view. Each is pushed on the shell's
// stack and pops itself when done; the record's plan section shows what was set.
QtObject {
    id: flows

    required property StackView stack
    required property RecordController record
    required property PlanConflictModel planConflict
    required property bool kiosk
    property PlanEditorController planEditor
    property FollowUpController followUp
    property EasyReadModel easyRead
    property OwnAccessController ownAccess

    /// The record's section to show after a page is done (2: the plan).
    signal showSection(int index)

    /// Whether the logged-in user may create or revise the open record's plan (never on a kiosk).
    function mayEditPlan(): bool {
        return !flows.kiosk && flows.planEditor !== null && flows.record.open
                && flows.planEditor.mayEdit(flows.record.residentId)
    }
    /// "Skapa plan" / "Revidera planen" (the kontaktman and the unit manager; a kiosk does not edit plans).
    function showPlanEditor(): bool {
        if (!flows.planEditor || !flows.planEditor.openFor(flows.record.residentId))
            return false
        flows.stack.push(editorPage)
        return true
    }
    function showConflict(): void {
        flows.planConflict.load(flows.record.residentId)
        flows.stack.push(conflictPage)
    }
    function showFollowUp(): void {
        if (flows.followUp.start(flows.record.residentId))
            flows.stack.push(followUpPage)
    }
    function showEasyRead(): void {
        if (flows.easyRead.open(flows.record.residentId))
            flows.stack.push(easyReadPage)
    }

    /// "Min akt" with the resident: logged as shown to them, then their plan, help and journal in plain words.
    function showOwnAccess(): bool {
        if (flows.kiosk || !flows.ownAccess || !flows.ownAccess.open(flows.record.residentId))
            return false
        flows.easyRead.open(flows.record.residentId)
        flows.stack.push(ownAccessPage)
        return true
    }

    readonly property Component ownAccessPage: Component {
        OwnAccessPage {
            objectName: "ownAccessPage"
            ownAccess: flows.ownAccess
            easyRead: flows.easyRead
        }
    }
    readonly property Component editorPage: Component {
        PlanEditorPage {
            objectName: "planEditorPage"
            editor: flows.planEditor
            keyboardUp: flows.stack.anchors.bottomMargin > 0
            onDone: () => {
                flows.stack.pop()
                flows.showSection(2) // the plan, as set
            }
        }
    }
    readonly property Component conflictPage: Component {
        PlanConflictPage {
            objectName: "planConflictPage"
            conflict: flows.planConflict
            wide: !flows.kiosk
            onDone: flows.stack.pop()
        }
    }
    readonly property Component followUpPage: Component {
        FollowUpPage {
            objectName: "followUpPage"
            followUp: flows.followUp
            wide: !flows.kiosk
            onDone: (saved, revise) => {
                flows.stack.pop()
                if (saved && revise)
                    flows.showPlanEditor() // "Revidera planen": the editor, from the revision just followed up
            }
        }
    }
    readonly property Component easyReadPage: Component {
        EasyReadPage {
            objectName: "easyReadPage"
            easyRead: flows.easyRead
            canPrint: flows.followUp !== null && flows.followUp.mayFollowUp(flows.record.residentId)
        }
    }
}
