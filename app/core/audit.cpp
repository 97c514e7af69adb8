// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/audit.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

constexpr qsizetype kHashSize = 32;

/** Length-prefixed fields in a fixed order: no two different events serialize to the same bytes. */
void putField(QDataStream &out, const QByteArray &bytes)
{
    out << static_cast<quint32>(bytes.size());
    out.writeRawData(bytes.constData(), static_cast<int>(bytes.size()));
}

void putText(QDataStream &out, const QString &text)
{
    putField(out, text.toUtf8());
}

void putOptionalId(QDataStream &out, const std::optional<Id> &id)
{
    putText(out, id ? idToString(*id) : QString());
}

} // namespace

QByteArray canonicalAuditBytes(const AuditEvent &event)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::BigEndian);
    out << quint8(1); // format version
    putText(out, idToString(event.meta.id));
    putText(out, event.meta.authorId.isNull() ? QString() : idToString(event.meta.authorId));
    putText(out, event.meta.deviceId);
    out << event.meta.hlc.physicalMs << event.meta.hlc.logical << event.meta.wallMs << event.seq;
    putText(out, event.staffRole);
    putOptionalId(out, event.residentId);
    putOptionalId(out, event.unitId);
    putText(out, event.action);
    putText(out, event.detail);
    putField(out, event.prevHash);
    return bytes;
}

QByteArray computeAuditHash(const AuditEvent &event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(event.prevHash);
    hash.addData(canonicalAuditBytes(event));
    return hash.result();
}

std::optional<ChainProblem> verifyAuditChain(
    const QList<AuditEvent> &events, std::optional<qint64> headSeq, const QByteArray &headHash)
{
    QByteArray expectedPrev(kHashSize, '\0');
    qint64 expectedSeq = 1;
    for (const AuditEvent &event : events) {
        if (event.seq != expectedSeq) {
            if (event.seq < expectedSeq) {
                return ChainProblem { event.seq,
                    u"event out of order or duplicated (expected seq %1)"_s.arg(expectedSeq) };
            }
            return ChainProblem { expectedSeq, u"event missing (next present seq is %1)"_s.arg(event.seq) };
        }
        if (event.prevHash != expectedPrev) {
            return ChainProblem { event.seq, u"previous-hash link does not match the preceding event"_s };
        }
        if (event.hash.size() != kHashSize || event.hash != computeAuditHash(event)) {
            return ChainProblem { event.seq, u"event content does not match its hash (changed)"_s };
        }
        expectedPrev = event.hash;
        ++expectedSeq;
    }
    if (headSeq) {
        const qint64 lastSeq = expectedSeq - 1;
        if (*headSeq != lastSeq) {
            return ChainProblem { lastSeq,
                u"chain ends at seq %1 but the head anchor says %2 (events removed)"_s.arg(lastSeq).arg(*headSeq) };
        }
        if (lastSeq > 0 && headHash != expectedPrev) {
            return ChainProblem { lastSeq, u"last event does not match the head anchor"_s };
        }
    }
    return std::nullopt;
}

} // namespace akten::core
