// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/records/recordkinds.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::records {

const QList<RecordKind> &recordKinds()
{
    static const QList<RecordKind> kinds {
        { u"unit"_s, u"units"_s, { u"id"_s }, MergeClass::Master, {}, {} },
        { u"staff"_s, u"staff"_s, { u"id"_s }, MergeClass::Master, { { u"staff_units"_s, u"staff_id"_s } },
            u"active"_s },
        { u"resident"_s, u"residents"_s, { u"id"_s }, MergeClass::Master,
            { { u"resident_contacts"_s, u"resident_id"_s } }, {} },
        { u"decision"_s, u"decisions"_s, { u"id"_s }, MergeClass::Master, { { u"insatser"_s, u"decision_id"_s } }, {} },
        { u"document"_s, u"documents"_s, { u"id"_s }, MergeClass::Master, {}, {} },
        { u"plan_revision"_s, u"plan_revisions"_s, { u"id"_s }, MergeClass::Document,
            { { u"plan_parents"_s, u"revision_id"_s } }, {} },
        { u"plan_follow_up"_s, u"plan_follow_ups"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"journal_entry"_s, u"journal_entries"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"correction"_s, u"corrections"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"signature"_s, u"signatures"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"signature_retraction"_s, u"signature_retractions"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"consent_event"_s, u"consent_events"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"release_record"_s, u"release_records"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"release_event"_s, u"release_events"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        // Day notes sync to the unit's other tablets: a handover kept on one tablet is of little use. They are the
        // one kind that is deleted (90 days after writing, core/daynotes.h) on every tablet and centrally; the importer
        // and DeviceSync never move a note past that age, so a purged note does not come back.
        { u"day_note"_s, u"day_notes"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"day_note_review"_s, u"day_note_reviews"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        // The record's documents (cover sheet versions, register entries, life story, powers of attorney, money
        // agreements, fall reports and checklists): each version a fact, conflicts seen as two current versions.
        { u"record_document"_s, u"record_documents"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        // The yearly quality review (D9): the drawn sample before the questionnaires that name it.
        { u"quality_sample"_s, u"quality_samples"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"quality_review"_s, u"quality_reviews"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        // After a resident's closure every other record about them is refused, on the tablets and centrally.
        { u"case_closure"_s, u"case_closures"_s, { u"id"_s }, MergeClass::Fact, {}, {} },
        { u"audit_event"_s, u"audit_events"_s, { u"device_id"_s, u"seq"_s }, MergeClass::Audit, {}, {} },
    };
    return kinds;
}

int recordKindRank(const QString &name)
{
    const auto &kinds = recordKinds();
    const auto found = std::find_if(kinds.cbegin(), kinds.cend(), [&](const RecordKind &k) { return k.name == name; });
    return found == kinds.cend() ? -1 : int(found - kinds.cbegin());
}

const RecordKind *recordKind(const QString &name)
{
    for (const RecordKind &kind : recordKinds()) {
        if (kind.name == name) {
            return &kind;
        }
    }
    return nullptr;
}

} // namespace akten::records
