// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/embeddedcentralstore.h"

#include "store/keyprovider.h"
#include "store/migrator.h"
#include "store/recordkinds.h"
#include "store/secretbytes.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

static void initCentralMigrations()
{
    Q_INIT_RESOURCE(central_migrations); // the resource lives in a static library
}

namespace akten::sync {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString kZeroHash = QString::fromLatin1(QByteArray(32, '\0').toBase64());

template<typename F> Status eachRow(Result<store::Statement> &statement, F &&onRow)
{
    if (!statement) {
        return statement.error();
    }
    while (true) {
        auto more = statement.value().step();
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            return {};
        }
        onRow(statement.value());
    }
}

} // namespace

EmbeddedCentralStore::EmbeddedCentralStore(store::Database db, const core::Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

Result<std::unique_ptr<EmbeddedCentralStore>> EmbeddedCentralStore::open(
    const QString &dir, store::KeyProvider &keys, const core::Clock &clock)
{
    initCentralMigrations();
    if (!QDir().mkpath(dir)) {
        return Error { ErrorCode::Io, u"cannot create %1"_s.arg(dir) };
    }
    const QString wrappedPath = dir + u"/datakey.wrapped"_s;
    const bool fresh = !QFile::exists(wrappedPath);
    if (auto prepared = keys.prepare(fresh); !prepared) {
        return prepared.error();
    }
    store::SecretBytes dataKey;
    if (fresh) {
        dataKey = store::SecretBytes::random(32);
        auto wrapped = keys.wrap(dataKey);
        if (!wrapped) {
            return wrapped.error();
        }
        QSaveFile file(wrappedPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(wrapped.value()) != wrapped.value().size()
            || !file.commit()) {
            return Error { ErrorCode::Io, u"cannot write %1"_s.arg(wrappedPath) };
        }
    } else {
        QFile file(wrappedPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error { ErrorCode::Io, u"cannot read %1"_s.arg(wrappedPath) };
        }
        auto unwrapped = keys.unwrap(file.read(4096));
        if (!unwrapped) {
            return unwrapped.error();
        }
        dataKey = std::move(unwrapped).value();
    }
    auto db = store::Database::openEncrypted(dir + u"/central.db"_s, dataKey,
        fresh ? store::Database::Mode::CreateIfMissing : store::Database::Mode::OpenExisting);
    if (!db) {
        return db.error();
    }
    if (auto migrated = store::Migrator::fromResources(u":/akten/central/migrations"_s).migrate(db.value());
        !migrated) {
        return migrated.error();
    }
    return std::unique_ptr<EmbeddedCentralStore>(new EmbeddedCentralStore(std::move(db).value(), clock));
}

Status EmbeddedCentralStore::setRights(const RightsSnapshot &rights)
{
    store::Transaction tx(m_db);
    if (auto started = tx.start(); !started) {
        return started;
    }
    // Rows are replaced in place (devices and records refer to units, so units are only ever added).
    if (auto cleared = m_db.exec(u"DELETE FROM staff_units; DELETE FROM residents; DELETE FROM staff"_s); !cleared) {
        return cleared;
    }
    const auto run = [this](const QString &sql, const QStringList &values) -> Status {
        auto statement = m_db.prepare(sql);
        if (!statement) {
            return statement.error();
        }
        for (int i = 0; i < values.size(); ++i) {
            statement.value().bind(i + 1, values.at(i));
        }
        return statement.value().run();
    };
    for (const core::Id &unit : rights.units) {
        if (auto added = run(u"INSERT OR IGNORE INTO units (id) VALUES (?)"_s, { core::idToString(unit) }); !added) {
            return added;
        }
    }
    for (const auto &staff : rights.staff) {
        const QString id = core::idToString(staff.id);
        if (auto added = run(u"INSERT INTO staff (id, active) VALUES (?, CAST(? AS INTEGER))"_s,
                { id, staff.active ? u"1"_s : u"0"_s });
            !added) {
            return added;
        }
        for (const core::Id &unit : staff.unitIds) {
            if (auto added
                = run(u"INSERT INTO staff_units (staff_id, unit_id) VALUES (?, ?)"_s, { id, core::idToString(unit) });
                !added) {
                return added;
            }
        }
    }
    for (const auto &resident : rights.residents) {
        if (auto added = run(u"INSERT INTO residents (id, unit_id) VALUES (?, ?)"_s,
                { core::idToString(resident.id), core::idToString(resident.unitId) });
            !added) {
            return added;
        }
    }
    return tx.commit();
}

Status EmbeddedCentralStore::enrolDevice(const QString &deviceId, const QList<core::Id> &unitIds)
{
    store::Transaction tx(m_db);
    if (auto started = tx.start(); !started) {
        return started;
    }
    auto device = m_db.prepare(u"INSERT INTO devices (device_id) VALUES (?) ON CONFLICT DO NOTHING"_s);
    if (!device) {
        return device.error();
    }
    device.value().bind(1, deviceId);
    if (auto added = device.value().run(); !added) {
        return added;
    }
    auto clear = m_db.prepare(u"DELETE FROM device_units WHERE device_id = ?"_s);
    if (!clear) {
        return clear.error();
    }
    clear.value().bind(1, deviceId);
    if (auto cleared = clear.value().run(); !cleared) {
        return cleared;
    }
    for (const core::Id &unit : unitIds) {
        auto insert = m_db.prepare(u"INSERT INTO device_units (device_id, unit_id) VALUES (?, ?)"_s);
        if (!insert) {
            return insert.error();
        }
        insert.value().bind(1, deviceId).bind(2, core::idToString(unit));
        if (auto added = insert.value().run(); !added) {
            return added;
        }
    }
    return tx.commit();
}

Status EmbeddedCentralStore::revokeDevice(const QString &deviceId)
{
    auto revoke = m_db.prepare(u"UPDATE devices SET revoked = 1 WHERE device_id = ?"_s);
    if (!revoke) {
        return revoke.error();
    }
    revoke.value().bind(1, deviceId);
    if (auto done = revoke.value().run(); !done) {
        return done;
    }
    return m_db.changes() == 1 ? Status {} : Status { Error { ErrorCode::NotFound, u"no such device"_s } };
}

Result<QList<QString>> EmbeddedCentralStore::deviceUnits(const QString &deviceId)
{
    auto device = m_db.prepare(u"SELECT revoked FROM devices WHERE device_id = ?"_s);
    if (!device) {
        return device.error();
    }
    device.value().bind(1, deviceId);
    auto found = device.value().step();
    if (!found) {
        return found.error();
    }
    if (!found.value() || device.value().int64(0) != 0) {
        return Error { ErrorCode::Forbidden, u"device unknown or revoked"_s };
    }
    QList<QString> units;
    auto query = m_db.prepare(u"SELECT unit_id FROM device_units WHERE device_id = ? ORDER BY unit_id"_s);
    if (query) {
        query.value().bind(1, deviceId);
    }
    if (auto read = eachRow(query, [&](const store::Statement &row) { units << row.text(0); }); !read) {
        return read.error();
    }
    return units;
}

Result<EmbeddedCentralStore::Verdict> EmbeddedCentralStore::judge(
    const QString &deviceId, const QList<QString> &deviceUnits, const QJsonObject &record)
{
    const store::RecordKind *kind = store::recordKind(record.value("kind"_L1).toString());
    const QJsonObject row = record.value("row"_L1).toObject();
    if (!kind) {
        return Verdict { {}, u"unknown record kind"_s };
    }
    if (row.value("device_id"_L1).toString() != deviceId) {
        return Verdict { {}, u"the record names another device"_s };
    }
    QStringList keyValues;
    for (const QString &column : kind->keyColumns) {
        const QJsonValue value = row.value(column);
        keyValues << (value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString());
    }
    if (keyValues.join(u':') != record.value("key"_L1).toString()) {
        return Verdict { {}, u"the key does not match the record"_s };
    }
    QString unit = row.value("unit_id"_L1).toString();
    if (row.contains("resident_id"_L1) && !row.value("resident_id"_L1).isNull()) {
        auto home = m_db.prepare(u"SELECT unit_id FROM residents WHERE id = ?"_s);
        if (!home) {
            return home.error();
        }
        home.value().bind(1, row.value("resident_id"_L1).toString());
        auto found = home.value().step();
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return Verdict { {}, u"unknown resident"_s };
        }
        unit = home.value().text(0);
    }
    if (unit.isEmpty() && !deviceUnits.isEmpty()) {
        unit = deviceUnits.constFirst(); // a device-level event (login, lock) belongs to the device's unit
    }
    if (!deviceUnits.contains(unit)) {
        return Verdict { unit, u"the device is not enrolled for this unit"_s };
    }
    const QString author = row.value("author_id"_L1).toString();
    const bool systemEvent = kind->merge == store::MergeClass::Audit && author.isEmpty();
    if (!systemEvent) {
        auto rights = m_db.prepare(u"SELECT 1 FROM staff s JOIN staff_units u ON u.staff_id = s.id "
                                   "WHERE s.id = ? AND s.active = 1 AND u.unit_id = ?"_s);
        if (!rights) {
            return rights.error();
        }
        rights.value().bind(1, author).bind(2, unit);
        auto allowed = rights.value().step();
        if (!allowed) {
            return allowed.error();
        }
        if (!allowed.value()) {
            return Verdict { unit, u"the author is not active staff of the unit now"_s };
        }
    }
    if (kind->merge == store::MergeClass::Audit) {
        auto head = m_db.prepare(u"SELECT seq, hash FROM audit_heads WHERE device_id = ?"_s);
        if (!head) {
            return head.error();
        }
        head.value().bind(1, deviceId);
        auto found = head.value().step();
        if (!found) {
            return found.error();
        }
        const qint64 headSeq = found.value() ? head.value().int64(0) : 0;
        const QString headHash = found.value() ? head.value().text(1) : kZeroHash;
        if (qint64(row.value("seq"_L1).toDouble()) != headSeq + 1) {
            return Verdict { unit, u"audit chain gap (expected seq %1)"_s.arg(headSeq + 1) };
        }
        if (row.value("prev_hash"_L1).toObject().value("b64"_L1).toString() != headHash) {
            return Verdict { unit, u"audit chain fork or rollback at seq %1"_s.arg(headSeq + 1) };
        }
    }
    return Verdict { unit, {} };
}

