// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/integrityrepository.h"

#include "app/store/database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace akten::store {

namespace {
constexpr auto kHeardKey = "sync.integrity_heard_ms";
} // namespace

IntegrityRepository::IntegrityRepository(Database &db)
    : m_db(db)
{ }

Result<QList<DeviceIntegrityRecord>> IntegrityRepository::devices() const
{
    auto devices
        = m_db.prepare(u"SELECT device_id, unit_ids, flagged FROM sync_integrity_devices ORDER BY device_id"_s);
    if (!devices) {
        return devices.error();
    }
    QList<DeviceIntegrityRecord> records;
    QHash<QString, qsizetype> index;
    if (auto read = eachRow(devices.value(),
            [&](const Statement &row) {
                index.insert(row.text(0), records.size());
                records.append({ row.text(0), row.text(1).split(u',', Qt::SkipEmptyParts), row.int64(2), {} });
            });
        !read) {
        return read.error();
    }
    auto alarms = m_db.prepare(u"SELECT device_id, device_seq, category, raised_ms, coalesce(decision, ''), decided_ms "
                               "FROM sync_integrity_alarms ORDER BY device_id, device_seq"_s);
    if (!alarms) {
        return alarms.error();
    }
    if (auto read = eachRow(alarms.value(),
            [&](const Statement &row) {
                records[index.value(row.text(0))].alarms.append(
                    { row.int64(1), row.text(2), row.int64(3), row.text(4), row.int64(5) });
            });
        !read) {
        return read.error();
    }
    return records;
}

Result<qint64> IntegrityRepository::heardMs() const
{
    auto query = m_db.prepare(u"SELECT value FROM device_state WHERE key = ?"_s);
    if (!query) {
        return query.error();
    }
    query.value().bind(1, QString::fromLatin1(kHeardKey));
    auto row = query.value().step();
    if (!row) {
        return row.error();
    }
    return row.value() ? query.value().text(0).toLongLong() : 0;
}

Status IntegrityRepository::replace(const QList<DeviceIntegrityRecord> &devices, qint64 heardMs)
{
    if (auto cleared = m_db.exec(u"DELETE FROM sync_integrity_devices"_s); !cleared) { // alarms go with them
        return cleared;
    }
    auto device = m_db.prepare(u"INSERT INTO sync_integrity_devices (device_id, unit_ids, flagged) VALUES (?, ?, ?)"_s);
    auto alarm = m_db.prepare(u"INSERT INTO sync_integrity_alarms (device_id, device_seq, category, raised_ms, "
                              "decision, decided_ms) VALUES (?, ?, ?, ?, nullif(?, ''), ?)"_s);
    if (!device || !alarm) {
        return device ? alarm.error() : device.error();
    }
    for (const DeviceIntegrityRecord &record : devices) {
        device.value().bind(1, record.deviceId).bind(2, record.unitIds.join(u',')).bind(3, record.flaggedEvents);
        if (auto inserted = device.value().run(); !inserted) {
            return inserted;
        }
        device.value().reset();
        for (const DeviceAlarm &a : record.alarms) {
            alarm.value()
                .bind(1, record.deviceId)
                .bind(2, a.deviceSeq)
                .bind(3, a.category)
                .bind(4, a.raisedMs)
                .bind(5, a.decision)
                .bind(6, a.decidedMs);
            if (auto inserted = alarm.value().run(); !inserted) {
                return inserted;
            }
            alarm.value().reset();
        }
    }
    auto heard = m_db.prepare(u"INSERT INTO device_state (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!heard) {
        return heard.error();
    }
    heard.value().bind(1, QString::fromLatin1(kHeardKey)).bind(2, QString::number(heardMs));
    return heard.value().run();
}

} // namespace akten::store
