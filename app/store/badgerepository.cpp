// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/badgerepository.h"

#include "app/store/database.h"
#include "app/store/rowcodec.h"
#include "app/store/secretbytes.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

constexpr auto kBadgeKey = "badge_hash_key";

QString stateCode(core::BadgeState state)
{
    switch (state) {
    case core::BadgeState::Active:
        return u"active"_s;
    case core::BadgeState::Locked:
        return u"locked"_s;
    case core::BadgeState::Revoked:
        return u"revoked"_s;
    }
    return {};
}

std::optional<core::BadgeState> stateFromCode(const QString &code)
{
    for (const auto state : { core::BadgeState::Active, core::BadgeState::Locked, core::BadgeState::Revoked }) {
        if (stateCode(state) == code) {
            return state;
        }
    }
    return std::nullopt;
}

Status updateOne(Database &db, const QString &sql, const QByteArray &uidHash, const QVariant &value)
{
    auto statement = db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    if (value.typeId() == QMetaType::Int) {
        statement.value().bind(1, value.toInt());
    } else {
        statement.value().bind(1, value.toString());
    }
    if (auto ran = statement.value().bind(2, uidHash).run(); !ran) {
        return ran;
    }
    return db.changes() == 1 ? Status {} : Status { Error { ErrorCode::NotFound, u"no such badge"_s } };
}

const auto kSelect = u"SELECT uid_hash, staff_id, pin_verifier, state, failed_attempts FROM badges "_s;

core::BadgeCredential readBadge(RowReader &r, bool &ok)
{
    const auto state = stateFromCode(r.text(3));
    ok = state.has_value();
    return core::BadgeCredential { r.blob(0), r.id(1), r.text(2), state.value_or(core::BadgeState::Revoked),
        static_cast<int>(r.int64(4)) };
}

} // namespace

BadgeRepository::BadgeRepository(Database &db)
    : m_db(db)
{ }

Result<QByteArray> BadgeRepository::uidHash(const QString &uidHex)
{
    const QByteArray uid = QByteArray::fromHex(uidHex.trimmed().toLatin1());
    if (uid.size() < 4 || uid.size() > 10 || uid.toHex().toUpper() != uidHex.trimmed().toUpper().toLatin1()) {
        return Error { ErrorCode::InvalidInput, u"a badge UID is 4 to 10 bytes of hexadecimal"_s };
    }
    auto key
        = queryList<QByteArray>(m_db, u"SELECT value FROM device_state WHERE key = ?"_s, QString::fromLatin1(kBadgeKey),
            u"device_state"_s, [](RowReader &r) { return QByteArray::fromHex(r.text(0).toLatin1()); });
    if (!key) {
        return key.error();
    }
    QByteArray hashKey = key.value().isEmpty() ? QByteArray() : key.value().constFirst();
    if (hashKey.size() != crypto_generichash_KEYBYTES) {
        const SecretBytes fresh = SecretBytes::random(crypto_generichash_KEYBYTES);
        hashKey = QByteArray(reinterpret_cast<const char *>(fresh.data()), int(fresh.size()));
        auto insert = m_db.prepare(u"INSERT OR REPLACE INTO device_state (key, value) VALUES (?, ?)"_s);
        if (!insert) {
            return insert.error();
        }
        if (auto saved = insert.value()
                             .bind(1, QString::fromLatin1(kBadgeKey))
                             .bind(2, QString::fromLatin1(hashKey.toHex()))
                             .run();
            !saved) {
            return saved.error();
        }
    }
    QByteArray hash(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), hash.size(),
        reinterpret_cast<const unsigned char *>(uid.constData()), uid.size(),
        reinterpret_cast<const unsigned char *>(hashKey.constData()), hashKey.size());
    sodium_memzero(hashKey.data(), hashKey.size());
    return hash;
}

Status BadgeRepository::enrol(const core::BadgeCredential &badge)
{
    auto statement = m_db.prepare(u"INSERT INTO badges (uid_hash, staff_id, pin_verifier, state, failed_attempts) "
                                  "VALUES (?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    s.bind(1, badge.uidHash);
    bindId(s, 2, badge.staffId);
    return s.bind(3, badge.pinVerifier).bind(4, stateCode(badge.state)).bind(5, badge.failedAttempts).run();
}

Result<std::optional<core::BadgeCredential>> BadgeRepository::find(const QByteArray &uidHash) const
{
    auto statement = m_db.prepare(kSelect + u"WHERE uid_hash = ?"_s);
    if (!statement) {
        return statement.error();
    }
    statement.value().bind(1, uidHash);
    auto row = statement.value().step();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<core::BadgeCredential> {};
    }
    RowReader reader(statement.value());
    bool ok = false;
    const core::BadgeCredential badge = readBadge(reader, ok);
    if (!ok || !reader.ok()) {
        return Error { ErrorCode::Integrity, u"malformed badge row"_s };
    }
    return std::optional(badge);
}

Result<QList<core::BadgeCredential>> BadgeRepository::badgesOf(const core::Id &staffId) const
{
    bool allOk = true;
    auto rows = queryList<core::BadgeCredential>(
        m_db, kSelect + u"WHERE staff_id = ?"_s, core::idToString(staffId), u"badges"_s, [&](RowReader &r) {
            bool ok = false;
            auto badge = readBadge(r, ok);
            allOk = allOk && ok;
            return badge;
        });
    if (rows && !allOk) {
        return Error { ErrorCode::Integrity, u"malformed badge row"_s };
    }
    return rows;
}

Status BadgeRepository::setFailedAttempts(const QByteArray &uidHash, int attempts)
{
    return updateOne(m_db, u"UPDATE badges SET failed_attempts = ? WHERE uid_hash = ?"_s, uidHash, attempts);
}

Status BadgeRepository::setState(const QByteArray &uidHash, core::BadgeState state)
{
    return updateOne(m_db, u"UPDATE badges SET state = ? WHERE uid_hash = ?"_s, uidHash, stateCode(state));
}

Status BadgeRepository::setPinVerifier(const QByteArray &uidHash, const QString &verifier)
{
    return updateOne(m_db, u"UPDATE badges SET pin_verifier = ? WHERE uid_hash = ?"_s, uidHash, verifier);
}

} // namespace akten::store
