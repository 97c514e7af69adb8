// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/recordmeta.h"
#include "app/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace akten::core {

/**
 * One audit event: who did what to which resident's data, when, on which device. Events on one device form a hash
 * chain: hash = SHA-256(prevHash || canonical(event)). Append-only.
 */
struct AuditEvent
{
    RecordMeta meta; ///< authorId = staff (null for system events)
    qint64 seq = 0; ///< 1, 2, 3 … per device, no gaps
    QString staffRole; ///< role at the time ("care_staff", "unit_manager", "sas", "system")
    std::optional<Id> residentId;
    std::optional<Id> unitId;
    QString action; ///< e.g. "view.record.journal", "write.journal", "login", "store.init"
    QString detail; ///< never clinical text; e.g. a reason category or a count
    QByteArray prevHash; ///< 32 bytes; all zero for seq 1
    QByteArray hash; ///< 32 bytes
};

/** Canonical byte serialization of an event (everything except hash) that the chain hashes. */
[[nodiscard]] QByteArray canonicalAuditBytes(const AuditEvent &event);
/** SHA-256(prevHash || canonical(event)). */
[[nodiscard]] QByteArray computeAuditHash(const AuditEvent &event);

/** Outcome of verifying a device's chain: nullopt if intact, otherwise the first problem in English. */
struct ChainProblem
{
    qint64 seq = 0;
    QString message;
};

/**
 * Verifies events ordered by seq: seq must run 1..n without gaps, each prevHash must equal the previous hash, and
 * each hash must match its content. If headSeq/headHash (the store's anchor) are given, the last event must match
 * them, which detects events removed from the end.
 */
[[nodiscard]] std::optional<ChainProblem> verifyAuditChain(
    const QList<AuditEvent> &events, std::optional<qint64> headSeq = {}, const QByteArray &headHash = {});

} // namespace akten::core
