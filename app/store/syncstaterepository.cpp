// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/syncstaterepository.h"

#include "app/store/database.h"

using namespace Qt::StringLiterals;

namespace akten::store {

SyncStateRepository::SyncStateRepository(Database &db)
    : m_db(db)
{ }

Result<qint64> SyncStateRepository::value(const QString &key) const
{
    auto query = m_db.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    if (!query) {
        return query.error();
    }
    query.value().bind(1, key);
    auto row = query.value().step();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return Error { ErrorCode::Integrity, u"sync state '%1' is missing"_s.arg(key) };
    }
    return query.value().int64(0);
}

Status SyncStateRepository::setValue(const QString &key, qint64 value)
{
    auto update = m_db.prepare(u"UPDATE sync_state SET value = ? WHERE key = ?"_s);
    if (!update) {
        return update.error();
    }
    update.value().bind(1, value).bind(2, key);
    return update.value().run();
}

Result<QString> SyncStateRepository::stateText(const QString &key) const
{
    auto query = m_db.prepare(u"SELECT value FROM device_state WHERE key = ?"_s);
    if (!query) {
        return query.error();
    }
    query.value().bind(1, key);
    auto row = query.value().step();
    if (!row) {
        return row.error();
    }
    return row.value() ? query.value().text(0) : QString();
}

Status SyncStateRepository::setStateText(const QString &key, const QString &value)
{
    auto upsert = m_db.prepare(u"INSERT INTO device_state (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    if (!upsert) {
        return upsert.error();
    }
    upsert.value().bind(1, key).bind(2, value);
    return upsert.value().run();
}

Result<QString> SyncStateRepository::masterHash() const
{
    return stateText(u"sync.master_hash"_s);
}

Status SyncStateRepository::setMasterHash(const QString &hash)
{
    return setStateText(u"sync.master_hash"_s, hash);
}

Result<qint64> SyncStateRepository::lastCompletedMs() const
{
    auto text = stateText(u"sync.last_completed_ms"_s);
    if (!text) {
        return text.error();
    }
    return text.value().toLongLong(); // 0 if never
}

Status SyncStateRepository::setLastCompletedMs(qint64 wallMs)
{
    if (auto set = setStateText(u"sync.last_completed_ms"_s, QString::number(wallMs)); !set) {
        return set;
    }
    return setStateText(u"sync.running_ms"_s, u"0"_s);
}

Result<qint64> SyncStateRepository::runningMsSinceSync() const
{
    auto text = stateText(u"sync.running_ms"_s);
    if (!text) {
        return text.error();
    }
    return text.value().toLongLong(); // 0 if never counted
}

Status SyncStateRepository::addRunningMs(qint64 ms)
{
    auto upsert = m_db.prepare(u"INSERT INTO device_state (key, value) VALUES ('sync.running_ms', ?1) "
                               "ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + ?1 AS TEXT)"_s);
    if (!upsert) {
        return upsert.error();
    }
    upsert.value().bind(1, ms);
    return upsert.value().run();
}

Result<QList<PeerKnowledge>> SyncStateRepository::peers() const
{
    auto query
        = m_db.prepare(u"SELECT device_id, unit_id, known_through_ms FROM sync_peers ORDER BY device_id, unit_id"_s);
    if (!query) {
        return query.error();
    }
    QList<PeerKnowledge> peers;
    if (auto read = eachRow(query.value(),
            [&](const Statement &row) {
                peers.append({ row.text(0), row.text(1), row.int64(2) });
            });
        !read) {
        return read.error();
    }
    return peers;
}

Status SyncStateRepository::replacePeers(const QList<PeerKnowledge> &peers)
{
    if (auto cleared = m_db.exec(u"DELETE FROM sync_peers"_s); !cleared) {
        return cleared;
    }
    auto insert = m_db.prepare(u"INSERT INTO sync_peers (device_id, unit_id, known_through_ms) VALUES (?, ?, ?)"_s);
    if (!insert) {
        return insert.error();
    }
    for (const PeerKnowledge &peer : peers) {
        insert.value().bind(1, peer.deviceId).bind(2, peer.unitId).bind(3, peer.knownThroughMs);
        if (auto added = insert.value().run(); !added) {
            return added;
        }
        insert.value().reset();
    }
    return {};
}

Result<qint64> SyncStateRepository::ackedThrough() const
{
    return value(u"acked_through"_s);
}

Result<qint64> SyncStateRepository::downloadCursor() const
{
    return value(u"download_cursor"_s);
}

Result<qint64> SyncStateRepository::outboxEnd() const
{
    auto query = m_db.prepare(u"SELECT COALESCE(MAX(device_seq), 0) FROM sync_outbox"_s);
    if (!query) {
        return query.error();
    }
    auto row = query.value().step();
    if (!row) {
        return row.error();
    }
    return query.value().int64(0);
}

Result<bool> SyncStateRepository::hasOwnRecords() const
{
    auto query = m_db.prepare(u"SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE kind <> 'audit_event')"_s);
    if (!query) {
        return query.error();
    }
    auto row = query.value().step();
    if (!row) {
        return row.error();
    }
    return query.value().int64(0) == 1;
}

Status SyncStateRepository::setAckedThrough(qint64 seq)
{
    return setValue(u"acked_through"_s, seq);
}

Status SyncStateRepository::rewindAckedThrough(qint64 seq)
{
    // The trigger (migration 0018) lets acked_through move back only while upload_rewind is 1: set for this one update,
    // inside the caller's transaction.
    for (const auto &[key, value] : { std::pair { u"upload_rewind"_s, qint64(1) },
             std::pair { u"acked_through"_s, seq }, std::pair { u"upload_rewind"_s, qint64(0) } }) {
        if (auto done = setValue(key, value); !done) {
            return done;
        }
    }
    return {};
}

Status SyncStateRepository::setDownloadCursor(qint64 cursor)
{
    return setValue(u"download_cursor"_s, cursor);
}

Status SyncStateRepository::addRejected(qint64 deviceSeq, const QString &reason, qint64 wallMs)
{
    auto insert = m_db.prepare(
        u"INSERT INTO sync_rejected (device_seq, reason, wall_ms) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
    if (!insert) {
        return insert.error();
    }
    insert.value().bind(1, deviceSeq).bind(2, reason).bind(3, wallMs);
    return insert.value().run();
}

Result<QList<RejectedRecord>> SyncStateRepository::rejected() const
{
    auto query = m_db.prepare(u"SELECT r.device_seq, o.kind, o.record_key, r.reason, r.wall_ms FROM sync_rejected r "
                              "JOIN sync_outbox o USING (device_seq) ORDER BY r.device_seq"_s);
    if (!query) {
        return query.error();
    }
    QList<RejectedRecord> records;
    while (true) {
        auto row = query.value().step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return records;
        }
        const Statement &r = query.value();
        records.append({ r.int64(0), r.text(1), r.text(2), r.text(3), r.int64(4) });
    }
}

} // namespace akten::store
