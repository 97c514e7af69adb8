// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/database.h"

#include "app/store/sqliteerror.h"
#include "app/store/statement.h"
#include "app/store/storelogging.h"

#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

constexpr qint64 kPageSize = 4096;

/** The SQLCipher 4 defaults we require, read back after keying; any difference refuses the store. */
struct RequiredPragma
{
    const char *name;
    const char *value;
};
constexpr RequiredPragma kSecurityPragmas[] = {
    { "cipher_page_size", "4096" },
    { "cipher_hmac_algorithm", "HMAC_SHA512" },
    { "cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512" },
    { "cipher_plaintext_header_size", "0" },
    { "kdf_iter", "256000" },
};

Result<QString> queryText(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &raw, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc, sql);
    }
    Statement statement(db, raw);
    auto row = statement.step();
    if (!row) {
        return row.error();
    }
    return row.value() ? statement.text(0) : QString();
}

/**
 * SQLite keeps per-process memory statistics by default: every allocation then takes a global mutex, and this
 * SQLCipher build has no lookaside memory, so a row inserted with its triggers allocates hundreds of times. Akten never
 * reads those statistics (no sqlite3_memory_used, no soft heap limit): they are switched off once, before the first
 * connection. sqlite3_config refuses (SQLITE_MISUSE) once SQLite is initialised; the setting is only a speed-up, so
 * that is not an error.
 */
void configureSqliteOnce()
{
    [[maybe_unused]] static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/** Step 1: open the file; OpenExisting refuses a missing, empty or truncated file before SQLite touches it. */
Result<sqlite3 *> openFile(const QString &path, Database::Mode mode)
{
    const QFileInfo info(path);
    if (mode == Database::Mode::OpenExisting) {
        if (!info.exists()) {
            return Error { ErrorCode::Io, u"database file not found: %1"_s.arg(path) };
        }
        if (info.size() == 0 || info.size() % kPageSize != 0) {
            return Error { ErrorCode::NotADatabase,
                u"database file %1 is truncated or not an Akten store (%2 bytes)"_s.arg(path).arg(info.size()) };
        }
    }
    configureSqliteOnce();
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        | (mode == Database::Mode::CreateIfMissing ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, rc, u"cannot open %1"_s.arg(path));
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    return db;
}

/** Step 2: key first, as a raw 256-bit key ("x'<hex>'"): no passphrase derivation. */
Status applyKey(sqlite3 *db, const SecretBytes &rawKey)
{
    if (rawKey.size() != 32) {
        return Error { ErrorCode::InvalidInput, u"the data key must be 32 bytes"_s };
    }
    static constexpr char hex[] = "0123456789abcdef";
    SecretBytes keyText(3 + 64);
    keyText.data()[0] = 'x';
    keyText.data()[1] = '\'';
    for (std::size_t i = 0; i < 32; ++i) {
        keyText.data()[2 + 2 * i] = static_cast<unsigned char>(hex[rawKey.data()[i] >> 4]);
        keyText.data()[3 + 2 * i] = static_cast<unsigned char>(hex[rawKey.data()[i] & 0x0f]);
    }
    keyText.data()[66] = '\'';
    const int rc = sqlite3_key(db, keyText.data(), static_cast<int>(keyText.size()));
    if (rc != SQLITE_OK) {
        return sqliteError(db, rc, u"cannot apply the data key"_s);
    }
    return {};
}

/** Step 3: SQLCipher >= 4.6 and every security pragma at its required value. */
Status verifyCipher(sqlite3 *db)
{
    auto version = queryText(db, u"PRAGMA cipher_version"_s);
    if (!version) {
        return version.error();
    }
    const QStringList parts = version.value().section(u' ', 0, 0).split(u'.');
    const int major = parts.value(0).toInt();
    const int minor = parts.value(1).toInt();
    if (version.value().isEmpty() || major < 4 || (major == 4 && minor < 6)) {
        return Error { ErrorCode::CipherMismatch,
            u"SQLCipher 4.6 or newer is required, found '%1'"_s.arg(version.value()) };
    }
    for (const auto &[name, expected] : kSecurityPragmas) {
        auto value = queryText(db, u"PRAGMA %1"_s.arg(QLatin1String(name)));
        if (!value) {
            return value.error();
        }
        if (value.value() != QLatin1String(expected)) {
            return Error { ErrorCode::CipherMismatch,
                u"PRAGMA %1 is '%2', required '%3'"_s.arg(
                    QLatin1String(name), value.value(), QLatin1String(expected)) };
        }
    }
    return {};
}

/** Step 5: a read of sqlite_master fails with SQLITE_NOTADB when the key is wrong or the file is foreign. */
Status validateKey(sqlite3 *db, bool encrypted)
{
    auto count = queryText(db, u"SELECT count(*) FROM sqlite_master"_s);
    if (!count) {
        if (count.error().code == ErrorCode::NotADatabase) {
            return Error { encrypted ? ErrorCode::WrongKey : ErrorCode::NotADatabase,
                encrypted ? u"cannot decrypt the store: wrong key, or the file is corrupt or not an Akten store"_s
                          : u"not a plain SQLite database"_s };
        }
        return count.error();
    }
    return {};
}

/**
 * How long a write waits for another connection's transaction (the app's sync thread has its own connection; its
 * batches take tens of milliseconds) before it fails with "database is locked".
 */
constexpr int kBusyTimeoutMs = 10'000;

/** Step 6: WAL, synchronous=FULL for clinical writes, foreign keys, secure delete, busy timeout. */
Status configure(sqlite3 *db)
{
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    auto mode = queryText(db, u"PRAGMA journal_mode=WAL"_s);
    if (!mode) {
        return mode.error();
    }
    if (mode.value() != "wal"_L1 && !(mode.value() == "memory"_L1 && sqlite3_db_filename(db, "main")[0] == '\0')) {
        // An in-memory database (a scratch schema check) has no file to journal; every file must be WAL.
        return Error { ErrorCode::Io, u"cannot switch the store to WAL mode (got '%1')"_s.arg(mode.value()) };
    }
    for (const char *pragma : { "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON" }) {
        const int rc = sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            return sqliteError(db, rc, QString::fromLatin1(pragma));
        }
    }
    return {};
}

