// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/auditrow.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

/** Collects the first malformed column; every reader returns a neutral value after a failure. */
class RowFields
{
public:
    explicit RowFields(const QJsonObject &row)
        : m_row(row)
    { }

    QString text(const QString &column)
    {
        const QJsonValue value = m_row.value(column);
        if (!value.isString()) {
            fail(column);
        }
        return value.toString();
    }
    qint64 integer(const QString &column)
    {
        const QJsonValue value = m_row.value(column);
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number))) {
            fail(column);
        }
        return qint64(number);
    }
    /** An id as text, or null when `nullable`; it must read back as the same text. */
    std::optional<core::Id> id(const QString &column, bool nullable)
    {
        const QJsonValue value = m_row.value(column);
        if (nullable && value.isNull()) {
            return std::nullopt;
        }
        const core::Id id = core::idFromString(value.toString());
        if (!value.isString() || id.isNull() || core::idToString(id) != value.toString()) {
            fail(column);
        }
        return id;
    }
    QByteArray hash(const QString &column)
    {
        const QJsonObject value = m_row.value(column).toObject();
        auto decoded = QByteArray::fromBase64Encoding(
            value.value("b64"_L1).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (value.size() != 1 || !decoded || decoded.decoded.size() != 32
            || QString::fromLatin1(decoded.decoded.toBase64()) != value.value("b64"_L1).toString()) {
            fail(column);
        }
        return decoded.decoded;
    }
    [[nodiscard]] std::optional<QString> failed() const { return m_failed; }

private:
    void fail(const QString &column)
    {
        if (!m_failed) {
            m_failed = column;
        }
    }
    const QJsonObject &m_row;
    std::optional<QString> m_failed;
};

} // namespace

Result<core::AuditEvent> auditEventFromRow(const QJsonObject &row)
{
    RowFields fields(row);
    core::AuditEvent event;
    event.meta.id = fields.id(u"id"_s, false).value_or(core::Id {});
    event.meta.authorId = fields.id(u"author_id"_s, true).value_or(core::Id {});
    event.meta.deviceId = fields.text(u"device_id"_s);
    const QString hlc = fields.text(u"hlc"_s);
    const auto stamp = core::HlcStamp::fromString(hlc);
    event.meta.hlc = stamp.value_or(core::HlcStamp {});
    event.meta.wallMs = fields.integer(u"wall_ms"_s);
    event.seq = fields.integer(u"seq"_s);
    event.staffRole = fields.text(u"staff_role"_s);
    event.residentId = fields.id(u"resident_id"_s, true);
    event.unitId = fields.id(u"unit_id"_s, true);
    event.action = fields.text(u"action"_s);
    event.detail = fields.text(u"detail"_s);
    event.prevHash = fields.hash(u"prev_hash"_s);
    event.hash = fields.hash(u"hash"_s);
    if (auto column = fields.failed()) {
        return Error { ErrorCode::InvalidInput, u"malformed audit event: column %1"_s.arg(*column) };
    }
    if (!stamp || stamp->toString() != hlc) {
        return Error { ErrorCode::InvalidInput, u"malformed audit event: column hlc"_s };
    }
    return event;
}

} // namespace akten::store
