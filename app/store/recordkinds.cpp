// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "store/recordkinds.h"

using namespace Qt::StringLiterals;

namespace akten::store {

const QList<RecordKind> &recordKinds()
{
    static const QList<RecordKind> kinds {
        { u"plan_revision"_s, u"plan_revisions"_s, { u"id"_s }, MergeClass::Document,
            { { u"plan_parents"_s, u"revision_id"_s } } },
        { u"journal_entry"_s, u"journal_entries"_s, { u"id"_s }, MergeClass::Fact, {} },
        { u"correction"_s, u"corrections"_s, { u"id"_s }, MergeClass::Fact, {} },
        { u"signature"_s, u"signatures"_s, { u"id"_s }, MergeClass::Fact, {} },
        { u"signature_retraction"_s, u"signature_retractions"_s, { u"id"_s }, MergeClass::Fact, {} },
        { u"consent_event"_s, u"consent_events"_s, { u"id"_s }, MergeClass::Fact, {} },
        { u"release_record"_s, u"release_records"_s, { u"id"_s }, MergeClass::Fact, {} },
        { u"audit_event"_s, u"audit_events"_s, { u"device_id"_s, u"seq"_s }, MergeClass::Audit, {} },
    };
    return kinds;
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

} // namespace akten::store