Status EmbeddedCentralStore::advanceAuditHead(const QString &deviceId, const QJsonObject &row)
{
    auto advance = m_db.prepare(u"INSERT INTO audit_heads (device_id, seq, hash) VALUES (?, ?, ?) "
                                "ON CONFLICT (device_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"_s);
    if (!advance) {
        return advance.error();
    }
    advance.value()
        .bind(1, deviceId)
        .bind(2, qint64(row.value("seq"_L1).toDouble()))
        .bind(3, row.value("hash"_L1).toObject().value("b64"_L1).toString());
    return advance.value().run();
}

Result<ItemStatus> EmbeddedCentralStore::storedAs(const QString &deviceId, qint64 seq, const QJsonObject &record)
{
    for (const QString &table : { u"records"_s, u"rejected"_s }) {
        auto query = m_db.prepare(u"SELECT body FROM %1 WHERE device_id = ? AND device_seq = ?"_s.arg(table));
        if (!query) {
            return query.error();
        }
        query.value().bind(1, deviceId).bind(2, seq);
        auto found = query.value().step();
        if (!found) {
            return found.error();
        }
        if (found.value()) {
            if (query.value().text(0) != compact(record)) {
                return ItemStatus::Rejected; // the device sends something else under a seq it used before
            }
            return table == "records"_L1 ? ItemStatus::Duplicate : ItemStatus::Rejected;
        }
    }
    return ItemStatus::Duplicate; // acknowledged before under the same seq; nothing to do
}

