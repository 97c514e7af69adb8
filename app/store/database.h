// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/store/secretbytes.h"
#include "app/store/statement.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace akten::store {

/**
 * One SQLCipher connection (RAII over sqlite3*). Open sequence, one step each: open_v2, key first, verify cipher
 * version and security pragmas, temp_store=MEMORY, validate the key, WAL + synchronous=FULL + foreign_keys.
 * Thread-safety: one connection per thread; not shareable. Move-only.
 */
class Database
{
public:
    enum class Mode { OpenExisting, CreateIfMissing };

    /** Opens an encrypted database with a 32-byte raw key. Nothing is written if any step fails. */
    [[nodiscard]] static Result<Database> openEncrypted(const QString &path, const SecretBytes &rawKey, Mode mode);
    /** Opens an unencrypted database: ":memory:" for scratch checks (never a file with personal data), the benchmark
     * baseline and the "plain sqlite cannot read it" test. */
    [[nodiscard]] static Result<Database> openPlain(const QString &path, Mode mode);

    Database(Database &&) noexcept;
    Database &operator=(Database &&) noexcept;
    ~Database();

    [[nodiscard]] Status exec(const QString &sql);
    [[nodiscard]] Result<Statement> prepare(const QString &sql);
    /** Runs PRAGMA integrity_check and, if encrypted, PRAGMA cipher_integrity_check; lists problems found. */
    [[nodiscard]] Status checkIntegrity();
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    /** true inside BEGIN … COMMIT (a write that must commit with others checks it). */
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] bool encrypted() const { return m_encrypted; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db.get(); }
    /** The current SQLite error as an akten::Error (English message, no SQL parameters). */
    [[nodiscard]] Error lastError(ErrorCode code = ErrorCode::Internal) const;

    /** Takes ownership of an open, fully configured connection (used by the open sequence). */
    [[nodiscard]] static Database adopt(sqlite3 *db, const QString &path, bool encrypted);

private:
    struct Closer
    {
        void operator()(sqlite3 *db) const;
    };
    Database(std::unique_ptr<sqlite3, Closer> db, QString path, bool encrypted);
    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
    bool m_encrypted = true;
};

} // namespace akten::store
