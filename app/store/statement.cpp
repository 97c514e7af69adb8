// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/statement.h"

#include "app/store/sqliteerror.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace akten::store {

void Statement::Finalizer::operator()(sqlite3_stmt *stmt) const
{
    sqlite3_finalize(stmt);
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{ }

Statement::Statement(Statement &&) noexcept = default;

Statement &Statement::operator=(Statement &&other) noexcept
{
    m_stmt = std::move(other.m_stmt); // ours finalised first, while the bytes bound to it are still there
    m_kept = std::move(other.m_kept);
    m_db = other.m_db;
    m_bindError = std::move(other.m_bindError);
    return *this;
}

Statement::~Statement()
{
    m_stmt.reset(); // before m_kept goes
}

Statement &Statement::bind(int index, const QString &value)
{
    // A null QString binds '' (text columns are NOT NULL); optional columns call bindNull() explicitly.
    return bindKept(index, value.toUtf8(), true);
}

Statement &Statement::bindUtf8(int index, QByteArray utf8)
{
    return bindKept(index, std::move(utf8), true);
}

Statement &Statement::bindKept(int index, QByteArray bytes, bool text)
{
    // Bytes that a QByteArray does not own (fromRawData) are copied by SQLite, as are those of an index out of range.
    const bool owned
        = bytes.data_ptr().d_ptr() != nullptr && index >= 1 && index <= sqlite3_bind_parameter_count(m_stmt.get());
    const auto destructor = owned ? SQLITE_STATIC : SQLITE_TRANSIENT;
    const char *data = bytes.isNull() ? "" : bytes.constData();
    const int rc = text
        ? sqlite3_bind_text64(m_stmt.get(), index, data, sqlite3_uint64(bytes.size()), destructor, SQLITE_UTF8)
        : sqlite3_bind_blob64(m_stmt.get(), index, data, sqlite3_uint64(bytes.size()), destructor);
    if (owned) {
        if (m_kept.size() < size_t(index)) {
            m_kept.resize(size_t(index));
        }
        m_kept[size_t(index) - 1] = std::move(bytes); // the bytes bound before stay until SQLite let go of them
    }
    return checked(rc, index);
}

Statement &Statement::bind(int index, qint64 value)
{
    return checked(sqlite3_bind_int64(m_stmt.get(), index, value), index);
}

Statement &Statement::bind(int index, int value)
{
    return checked(sqlite3_bind_int(m_stmt.get(), index, value), index);
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    return bindKept(index, value, false);
}

Statement &Statement::bindNull(int index)
{
    return checked(sqlite3_bind_null(m_stmt.get(), index), index);
}

Statement &Statement::checked(int rc, int index)
{
    if (rc != SQLITE_OK && !m_bindError) {
        m_bindError = sqliteError(m_db, rc, u"cannot bind parameter %1"_s.arg(index));
    }
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError) { // never run with a parameter missing or cut short
        return *m_bindError;
    }
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return sqliteError(m_db, rc, u"statement failed"_s);
}

Status Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row) {
            sqlite3_reset(m_stmt.get());
            m_bindError.reset();
            return row.error();
        }
        if (!row.value()) {
            sqlite3_reset(m_stmt.get());
            return {};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    for (QByteArray &bytes : m_kept) {
        bytes = QByteArray(); // SQLite let go of them
    }
    m_bindError.reset();
}

QString Statement::text(int column) const
{
    const auto *data = sqlite3_column_text(m_stmt.get(), column);
    if (!data) {
        return {};
    }
    return QString::fromUtf8(reinterpret_cast<const char *>(data), sqlite3_column_bytes(m_stmt.get(), column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt.get(), column);
    if (!data) {
        return {};
    }
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt.get(), column));
}

Statement::Type Statement::type(int column) const
{
    switch (sqlite3_column_type(m_stmt.get(), column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt.get());
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt.get(), column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

} // namespace akten::store