Result<UploadResponse> EmbeddedCentralStore::applyUpload(const UploadRequest &request)
{
    const auto units = deviceUnits(request.deviceId);
    if (!units) {
        return units.error();
    }
    store::Transaction tx(m_db);
    if (auto started = tx.start(); !started) {
        return started.error();
    }
    auto progress = m_db.prepare(u"SELECT acked_through FROM devices WHERE device_id = ?"_s);
    if (!progress) {
        return progress.error();
    }
    progress.value().bind(1, request.deviceId);
    if (auto row = progress.value().step(); !row || !row.value()) {
        return Error { ErrorCode::Internal, u"device progress unreadable"_s };
    }
    qint64 acked = progress.value().int64(0);
    if (!request.items.isEmpty() && request.items.constFirst().deviceSeq > acked + 1) {
        return Error { ErrorCode::InvalidInput, u"upload gap: expected seq %1"_s.arg(acked + 1) };
    }
    UploadResponse response;
    const qint64 now = m_clock.nowMs();
    for (const UploadItem &item : request.items) {
        const QString body = compact(item.record);
        if (item.deviceSeq <= acked) {
            const auto before = storedAs(request.deviceId, item.deviceSeq, item.record);
            if (!before) {
                return before.error();
            }
            response.results.append({ item.deviceSeq, before.value(),
                before.value() == ItemStatus::Rejected ? u"refused before, or changed since"_s : QString() });
            continue;
        }
        const auto verdict = judge(request.deviceId, units.value(), item.record);
        if (!verdict) {
            return verdict.error();
        }
        QString reason = verdict.value().rejection;
        if (reason.isEmpty()) {
            auto insert = m_db.prepare(u"INSERT INTO records (unit_id, kind, record_key, device_id, device_seq, body, "
                                       "received_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
            if (!insert) {
                return insert.error();
            }
            insert.value()
                .bind(1, verdict.value().unitId)
                .bind(2, item.record.value("kind"_L1).toString())
                .bind(3, item.record.value("key"_L1).toString())
                .bind(4, request.deviceId)
                .bind(5, item.deviceSeq)
                .bind(6, body)
                .bind(7, now);
            if (auto inserted = insert.value().run(); !inserted) {
                return inserted.error();
            }
            if (m_db.changes() == 0) {
                reason = u"another record with the same key is stored"_s;
            } else if (item.record.value("kind"_L1) == "audit_event"_L1) {
                if (auto advanced = advanceAuditHead(request.deviceId, item.record.value("row"_L1).toObject());
                    !advanced) {
                    return advanced.error();
                }
            }
        }
        if (!reason.isEmpty()) {
            auto keep = m_db.prepare(u"INSERT INTO rejected (device_id, device_seq, kind, record_key, reason, body, "
                                     "received_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            if (!keep) {
                return keep.error();
            }
            keep.value()
                .bind(1, request.deviceId)
                .bind(2, item.deviceSeq)
                .bind(3, item.record.value("kind"_L1).toString())
                .bind(4, item.record.value("key"_L1).toString())
                .bind(5, reason)
                .bind(6, body)
                .bind(7, now);
            if (auto kept = keep.value().run(); !kept) {
                return kept.error();
            }
        }
        response.results.append(
            { item.deviceSeq, reason.isEmpty() ? ItemStatus::Accepted : ItemStatus::Rejected, reason });
        acked = item.deviceSeq;
    }
    auto save = m_db.prepare(u"UPDATE devices SET acked_through = ? WHERE device_id = ?"_s);
    if (!save) {
        return save.error();
    }
    save.value().bind(1, acked).bind(2, request.deviceId);
    if (auto saved = save.value().run(); !saved) {
        return saved.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    response.ackedThrough = acked;
    return response;
}

Result<DownloadResponse> EmbeddedCentralStore::download(const DownloadRequest &request)
{
    const auto units = deviceUnits(request.deviceId);
    if (!units) {
        return units.error();
    }
    DownloadResponse response { {}, request.cursor, false };
    if (units.value().isEmpty()) {
        return response;
    }
    QStringList marks;
    marks.fill(u"?"_s, units.value().size());
    // Audit events go up to the centre (log control, chain verification) but not down to other devices.
    auto query = m_db.prepare(u"SELECT position, body FROM records WHERE position > ? AND unit_id IN (%1) "
                              "AND kind <> 'audit_event' ORDER BY position LIMIT ?"_s.arg(marks.join(u", "_s)));
    if (query) {
        query.value().bind(1, request.cursor);
        for (int i = 0; i < units.value().size(); ++i) {
            query.value().bind(i + 2, units.value().at(i));
        }
        query.value().bind(int(units.value().size()) + 2, request.limit + 1); // one more tells whether there is more
    }
    if (auto read = eachRow(query,
            [&](const store::Statement &row) {
                if (response.items.size() == request.limit) {
                    response.more = true;
                    return;
                }
                response.items.append({ row.int64(0), QJsonDocument::fromJson(row.text(1).toUtf8()).object() });
            });
        !read) {
        return read.error();
    }
    if (!response.items.isEmpty()) {
        response.nextCursor = response.items.constLast().position;
    }
    return response;
}

Result<QList<ItemResult>> EmbeddedCentralStore::rejectedFor(const QString &deviceId)
{
    QList<ItemResult> results;
    auto query = m_db.prepare(u"SELECT device_seq, reason FROM rejected WHERE device_id = ? ORDER BY device_seq"_s);
    if (query) {
        query.value().bind(1, deviceId);
    }
    if (auto read = eachRow(query,
            [&](const store::Statement &row) {
                results.append({ row.int64(0), ItemStatus::Rejected, row.text(1) });
            });
        !read) {
        return read.error();
    }
    return results;
}

} // namespace akten::sync
