// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace akten {

/** Error categories shared by every library; messages are English (logs, CLIs), never personal data. */
enum class ErrorCode {
    Io, ///< file missing, unreadable, not writable
    WrongKey, ///< the store could not be decrypted with the key given
    NotADatabase, ///< truncated, foreign or corrupt file
    CipherMismatch, ///< SQLCipher version or a security pragma is not what we require
    SchemaTooNew, ///< database written by a newer Akten
    Constraint, ///< a rule in the schema refused the write (including append-only triggers)
    NotFound,
    InvalidInput,
    Integrity, ///< integrity check or audit chain verification failed
    Forbidden, ///< the caller may not do this (a revoked or unknown device, another unit's data)
    KeyStoreUnavailable, ///< the platform key store (the TPM) that holds the device key did not answer
    Internal,
};

/** An error with a category and an English, log-safe message. */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

/** Either a value or an Error; no exceptions cross library boundaries (house style §3). */
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_data(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<T>(m_data); }
    [[nodiscard]] T &value() & { return std::get<T>(m_data); }
    /** By value, so that `for (auto &x : make().value())` does not dangle. */
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/** Result of an operation that yields nothing but may fail. */
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { } // NOLINT(google-explicit-constructor)
    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace akten
