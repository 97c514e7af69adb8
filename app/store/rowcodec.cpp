// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/rowcodec.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace akten::store {

void bindMeta(Statement &statement, int first, const core::RecordMeta &meta)
{
    bindId(statement, first, meta.id);
    bindId(statement, first + 1, meta.authorId);
    statement.bind(first + 2, meta.deviceId).bind(first + 3, meta.hlc.toString()).bind(first + 4, meta.wallMs);
}

void bindDate(Statement &statement, int index, const QDate &date)
{
    if (date.isValid()) {
        statement.bind(index, date.toString(Qt::ISODate));
    } else {
        statement.bindNull(index);
    }
}

void bindOptionalDate(Statement &statement, int index, const std::optional<QDate> &date)
{
    if (date && date->isValid()) {
        statement.bind(index, date->toString(Qt::ISODate));
    } else {
        statement.bindNull(index);
    }
}

void bindId(Statement &statement, int index, const core::Id &id)
{
    if (id.isNull()) {
        statement.bindNull(index);
    } else {
        statement.bind(index, core::idToString(id));
    }
}

core::RecordMeta RowReader::meta(int first)
{
    core::RecordMeta meta;
    meta.id = id(first);
    meta.authorId = m_statement.isNull(first + 1) ? core::Id {} : id(first + 1);
    meta.deviceId = m_statement.text(first + 2);
    const auto hlc = core::HlcStamp::fromString(m_statement.text(first + 3));
    if (!hlc) {
        fail(first + 3);
    }
    meta.hlc = hlc.value_or(core::HlcStamp {});
    meta.wallMs = m_statement.int64(first + 4);
    return meta;
}

core::Id RowReader::id(int column)
{
    const core::Id value = core::idFromString(m_statement.text(column));
    if (value.isNull()) {
        fail(column);
    }
    return value;
}

std::optional<core::Id> RowReader::optionalId(int column)
{
    if (m_statement.isNull(column) || m_statement.text(column).isEmpty()) {
        return std::nullopt;
    }
    return id(column);
}

QDate RowReader::date(int column)
{
    const QDate value = QDate::fromString(m_statement.text(column), Qt::ISODate);
    if (!value.isValid()) {
        fail(column);
    }
    return value;
}

std::optional<QDate> RowReader::optionalDate(int column)
{
    if (m_statement.isNull(column)) {
        return std::nullopt;
    }
    return date(column);
}

QDateTime RowReader::utc(int column)
{
    QDateTime value = QDateTime::fromString(m_statement.text(column), Qt::ISODate);
    if (!value.isValid()) {
        fail(column);
    }
    return value.toUTC();
}

Error RowReader::error(const QString &table) const
{
    return Error { ErrorCode::Integrity,
        u"malformed value in %1 (column %2)"_s.arg(table).arg(m_badColumn.value_or(-1)) };
}

} // namespace akten::store
