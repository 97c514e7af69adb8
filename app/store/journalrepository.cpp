// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/journalrepository.h"

#include "app/store/database.h"
#include "app/store/rowcodec.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace akten::store {

namespace {

constexpr auto kEntryColumns = "id, author_id, device_id, hlc, wall_ms, resident_id, event_date, category, text, "
                               "author_name, author_title, interpreter_used, event_time, hsl_recorded";

core::JournalEntry readEntry(RowReader &r)
{
    return core::JournalEntry { r.meta(0), r.id(5), r.date(6), r.code<core::JournalCategory>(7), r.text(8), r.text(9),
        r.text(10), r.flag(11), QTime::fromString(r.text(12), u"HH:mm"_s), r.flag(13) };
}

/**
 * "lugn matsal" → resident : "<id without hyphens>" AND text : ("lugn"* "matsal"*): the resident's entries and
 * corrections (migration 0008) with every word, as typed or longer (Swedish endings: matsal → matsalen). Empty when
 * the query has no words.
 */
QString searchExpression(const core::Id &residentId, const QString &query)
{
    QStringList terms;
    static const QRegularExpression words(u"[\\p{L}\\p{N}]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = words.globalMatch(query); it.hasNext();) {
        terms << u"\""_s + it.next().captured(0) + u"\"*"_s;
    }
    if (terms.isEmpty()) {
        return {};
    }
    const QString resident = core::idToString(residentId).remove(u'-');
    return u"resident : \"%1\" AND text : (%2)"_s.arg(resident, terms.join(u' '));
}

} // namespace

JournalRepository::JournalRepository(Database &db)
    : m_db(db)
{ }

Status JournalRepository::append(const core::JournalEntry &entry)
{
    auto statement = m_db.prepare(u"INSERT INTO journal_entries (id, author_id, device_id, hlc, wall_ms, resident_id, "
                                  "event_date, category, text, author_name, author_title, interpreter_used, "
                                  "event_time, hsl_recorded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, entry.meta);
    bindId(s, 6, entry.residentId);
    bindDate(s, 7, entry.eventDate);
    s.bind(8, core::toCode(entry.category)).bind(9, entry.text).bind(10, entry.authorName);
    s.bind(11, entry.authorTitle).bind(12, entry.interpreterUsed ? 1 : 0);
    s.bind(13, entry.eventTime.isValid() ? entry.eventTime.toString(u"HH:mm"_s) : QString());
    s.bind(14, entry.hslRecorded ? 1 : 0);
    return s.run();
}

Status JournalRepository::appendCorrection(const core::Correction &correction)
{
    auto statement = m_db.prepare(u"INSERT INTO corrections (id, author_id, device_id, hlc, wall_ms, resident_id, "
                                  "entry_id, text, reason, resident_objection, author_name, author_title) "
                                  "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                                  "WHERE EXISTS (SELECT 1 FROM journal_entries WHERE id = ?7 AND resident_id = ?6)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, correction.meta);
    bindId(s, 6, correction.residentId);
    bindId(s, 7, correction.entryId);
    s.bind(8, correction.text).bind(9, correction.reason).bind(10, correction.residentObjection ? 1 : 0);
    s.bind(11, correction.authorName).bind(12, correction.authorTitle);
    if (auto inserted = s.run(); !inserted) {
        return inserted;
    }
    if (m_db.changes() != 1) {
        return Error { ErrorCode::InvalidInput, u"a correction must point at an entry of the same resident"_s };
    }
    return {};
}

Result<QList<core::JournalEntry>> JournalRepository::entries(const core::Id &residentId) const
{
    return queryList<core::JournalEntry>(m_db,
        u"SELECT %1 FROM journal_entries WHERE resident_id = ? ORDER BY event_date DESC, event_time DESC, hlc DESC"_s
            .arg(QLatin1String(kEntryColumns)),
        core::idToString(residentId), u"journal_entries"_s, readEntry);
}

Result<QList<core::Correction>> JournalRepository::corrections(const core::Id &residentId) const
{
    return queryList<core::Correction>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, resident_id, entry_id, text, reason, "
        "resident_objection, author_name, author_title FROM corrections WHERE resident_id = ? ORDER BY hlc"_s,
        core::idToString(residentId), u"corrections"_s, [](RowReader &r) {
            return core::Correction { r.meta(0), r.id(5), r.id(6), r.text(7), r.text(8), r.flag(9), r.text(10),
                r.text(11) };
        });
}

Result<std::optional<core::JournalEntry>> JournalRepository::entry(const core::Id &id) const
{
    auto found = queryList<core::JournalEntry>(m_db,
        u"SELECT %1 FROM journal_entries WHERE id = ?"_s.arg(QLatin1String(kEntryColumns)), core::idToString(id),
        u"journal_entries"_s, readEntry);
    if (!found) {
        return found.error();
    }
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().constFirst());
}

Result<QList<core::JournalEntry>> JournalRepository::search(const core::Id &residentId, const QString &query) const
{
    const QString expression = searchExpression(residentId, query);
    if (expression.isEmpty()) {
        return entries(residentId);
    }
    QString columns = QLatin1String(kEntryColumns);
    columns.replace(u", "_s, u", e."_s).prepend(u"e."_s);
    // The index finds the resident's hits (the resident is in the expression); the entries are then read by their
    // key. "+" keeps SQLite from walking all of the resident's entries by the resident index instead; the resident
    // is still checked on each row.
    return queryList<core::JournalEntry>(m_db,
        u"SELECT %1 FROM journal_entries e WHERE e.id IN "
        "(SELECT entry_id FROM journal_search WHERE journal_search MATCH ?) AND +e.resident_id = ? "
        "ORDER BY e.event_date DESC, e.event_time DESC, e.hlc DESC"_s.arg(columns),
        QStringList { expression, core::idToString(residentId) }, u"journal_entries"_s, readEntry);
}

Status JournalRepository::saveDraft(
    const core::Id &draftId, const core::Id &authorId, qint64 atMs, const QByteArray &body)
{
    auto statement
        = m_db.prepare(u"INSERT INTO journal_drafts (id, author_id, updated_ms, body) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET updated_ms = excluded.updated_ms, body = excluded.body "
                       "WHERE journal_drafts.author_id = excluded.author_id"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindId(s, 1, draftId);
    bindId(s, 2, authorId);
    s.bind(3, atMs).bind(4, QString::fromUtf8(body));
    return s.run();
}

Result<QList<JournalDraft>> JournalRepository::drafts(const core::Id &authorId) const
{
    return queryList<JournalDraft>(m_db,
        u"SELECT id, updated_ms, body FROM journal_drafts WHERE author_id = ? ORDER BY updated_ms DESC"_s,
        core::idToString(authorId), u"journal_drafts"_s, [](RowReader &r) {
            return JournalDraft { r.id(0), r.int64(1), r.text(2).toUtf8() };
        });
}

Status JournalRepository::deleteDraft(const core::Id &draftId, const core::Id &authorId)
{
    auto statement = m_db.prepare(u"DELETE FROM journal_drafts WHERE id = ? AND author_id = ?"_s);
    if (!statement) {
        return statement.error();
    }
    bindId(statement.value(), 1, draftId);
    bindId(statement.value(), 2, authorId);
    return statement.value().run();
}

} // namespace akten::store