Result<Database> finishOpen(sqlite3 *db, const QString &path, bool encrypted, const SecretBytes *key)
{
    auto fail = [db](Error error) -> Result<Database> {
        sqlite3_close_v2(db);
        return error;
    };
    if (encrypted) {
        if (auto keyed = applyKey(db, *key); !keyed) {
            return fail(keyed.error());
        }
        // SQLCipher prints its own errors (page numbers, HMAC failures) to stderr; we report errors through Result,
        // and stderr belongs to the CLI contract. Keying resets the process-wide level to WARN, so set it after.
        sqlite3_exec(db, "PRAGMA cipher_log_level = NONE", nullptr, nullptr, nullptr);
        if (auto cipher = verifyCipher(db); !cipher) {
            return fail(cipher.error());
        }
    }
    if (const int rc = sqlite3_exec(db, "PRAGMA temp_store=MEMORY", nullptr, nullptr, nullptr); rc != SQLITE_OK) {
        return fail(sqliteError(db, rc, u"PRAGMA temp_store"_s));
    }
    if (auto valid = validateKey(db, encrypted); !valid) {
        return fail(valid.error());
    }
    if (auto configured = configure(db); !configured) {
        return fail(configured.error());
    }
    return Database::adopt(db, path, encrypted);
}

} // namespace

void Database::Closer::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

Database::Database(std::unique_ptr<sqlite3, Closer> db, QString path, bool encrypted)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_encrypted(encrypted)
{ }

Database Database::adopt(sqlite3 *db, const QString &path, bool encrypted)
{
    return Database(std::unique_ptr<sqlite3, Closer>(db), path, encrypted);
}

Database::Database(Database &&) noexcept = default;
Database &Database::operator=(Database &&) noexcept = default;
Database::~Database() = default;

Result<Database> Database::openEncrypted(const QString &path, const SecretBytes &rawKey, Mode mode)
{
    auto db = openFile(path, mode);
    if (!db) {
        return db.error();
    }
    return finishOpen(db.value(), path, true, &rawKey);
}

Result<Database> Database::openPlain(const QString &path, Mode mode)
{
    auto db = openFile(path, mode);
    if (!db) {
        return db.error();
    }
    return finishOpen(db.value(), path, false, nullptr);
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db.get(), rc, u"SQL failed"_s);
    }
    return {};
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db.get()) == 0;
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db.get(), utf8.constData(), static_cast<int>(utf8.size()), &raw, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db.get(), rc, u"cannot prepare statement"_s);
    }
    return Statement(m_db.get(), raw);
}

Status Database::checkIntegrity()
{
    QStringList problems;
    const QStringList checks = m_encrypted
        ? QStringList { u"PRAGMA cipher_integrity_check"_s, u"PRAGMA integrity_check"_s }
        : QStringList { u"PRAGMA integrity_check"_s };
    for (const QString &check : checks) {
        auto statement = prepare(check);
        if (!statement) {
            return Error { ErrorCode::Integrity, statement.error().message };
        }
        for (;;) {
            auto row = statement.value().step();
            if (!row) {
                return Error { ErrorCode::Integrity, u"%1 failed: %2"_s.arg(check, row.error().message) };
            }
            if (!row.value()) {
                break;
            }
            const QString line = statement.value().text(0);
            if (line != "ok"_L1 && problems.size() < 3) {
                problems << line.section(u'\n', 0, 0).simplified(); // one line per problem: logs and CLI stay clean
            }
        }
    }
    if (!problems.isEmpty()) {
        return Error { ErrorCode::Integrity, u"integrity check failed: %1"_s.arg(problems.join(u"; "_s)) };
    }
    return {};
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

Error Database::lastError(ErrorCode code) const
{
    Error error = sqliteError(m_db.get(), sqlite3_errcode(m_db.get()), u"SQLite"_s);
    error.code = code;
    return error;
}

} // namespace akten::store
