// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/storestats.h"

#include "app/store/database.h"
#include "app/store/statement.h"

using namespace Qt::StringLiterals;

namespace akten::store {

Result<QList<QPair<QString, qint64>>> storeCounts(Database &db)
{
    // Key (the `aktenctl stats` contract) → table.
    static const QList<QPair<QString, QString>> kinds {
        { u"units"_s, u"units"_s },
        { u"staff"_s, u"staff"_s },
        { u"residents"_s, u"residents"_s },
        { u"decisions"_s, u"decisions"_s },
        { u"documents"_s, u"documents"_s },
        { u"plans"_s, u"plan_revisions"_s }, // kept as it was: every revision
        { u"plan_revisions"_s, u"plan_revisions"_s },
        { u"residents_with_plan"_s, u"(SELECT DISTINCT resident_id FROM plan_revisions)"_s },
        { u"plan_drafts"_s, u"plan_drafts"_s },
        { u"plan_follow_ups"_s, u"plan_follow_ups"_s },
        { u"journal_entries"_s, u"journal_entries"_s },
        { u"corrections"_s, u"corrections"_s },
        { u"day_notes"_s, u"day_notes"_s },
        { u"day_note_reviews"_s, u"day_note_reviews"_s },
        { u"signatures"_s, u"signatures"_s },
        { u"signature_retractions"_s, u"signature_retractions"_s },
        { u"consent_events"_s, u"consent_events"_s },
        { u"release_records"_s, u"release_records"_s },
        { u"record_documents"_s, u"record_documents"_s },
        { u"cover_sheet_versions"_s, u"(SELECT 1 FROM record_documents WHERE doc_type = 'cover_sheet')"_s },
        { u"register_entries"_s, u"(SELECT 1 FROM record_documents WHERE doc_type = 'register_entry')"_s },
        { u"life_story_versions"_s, u"(SELECT 1 FROM record_documents WHERE doc_type = 'life_story')"_s },
        { u"power_of_attorney_versions"_s, u"(SELECT 1 FROM record_documents WHERE doc_type = 'power_of_attorney')"_s },
        { u"money_agreement_versions"_s, u"(SELECT 1 FROM record_documents WHERE doc_type = 'money_agreement')"_s },
        { u"fall_reports"_s, u"(SELECT 1 FROM record_documents WHERE doc_type = 'fall_report')"_s },
        { u"fall_checklists"_s, u"(SELECT 1 FROM record_documents WHERE doc_type = 'fall_checklist')"_s },
        { u"quality_samples"_s, u"quality_samples"_s },
        { u"quality_reviews"_s, u"quality_reviews"_s },
        { u"case_closures"_s, u"case_closures"_s },
        { u"release_events"_s, u"release_events"_s },
        { u"audit_events"_s, u"audit_events"_s },
    };
    QList<QPair<QString, qint64>> counts;
    for (const auto &[key, table] : kinds) {
        auto statement = db.prepare(u"SELECT count(*) FROM %1"_s.arg(table));
        if (!statement) {
            return statement.error();
        }
        auto row = statement.value().step();
        if (!row) {
            return row.error();
        }
        counts.append({ key, statement.value().int64(0) });
    }
    return counts;
}

} // namespace akten::store
