// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/masterimport.h"

#include "app/records/recordkinds.h"
#include "app/store/database.h"
#include "app/store/migrator.h"
#include "sync/importer/syncrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

Result<QList<QJsonObject>> masterRecordsOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error { ErrorCode::InvalidInput,
            u"not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset) };
    }
    const QJsonObject root = document.object();
    if (root.value("protocol"_L1) != QJsonValue(kProtocolVersion) || !root.value("records"_L1).isArray()) {
        return Error { ErrorCode::InvalidInput,
            u"expected {\"protocol\": %1, \"records\": [...]}"_s.arg(kProtocolVersion) };
    }
    const QJsonArray array = root.value("records"_L1).toArray();
    if (array.size() > kMaxMasterRecords) {
        return Error { ErrorCode::InvalidInput, u"more than %1 records"_s.arg(kMaxMasterRecords) };
    }
    QList<QJsonObject> records;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject record = array.at(i).toObject();
        if (const auto problem = recordShapeProblem(record)) {
            return Error { ErrorCode::InvalidInput, u"record %1: %2"_s.arg(i).arg(*problem) };
        }
        const records::RecordKind *kind = records::recordKind(record.value("kind"_L1).toString());
        if (!kind || kind->merge != records::MergeClass::Master) {
            return Error { ErrorCode::InvalidInput, u"record %1: not a master data kind"_s.arg(i) };
        }
        const QString id = kind->name + u' ' + record.value("key"_L1).toString();
        if (seen.contains(id)) {
            return Error { ErrorCode::InvalidInput, u"record %1: %2 appears twice"_s.arg(i).arg(id) };
        }
        seen.insert(id);
        records.append(record);
    }
    std::stable_sort(records.begin(), records.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return records::recordKindRank(a.value("kind"_L1).toString())
            < records::recordKindRank(b.value("kind"_L1).toString());
    });
    return records;
}

/** Applies the records to an empty in-memory device store: what a tablet refuses is refused here. */
Status checkAgainstDeviceSchema(const QList<QJsonObject> &records)
{
    auto scratch = store::Database::openPlain(u":memory:"_s, store::Database::Mode::CreateIfMissing);
    if (!scratch) {
        return scratch.error();
    }
    if (auto migrated = store::Migrator::bundled().migrate(scratch.value()); !migrated) {
        return migrated.error();
    }
    auto outcomes = sync::SyncRows(scratch.value()).importRecords(records);
    if (!outcomes) {
        return outcomes.error();
    }
    for (qsizetype i = 0; i < outcomes.value().size(); ++i) {
        const sync::ImportOutcome &outcome = outcomes.value().at(i);
        if (outcome.status != sync::ImportOutcome::Status::Accepted) {
            return Error { ErrorCode::InvalidInput,
                u"%1 %2 would be refused by a tablet: %3"_s.arg(
                    records.at(i).value("kind"_L1).toString(), outcome.key, outcome.reason) };
        }
    }
    return {};
}

core::Id idOf(const QJsonValue &value)
{
    return core::idFromString(value.toString());
}

QList<QString> ownUnits(const QJsonObject &record, const QHash<QString, QString> &residentUnits)
{
    const QJsonObject row = record.value("row"_L1).toObject();
    QList<QString> units;
    if (record.value("kind"_L1).toString() == "unit"_L1) {
        units << record.value("key"_L1).toString();
    }
    if (row.value("unit_id"_L1).isString()) {
        units << row.value("unit_id"_L1).toString();
    }
    if (row.value("resident_id"_L1).isString()) {
        units << residentUnits.value(row.value("resident_id"_L1).toString());
    }
    const QJsonObject children = record.value("children"_L1).toObject();
    for (auto table = children.begin(); table != children.end(); ++table) {
        for (const QJsonValue &child : table.value().toArray()) {
            if (child.toObject().value("unit_id"_L1).isString()) {
                units << child.toObject().value("unit_id"_L1).toString();
            }
        }
    }
    return units;
}

} // namespace

