// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/masterdatarepository.h"

#include "app/core/abbreviationlist.h"
#include "app/store/database.h"
#include "app/store/rowcodec.h"
#include "app/store/storelogging.h"

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

Status runWithId(Database &db, const QString &sql, const core::Id &id)
{
    auto statement = db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    bindId(statement.value(), 1, id);
    return statement.value().run();
}

/** Replaces the rows of a link table (staff_units, resident_contacts) for one owner. */
Status replaceLinks(Database &db, const QString &table, const QString &ownerColumn, const QString &otherColumn,
    const core::Id &owner, const QList<core::Id> &others, bool withPosition)
{
    if (auto cleared = runWithId(db, u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table, ownerColumn), owner); !cleared) {
        return cleared;
    }
    const QString sql = withPosition
        ? u"INSERT INTO %1 (%2, %3, position) VALUES (?, ?, ?)"_s.arg(table, ownerColumn, otherColumn)
        : u"INSERT INTO %1 (%2, %3) VALUES (?, ?)"_s.arg(table, ownerColumn, otherColumn);
    auto statement = db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    for (int i = 0; i < others.size(); ++i) {
        bindId(statement.value(), 1, owner);
        bindId(statement.value(), 2, others.at(i));
        if (withPosition) {
            statement.value().bind(3, i);
        }
        if (auto inserted = statement.value().run(); !inserted) {
            return inserted;
        }
    }
    return {};
}

Result<QList<core::Id>> links(Database &db, const QString &sql, const core::Id &owner)
{
    return queryList<core::Id>(db, sql, { core::idToString(owner) }, u"links"_s, [](RowReader &r) { return r.id(0); });
}

/** The links of many owners in one query (`sql` selects owner, other in each owner's order), not one per owner. */
Result<QHash<core::Id, QList<core::Id>>> linksByOwner(Database &db, const QString &sql, const QStringList &params)
{
    auto rows = queryList<std::pair<core::Id, core::Id>>(
        db, sql, params, u"links"_s, [](RowReader &r) { return std::pair(r.id(0), r.id(1)); });
    if (!rows) {
        return rows.error();
    }
    QHash<core::Id, QList<core::Id>> byOwner;
    for (const auto &[owner, other] : std::as_const(rows.value())) {
        byOwner[owner].append(other);
    }
    return byOwner;
}

core::Resident readResident(RowReader &r)
{
    core::Resident resident;
    resident.id = r.id(0);
    resident.unitId = r.id(1);
    resident.firstName = r.text(2);
    resident.lastName = r.text(3);
    resident.personalNumber = r.text(4);
    resident.birthDate = r.date(5);
    resident.room = r.text(6);
    resident.protectedIdentity = r.flag(7);
    resident.representative = r.text(8);
    resident.movedIn = r.optionalDate(9).value_or(QDate());
    return resident;
}

constexpr auto kResidentColumns = "id, unit_id, first_name, last_name, personal_number, birth_date, room, "
                                  "protected_identity, representative, moved_in";

} // namespace

MasterDataRepository::MasterDataRepository(Database &db)
    : m_db(db)
{ }

