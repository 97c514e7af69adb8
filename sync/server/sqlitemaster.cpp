// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SqliteLedger's master data (the newest version of each record and the units it belongs to) and the rights derived
// from it that uploads are checked against.
#include "sync/server/sqliteledger.h"

#include "app/store/statement.h"

using namespace Qt::StringLiterals;

namespace akten::sync {

Status SqliteLedger::replaceRights(const RightsSnapshot &rights)
{
    if (auto cleared = m_db.exec(u"DELETE FROM staff_units; DELETE FROM residents; DELETE FROM staff"_s); !cleared) {
        return cleared;
    }
    for (const core::Id &unit : rights.units) {
        if (auto added = run(u"INSERT OR IGNORE INTO units (id) VALUES (?)"_s, { core::idToString(unit) }); !added) {
            return added.error();
        }
    }
    for (const auto &staff : rights.staff) {
        const QString id = core::idToString(staff.id);
        if (auto added = run(u"INSERT INTO staff (id, active) VALUES (?, ?)"_s, { id, qint64(staff.active ? 1 : 0) });
            !added) {
            return added.error();
        }
        for (const core::Id &unit : staff.unitIds) {
            if (auto added
                = run(u"INSERT INTO staff_units (staff_id, unit_id) VALUES (?, ?)"_s, { id, core::idToString(unit) });
                !added) {
                return added.error();
            }
        }
    }
    for (const auto &resident : rights.residents) {
        if (auto added = run(u"INSERT INTO residents (id, unit_id) VALUES (?, ?)"_s,
                { core::idToString(resident.id), core::idToString(resident.unitId) });
            !added) {
            return added.error();
        }
    }
    return {};
}

Result<QHash<QString, QString>> SqliteLedger::residentUnits(const QList<QString> &residentIds)
{
    QHash<QString, QString> units;
    for (const QString &id : residentIds) {
        auto unit = scalar(u"SELECT unit_id FROM residents WHERE id = ?"_s, { id });
        if (!unit) {
            return unit.error();
        }
        if (unit.value()) {
            units.insert(id, unit.value()->toString());
        }
    }
    return units;
}

Result<QSet<QString>> SqliteLedger::activeStaffUnits(const QList<QString> &staffIds)
{
    auto query = m_db.prepare(u"SELECT u.unit_id FROM staff s JOIN staff_units u ON u.staff_id = s.id "
                              "WHERE s.id = ? AND s.active = 1"_s);
    if (!query) {
        return query.error();
    }
    QSet<QString> active;
    for (const QString &id : staffIds) {
        query.value().reset();
        query.value().bind(1, id);
        for (;;) {
            auto row = query.value().step();
            if (!row) {
                return row.error();
            }
            if (!row.value()) {
                break;
            }
            active.insert(id + u' ' + query.value().text(0));
        }
    }
    return active;
}

Result<QList<CentralLedger::MasterEntry>> SqliteLedger::masterRecords()
{
    auto query = m_db.prepare(u"SELECT m.kind, m.record_key, m.rank, m.body, "
                              "(SELECT group_concat(unit_id) FROM master_scope s "
                              "WHERE s.kind = m.kind AND s.record_key = m.record_key) "
                              "FROM master_records m ORDER BY m.rank, m.record_key"_s);
    if (!query) {
        return query.error();
    }
    QList<MasterEntry> entries;
    if (auto read = store::eachRow(query.value(),
            [&](const store::Statement &row) {
                entries.append({ row.text(0), row.text(1), int(row.int64(2)), row.text(3),
                    row.text(4).split(u',', Qt::SkipEmptyParts) });
            });
        !read) {
        return read.error();
    }
    return entries;
}

Status SqliteLedger::putMaster(const MasterEntry &entry)
{
    if (auto stored = run(u"INSERT INTO master_records (kind, record_key, rank, body) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (kind, record_key) DO UPDATE SET rank = excluded.rank, body = excluded.body"_s,
            { entry.kind, entry.key, qint64(entry.rank), entry.body });
        !stored) {
        return stored.error();
    }
    if (auto cleared = run(u"DELETE FROM master_scope WHERE kind = ? AND record_key = ?"_s, { entry.kind, entry.key });
        !cleared) {
        return cleared.error();
    }
    for (const QString &unit : entry.unitIds) {
        if (auto added = run(u"INSERT OR IGNORE INTO master_scope (kind, record_key, unit_id) VALUES (?, ?, ?)"_s,
                { entry.kind, entry.key, unit });
            !added) {
            return added.error();
        }
    }
    return {};
}

Result<QList<QString>> SqliteLedger::masterFor(const QList<QString> &unitIds)
{
    QStringList marks;
    marks.fill(u"?"_s, unitIds.size());
    auto query = m_db.prepare(u"SELECT m.body FROM master_records m WHERE EXISTS (SELECT 1 FROM master_scope s "
                              "WHERE s.kind = m.kind AND s.record_key = m.record_key AND s.unit_id IN (%1)) "
                              "ORDER BY m.rank, m.record_key"_s.arg(marks.join(u", "_s)));
    if (!query) {
        return query.error();
    }
    bindAll(query.value(), QVariantList(unitIds.cbegin(), unitIds.cend()));
    QList<QString> bodies;
    if (auto read = store::eachRow(query.value(), [&](const store::Statement &row) { bodies.append(row.text(0)); });
        !read) {
        return read.error();
    }
    return bodies;
}

} // namespace akten::sync
