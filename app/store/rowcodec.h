// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Shared column conventions of the repositories (internal to akten_store): RecordMeta as the first five columns
// (id, author_id, device_id, hlc, wall_ms), dates as ISO text, enums as core::toCode codes.
#pragma once

#include "app/core/enums.h"
#include "app/core/recordmeta.h"
#include "app/core/result.h"
#include "app/store/statement.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace akten::store {

class Database;

constexpr auto kMetaColumns = "id, author_id, device_id, hlc, wall_ms";

/** Binds meta to parameters first..first+4. */
void bindMeta(Statement &statement, int first, const core::RecordMeta &meta);
void bindDate(Statement &statement, int index, const QDate &date);
void bindOptionalDate(Statement &statement, int index, const std::optional<QDate> &date);
void bindId(Statement &statement, int index, const core::Id &id);

/**
 * Column readers that record the first malformed value; a repository returns ErrorCode::Integrity for the row
 * instead of dropping it silently.
 */
class RowReader
{
public:
    explicit RowReader(const Statement &statement)
        : m_statement(statement)
    { }

    core::RecordMeta meta(int first);
    core::Id id(int column);
    std::optional<core::Id> optionalId(int column);
    QDate date(int column);
    std::optional<QDate> optionalDate(int column);
    QDateTime utc(int column);
    QString text(int column) const { return m_statement.text(column); }
    qint64 int64(int column) const { return m_statement.int64(column); }
    QByteArray blob(int column) const { return m_statement.blob(column); }
    bool isNull(int column) const { return m_statement.isNull(column); }
    bool flag(int column) const { return m_statement.int64(column) != 0; }
    template<typename E> E code(int column)
    {
        const auto value = core::fromCode<E>(m_statement.text(column));
        if (!value) {
            fail(column);
            return E {};
        }
        return *value;
    }
    [[nodiscard]] bool ok() const { return !m_badColumn.has_value(); }
    [[nodiscard]] Error error(const QString &table) const;

private:
    void fail(int column)
    {
        if (!m_badColumn) {
            m_badColumn = column;
        }
    }
    const Statement &m_statement;
    std::optional<int> m_badColumn;
};

/** Prepares `sql`, binds the text parameters in order, and calls `read(RowReader&)` for each row. */
template<typename T, typename Read>
Result<QList<T>> queryList(
    Database &db, const QString &sql, const QStringList &params, const QString &table, Read read);
/** The same with one text parameter (none if `param` is null). */
template<typename T, typename Read>
Result<QList<T>> queryList(Database &db, const QString &sql, const QString &param, const QString &table, Read read)
{
    return queryList<T>(db, sql, param.isNull() ? QStringList() : QStringList { param }, table, std::move(read));
}

} // namespace akten::store

#include "app/store/rowcodec_impl.h"