QList<QList<QString>> masterScopes(const QList<QJsonObject> &records)
{
    QHash<QString, QString> residentUnits;
    QHash<QString, qsizetype> index; // "kind key" → position in records
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject &record = records.at(i);
        index.insert(record.value("kind"_L1).toString() + u' ' + record.value("key"_L1).toString(), i);
        if (record.value("kind"_L1).toString() == "resident"_L1) {
            const QJsonObject row = record.value("row"_L1).toObject();
            residentUnits.insert(row.value("id"_L1).toString(), row.value("unit_id"_L1).toString());
        }
    }
    QList<QSet<QString>> scopes;
    for (const QJsonObject &record : records) {
        const QList<QString> units = ownUnits(record, residentUnits);
        scopes.append(QSet<QString>(units.cbegin(), units.cend()));
        scopes.last().remove(QString());
    }
    // What a record's child rows refer to (a kontaktman, a staff member's other unit) goes wherever the record goes,
    // so a tablet never gets a reference it cannot resolve. Repeated until nothing changes (chains are short).
    static const QList<std::pair<QLatin1String, QString>> references { { "staff_id"_L1, u"staff "_s },
        { "unit_id"_L1, u"unit "_s } };
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QJsonObject children = records.at(i).value("children"_L1).toObject();
            for (auto table = children.begin(); table != children.end(); ++table) {
                for (const QJsonValue &child : table.value().toArray()) {
                    for (const auto &[column, kindPrefix] : references) {
                        const auto target = index.constFind(kindPrefix + child.toObject().value(column).toString());
                        if (target == index.cend() || *target == i || scopes.at(*target).contains(scopes.at(i))) {
                            continue;
                        }
                        scopes[*target].unite(scopes.at(i));
                        changed = true;
                    }
                }
            }
        }
    }
    QList<QList<QString>> sorted;
    for (const QSet<QString> &scope : std::as_const(scopes)) {
        QList<QString> units(scope.cbegin(), scope.cend());
        std::sort(units.begin(), units.end());
        sorted.append(units);
    }
    return sorted;
}

Result<MasterData> parseMasterImport(const QByteArray &json)
{
    auto records = masterRecordsOf(json);
    if (!records) {
        return records.error();
    }
    if (auto checked = checkAgainstDeviceSchema(records.value()); !checked) {
        return checked.error();
    }
    MasterData master { {}, records.value() };
    for (const QJsonObject &record : std::as_const(master.records)) {
        const QString kind = record.value("kind"_L1).toString();
        const QJsonObject row = record.value("row"_L1).toObject();
        if (kind == "unit"_L1) {
            master.rights.units << idOf(row.value("id"_L1));
        } else if (kind == "staff"_L1) {
            RightsSnapshot::StaffRights staff { idOf(row.value("id"_L1)), row.value("active"_L1).toInt() == 1, {} };
            for (const QJsonValue &membership :
                record.value("children"_L1).toObject().value("staff_units"_L1).toArray()) {
                staff.unitIds << idOf(membership.toObject().value("unit_id"_L1));
            }
            master.rights.staff.append(staff);
        } else if (kind == "resident"_L1) {
            master.rights.residents.append({ idOf(row.value("id"_L1)), idOf(row.value("unit_id"_L1)) });
        }
    }
    const auto invalidId = [](const core::Id &id) { return id.isNull(); };
    if (std::any_of(master.rights.units.cbegin(), master.rights.units.cend(), invalidId)
        || std::any_of(master.rights.staff.cbegin(), master.rights.staff.cend(),
            [&](const auto &staff) {
                return staff.id.isNull() || std::any_of(staff.unitIds.cbegin(), staff.unitIds.cend(), invalidId);
            })
        || std::any_of(master.rights.residents.cbegin(), master.rights.residents.cend(),
            [](const auto &resident) { return resident.id.isNull() || resident.unitId.isNull(); })) {
        return Error { ErrorCode::InvalidInput, u"every unit, staff and resident id must be a UUID"_s };
    }
    if (master.rights.units.isEmpty()) {
        return Error { ErrorCode::InvalidInput, u"no units"_s };
    }
    return master;
}

} // namespace akten::sync
