// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/daynoterepository.h"

#include "app/store/database.h"
#include "app/store/rowcodec.h"

using namespace Qt::StringLiterals;

namespace akten::store {

namespace {

// The first review of each note (two tablets may both have reviewed it; the first one counts).
constexpr auto kListing
    = "SELECT n.id, n.author_id, n.device_id, n.hlc, n.wall_ms, n.resident_id, n.text, "
      "coalesce(a.first_name || ' ' || a.last_name, ''), coalesce(a.title, ''), r.first_name || ' ' || r.last_name, "
      "r.unit_id, v.id, v.author_id, v.device_id, v.hlc, v.wall_ms, v.outcome, "
      "coalesce(b.first_name || ' ' || b.last_name, ''), r.protected_identity "
      "FROM day_notes n JOIN residents r ON r.id = n.resident_id LEFT JOIN staff a ON a.id = n.author_id "
      "LEFT JOIN day_note_reviews v ON v.id = (SELECT id FROM day_note_reviews WHERE note_id = n.id ORDER BY hlc "
      "LIMIT 1) LEFT JOIN staff b ON b.id = v.author_id ";

DayNoteListing readListing(RowReader &r)
{
    DayNoteListing listing { { r.meta(0), r.id(5), r.text(6) }, r.text(7), r.text(8), r.text(9), r.id(10), {},
        r.text(17), r.flag(18) };
    if (!r.isNull(11)) {
        const auto outcome = core::dayNoteReviewOutcomeFromCode(r.text(16));
        listing.review = core::DayNoteReview { r.meta(11), listing.note.meta.id, listing.note.residentId,
            outcome.value_or(core::DayNoteReviewOutcome::Nothing) };
    }
    return listing;
}

} // namespace

DayNoteRepository::DayNoteRepository(Database &db)
    : m_db(db)
{ }

Status DayNoteRepository::add(const core::DayNote &note)
{
    auto statement = m_db.prepare(u"INSERT INTO day_notes (id, author_id, device_id, hlc, wall_ms, resident_id, text) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, note.meta);
    bindId(s, 6, note.residentId);
    s.bind(7, note.text);
    return s.run();
}

Status DayNoteRepository::addReview(const core::DayNoteReview &review)
{
    auto statement = m_db.prepare(
        u"INSERT INTO day_note_reviews (id, author_id, device_id, hlc, wall_ms, note_id, resident_id, outcome) "
        "SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM day_notes WHERE id = ?6 AND resident_id = ?7) "
        "AND NOT EXISTS (SELECT 1 FROM day_note_reviews WHERE note_id = ?6)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, review.meta);
    bindId(s, 6, review.noteId);
    bindId(s, 7, review.residentId);
    s.bind(8, core::toCode(review.outcome));
    if (auto inserted = s.run(); !inserted) {
        return inserted;
    }
    if (m_db.changes() != 1) {
        return Error { ErrorCode::InvalidInput, u"no unreviewed day note of that resident"_s };
    }
    return {};
}

Result<QList<DayNoteListing>> DayNoteRepository::query(const QString &where, const QStringList &params) const
{
    return queryList<DayNoteListing>(
        m_db, QLatin1String(kListing) + where, params, u"day_notes"_s, [](RowReader &r) { return readListing(r); });
}

Result<QList<DayNoteListing>> DayNoteRepository::listing(
    const QList<core::Id> &unitIds, const std::optional<core::Id> &residentId) const
{
    if (unitIds.isEmpty()) {
        return QList<DayNoteListing> {};
    }
    QStringList params;
    QStringList marks;
    for (const core::Id &unit : unitIds) {
        params << core::idToString(unit);
        marks << u"?"_s;
    }
    QString where = u"WHERE r.unit_id IN (%1)"_s.arg(marks.join(u", "_s));
    if (residentId) {
        where += u" AND n.resident_id = ?"_s;
        params << core::idToString(*residentId);
    }
    return query(where + u" ORDER BY n.wall_ms DESC, n.hlc DESC"_s, params);
}

Result<std::optional<DayNoteListing>> DayNoteRepository::find(const core::Id &noteId) const
{
    auto found = query(u"WHERE n.id = ?"_s, { core::idToString(noteId) });
    if (!found) {
        return found.error();
    }
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().constFirst());
}

Result<QList<DayNoteListing>> DayNoteRepository::writtenBefore(qint64 cutoffMs) const
{
    return query(u"WHERE n.wall_ms < CAST(? AS INTEGER) ORDER BY n.wall_ms, n.hlc"_s, { QString::number(cutoffMs) });
}

Status DayNoteRepository::purge(const core::Id &noteId, qint64 cutoffMs)
{
    // The trigger day_notes_purge_only lets a delete through only below this mark, set for this delete alone.
    auto mark = m_db.prepare(u"INSERT INTO device_state (key, value) VALUES ('day_notes.purge_before_ms', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!mark) {
        return mark.error();
    }
    if (auto marked = mark.value().bind(1, QString::number(cutoffMs)).run(); !marked) {
        return marked;
    }
    auto remove = m_db.prepare(u"DELETE FROM day_notes WHERE id = ? AND wall_ms < ?"_s);
    if (!remove) {
        return remove.error();
    }
    bindId(remove.value(), 1, noteId);
    remove.value().bind(2, cutoffMs);
    const Status removed = remove.value().run();
    const int deleted = m_db.changes();
    if (auto cleared = m_db.exec(u"DELETE FROM device_state WHERE key = 'day_notes.purge_before_ms'"_s); !cleared) {
        return cleared;
    }
    if (!removed) {
        return removed;
    }
    return deleted == 1 ? Status {} : Status { Error { ErrorCode::NotFound, u"no expired day note with that id"_s } };
}

} // namespace akten::store