Status MasterDataRepository::upsertUnit(const core::Unit &unit)
{
    const QByteArray abbreviations = core::encodeAbbreviations(unit.abbreviations);
    if (auto checked = core::decodeAbbreviations(abbreviations); !checked) {
        return checked.error();
    }
    auto statement = m_db.prepare(u"INSERT INTO units (id, name, kind, municipality, window_before_minutes, "
                                  "window_after_minutes, board_label, abbreviations) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                                  "municipality = excluded.municipality, "
                                  "window_before_minutes = excluded.window_before_minutes, "
                                  "window_after_minutes = excluded.window_after_minutes, "
                                  "board_label = excluded.board_label, abbreviations = excluded.abbreviations"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindId(s, 1, unit.id);
    s.bind(2, unit.name).bind(3, core::toCode(unit.kind)).bind(4, unit.municipality);
    s.bind(5, unit.signingWindow.beforeMinutes).bind(6, unit.signingWindow.afterMinutes);
    s.bind(7, core::toCode(unit.boardLabel));
    return s.bind(8, QString::fromUtf8(abbreviations)).run();
}

Status MasterDataRepository::upsertStaff(const core::Staff &staff)
{
    auto statement = m_db.prepare(u"INSERT INTO staff (id, first_name, last_name, title, role, active) "
                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                  "first_name = excluded.first_name, last_name = excluded.last_name, "
                                  "title = excluded.title, role = excluded.role, active = excluded.active"_s);
    if (!statement) {
        return statement.error();
    }
    bindId(statement.value(), 1, staff.id);
    statement.value().bind(2, staff.firstName).bind(3, staff.lastName).bind(4, staff.title);
    statement.value().bind(5, core::toCode(staff.role)).bind(6, staff.active ? 1 : 0);
    if (auto upserted = statement.value().run(); !upserted) {
        return upserted;
    }
    return replaceLinks(m_db, u"staff_units"_s, u"staff_id"_s, u"unit_id"_s, staff.id, staff.unitIds, false);
}

Status MasterDataRepository::upsertResident(const core::Resident &resident)
{
    auto statement = m_db.prepare(
        u"INSERT INTO residents (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "unit_id = excluded.unit_id, first_name = excluded.first_name, last_name = excluded.last_name, "
        "personal_number = excluded.personal_number, birth_date = excluded.birth_date, room = excluded.room, "
        "protected_identity = excluded.protected_identity, representative = excluded.representative, "
        "moved_in = excluded.moved_in"_s.arg(QLatin1String(kResidentColumns)));
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindId(s, 1, resident.id);
    bindId(s, 2, resident.unitId);
    s.bind(3, resident.firstName).bind(4, resident.lastName).bind(5, resident.personalNumber);
    bindDate(s, 6, resident.birthDate);
    s.bind(7, resident.room).bind(8, resident.protectedIdentity ? 1 : 0).bind(9, resident.representative);
    bindOptionalDate(s, 10, resident.movedIn.isValid() ? std::optional(resident.movedIn) : std::nullopt);
    if (auto upserted = s.run(); !upserted) {
        return upserted;
    }
    return replaceLinks(
        m_db, u"resident_contacts"_s, u"resident_id"_s, u"staff_id"_s, resident.id, resident.contactPersonIds, true);
}

Status MasterDataRepository::upsertDecision(const core::Decision &decision)
{
    auto statement = m_db.prepare(
        u"INSERT INTO decisions (id, resident_id, law, decided_by, decided_on, valid_from, valid_to, goals, "
        "assignment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "resident_id = excluded.resident_id, law = excluded.law, decided_by = excluded.decided_by, "
        "decided_on = excluded.decided_on, valid_from = excluded.valid_from, valid_to = excluded.valid_to, "
        "goals = excluded.goals, assignment = excluded.assignment"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindId(s, 1, decision.id);
    bindId(s, 2, decision.residentId);
    s.bind(3, core::toCode(decision.law)).bind(4, decision.decidedBy);
    bindDate(s, 5, decision.decidedOn);
    bindDate(s, 6, decision.validFrom);
    bindOptionalDate(s, 7, decision.validTo);
    s.bind(8, decision.goals).bind(9, decision.assignment);
    if (auto upserted = s.run(); !upserted) {
        return upserted;
    }
    if (auto cleared = runWithId(m_db, u"DELETE FROM insatser WHERE decision_id = ?"_s, decision.id); !cleared) {
        return cleared;
    }
    auto insert = m_db.prepare(u"INSERT INTO insatser (id, decision_id, position, title, legal_reference, scope) "
                               "VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!insert) {
        return insert.error();
    }
    for (int i = 0; i < decision.insatser.size(); ++i) {
        const core::Insats &insats = decision.insatser.at(i);
        bindId(insert.value(), 1, insats.id);
        bindId(insert.value(), 2, decision.id);
        insert.value().bind(3, i).bind(4, insats.title).bind(5, insats.legalReference).bind(6, insats.scope);
        if (auto inserted = insert.value().run(); !inserted) {
            return inserted;
        }
    }
    return {};
}

Status MasterDataRepository::addDocument(const core::DocumentRecord &document)
{
    auto statement = m_db.prepare(u"INSERT INTO documents (id, resident_id, kind, title, date, received, "
                                  "registered_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindId(s, 1, document.id);
    bindId(s, 2, document.residentId);
    s.bind(3, document.kind).bind(4, document.title);
    bindDate(s, 5, document.date);
    s.bind(6, document.received ? 1 : 0);
    bindId(s, 7, document.registeredBy);
    return s.run();
}

Result<QList<core::Unit>> MasterDataRepository::units() const
{
    return queryList<core::Unit>(m_db,
        u"SELECT id, name, kind, municipality, window_before_minutes, window_after_minutes, board_label, abbreviations "
        "FROM units ORDER BY name"_s,
        QStringList(), u"units"_s, [](RowReader &r) {
            auto abbreviations = core::decodeAbbreviations(r.text(7).toUtf8());
            if (!abbreviations) {
                // Only a synced row can get here (upsertUnit checks); the unit still opens, without its own list.
                qCWarning(lcStore) << "unit" << r.text(0)
                                   << "has an unreadable abbreviation list:" << abbreviations.error().message;
            }
            return core::Unit { r.id(0), r.text(1), r.code<core::UnitKind>(2), r.text(3),
                core::SigningWindow { int(r.int64(4)), int(r.int64(5)) }, r.code<core::BoardLabel>(6),
                abbreviations ? abbreviations.value() : QList<core::Abbreviation> {} };
        });
}

Result<QList<core::Staff>> MasterDataRepository::staff() const
{
    auto rows = queryList<core::Staff>(m_db,
        u"SELECT id, first_name, last_name, title, role, active FROM staff ORDER BY last_name, first_name"_s,
        QStringList(), u"staff"_s, [](RowReader &r) {
            return core::Staff { r.id(0), r.text(1), r.text(2), r.text(3), r.code<core::StaffRole>(4), {}, r.flag(5) };
        });
    if (!rows) {
        return rows;
    }
    auto units = linksByOwner(m_db, u"SELECT staff_id, unit_id FROM staff_units ORDER BY staff_id, unit_id"_s, {});
    if (!units) {
        return units.error();
    }
    for (core::Staff &member : rows.value()) {
        member.unitIds = units.value().value(member.id);
    }
    return rows;
}

Result<core::Staff> MasterDataRepository::staffMember(const core::Id &id) const
{
    auto all = staff();
    if (!all) {
        return all.error();
    }
    for (const core::Staff &member : all.value()) {
        if (member.id == id) {
            return member;
        }
    }
    return Error { ErrorCode::NotFound, u"no such staff member"_s };
}

Result<QList<core::Resident>> MasterDataRepository::residents(const core::Id &unitId) const
{
    const QString sql = u"SELECT %1 FROM residents %2 ORDER BY last_name, first_name"_s.arg(
        QLatin1String(kResidentColumns), unitId.isNull() ? QString() : u"WHERE unit_id = ?"_s);
    auto rows = queryList<core::Resident>(m_db, sql,
        unitId.isNull() ? QStringList() : QStringList { core::idToString(unitId) }, u"residents"_s, readResident);
    if (!rows) {
        return rows;
    }
    auto contacts = linksByOwner(m_db,
        u"SELECT resident_id, staff_id FROM resident_contacts %1 ORDER BY resident_id, position"_s.arg(
            unitId.isNull() ? QString() : u"WHERE resident_id IN (SELECT id FROM residents WHERE unit_id = ?)"_s),
        unitId.isNull() ? QStringList() : QStringList { core::idToString(unitId) });
    if (!contacts) {
        return contacts.error();
    }
    for (core::Resident &resident : rows.value()) {
        resident.contactPersonIds = contacts.value().value(resident.id);
    }
    return rows;
}

Result<core::Resident> MasterDataRepository::resident(const core::Id &id) const
{
    auto rows = queryList<core::Resident>(m_db,
        u"SELECT %1 FROM residents WHERE id = ?"_s.arg(QLatin1String(kResidentColumns)), core::idToString(id),
        u"residents"_s, readResident);
    if (!rows) {
        return rows.error();
    }
    if (rows.value().isEmpty()) {
        return Error { ErrorCode::NotFound, u"no such resident"_s };
    }
    core::Resident resident = rows.value().constFirst();
    auto contacts
        = links(m_db, u"SELECT staff_id FROM resident_contacts WHERE resident_id = ? ORDER BY position"_s, id);
    if (!contacts) {
        return contacts.error();
    }
    resident.contactPersonIds = contacts.value();
    return resident;
}

Result<QList<core::Decision>> MasterDataRepository::decisions(const core::Id &residentId) const
{
    auto rows = queryList<core::Decision>(m_db,
        u"SELECT id, resident_id, law, decided_by, decided_on, valid_from, valid_to, goals, assignment "
        "FROM decisions WHERE resident_id = ? ORDER BY valid_from DESC"_s,
        core::idToString(residentId), u"decisions"_s, [](RowReader &r) {
            return core::Decision { r.id(0), r.id(1), r.code<core::Law>(2), r.text(3), r.date(4), r.date(5),
                r.optionalDate(6), r.text(7), r.text(8), {} };
        });
    if (!rows) {
        return rows;
    }
    for (core::Decision &decision : rows.value()) {
        auto insatser = queryList<core::Insats>(m_db,
            u"SELECT id, title, legal_reference, scope FROM insatser WHERE decision_id = ? ORDER BY position"_s,
            core::idToString(decision.id), u"insatser"_s, [](RowReader &r) {
                return core::Insats { r.id(0), r.text(1), r.text(2), r.text(3) };
            });
        if (!insatser) {
            return insatser.error();
        }
        decision.insatser = insatser.value();
    }
    return rows;
}

Result<QList<core::DocumentRecord>> MasterDataRepository::documents(const core::Id &residentId) const
{
    return queryList<core::DocumentRecord>(m_db,
        u"SELECT id, resident_id, kind, title, date, received, registered_by FROM documents "
        "WHERE resident_id = ? ORDER BY date DESC"_s,
        core::idToString(residentId), u"documents"_s, [](RowReader &r) {
            return core::DocumentRecord { r.id(0), r.id(1), r.text(2), r.text(3), r.date(4), r.flag(5), r.id(6) };
        });
}

} // namespace akten::store
