// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Akten.Models
import Akten.Admin

// The pages beside the care work, reached from the header's menu: the access log control (unit manager), the
// device's enrolment, the sync status and the yearly quality review of plans (from the Planer tab). Each replaces whatever was open (an open record is closed first).
QtObject {
    id: flows

    required property StackView stack
    required property RecordController record
    required property SessionController session
    required property LogControlModel logControl
    required property EnrolmentController enrolment
    required property SyncStatusModel syncStatus
    property QualityReviewController qualityReview

    function showLogControl(): void {
        flows.open(logControlPage)
        flows.logControl.refresh()
    }
    function showEnrolment(): void {
        flows.open(enrolmentPage)
        flows.enrolment.reload()
    }
    function showSync(): void {
        flows.open(syncPage)
        flows.syncStatus.refresh()
    }
    /// "Kvalitetsgranskning" (the unit manager and SAS): this year's sample of the first unit.
    function showQualityReview(): void {
        if (!flows.qualityReview || !flows.qualityReview.allowed)
            return
        flows.open(qualityReviewPage)
        flows.qualityReview.open()
    }
    function open(page: Component): void {
        flows.record.close()
        flows.stack.pop(null, StackView.Immediate)
        flows.stack.push(page)
    }

    readonly property Component logControlPage: Component {
        LogControlPage {
            objectName: "logControlPage"
            log: flows.logControl
        }
    }
    readonly property Component enrolmentPage: Component {
        EnrolmentPage {
            objectName: "enrolmentPage"
            enrolment: flows.enrolment
            session: flows.session
        }
    }
    readonly property Component qualityReviewPage: Component {
        QualityReviewPage {
            objectName: "qualityReviewPage"
            review: flows.qualityReview
        }
    }
    readonly property Component syncPage: Component {
        SyncStatusPage {
            objectName: "syncStatusPage"
            sync: flows.syncStatus
        }
    }
}
