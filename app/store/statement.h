// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace akten::store {

/**
 * A prepared statement (RAII over sqlite3_stmt). Bind by 1-based index, step, read columns by 0-based index.
 * A bind that fails (an index out of range, a value too big) is kept: the next step() or run() returns it without
 * running the statement, until reset(). Text and blobs are bound without SQLite copying them: the statement keeps the
 * bytes (a blob's shared, a text's as UTF-8) until the parameter is bound again or the statement finalised. Belongs to
 * the connection that prepared it; same thread rules. Move-only.
 */
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    Statement(Statement &&) noexcept;
    Statement &operator=(Statement &&) noexcept;
    ~Statement();

    Statement &bind(int index, const QString &value); ///< a null QString binds '' (use bindNull for NULL)
    Statement &bindUtf8(int index, QByteArray utf8); ///< TEXT already in UTF-8 (kept by the statement as it is)
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value);
    Statement &bind(int index, const QByteArray &value); ///< BLOB; null QByteArray binds NULL
    Statement &bindNull(int index);

    /** Steps once: true if a row is available, false when done; an error otherwise (also a failed bind). */
    [[nodiscard]] Result<bool> step();
    /** Steps to completion, for statements without rows. */
    [[nodiscard]] Status run();
    void reset();

    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    /** The storage class of a column in the current row (for generic row export). */
    enum class Type { Integer, Real, Text, Blob, Null };
    [[nodiscard]] Type type(int column) const;
    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;

private:
    /** Keeps the first failed bind's error for step(). */
    Statement &checked(int rc, int index);
    /** Binds `bytes` as TEXT or BLOB without a copy, keeping them as parameter `index`'s until bound again. */
    Statement &bindKept(int index, QByteArray bytes, bool text);

    struct Finalizer
    {
        void operator()(sqlite3_stmt *stmt) const;
    };
    sqlite3 *m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    std::optional<Error> m_bindError;
    /** The bytes bound to each parameter (index - 1) that SQLite reads in place: valid until the statement is gone. */
    std::vector<QByteArray> m_kept;
};

/** Steps `statement` to the end, calling `onRow(statement)` for each row; stops at the first error. */
template<typename F> Status eachRow(Statement &statement, F &&onRow)
{
    while (true) {
        auto more = statement.step();
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            return {};
        }
        onRow(statement);
    }
}

} // namespace akten::store
