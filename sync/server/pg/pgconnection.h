// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QStringList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace akten::sync::pg {

/** RAII over a PGresult: text columns by (row, column). */
class PgResult
{
public:
    explicit PgResult(pg_result *result);
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    ~PgResult();

    [[nodiscard]] int rows() const;
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] qint64 int64(int row, int column) const;
    [[nodiscard]] bool isNull(int row, int column) const;
    /** Rows inserted, updated or deleted by the command. */
    [[nodiscard]] qint64 affected() const;

private:
    pg_result *m_result = nullptr;
};

/**
 * One libpq connection (not shared between threads). Parameters go as text, separately from the SQL ($1, $2 …), so
 * no value is ever spliced into a statement. Server messages go to errors, never parameter values.
 */
class PgConnection
{
public:
    /** `password` (if not empty) is added to the connection string's settings, never to the string itself. */
    [[nodiscard]] static Result<std::unique_ptr<PgConnection>> connect(
        const QString &conninfo, const QByteArray &password = {});
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    ~PgConnection();

    /** One statement with parameters (a null QString is SQL NULL). */
    [[nodiscard]] Result<PgResult> exec(const QString &sql, const QStringList &params = {});
    /**
     * COPY … FROM STDIN with `rows` made by copyLine(); the command's result (an error names the server's message,
     * never the data). Inside a transaction, a failed COPY keeps nothing.
     */
    [[nodiscard]] Status copyIn(const QString &sql, const QByteArray &rows);
    /** One row in COPY's text format: fields separated by tabs, backslash, tab, newline and CR escaped. */
    [[nodiscard]] static QByteArray copyLine(const QStringList &fields);
    /** A text[] parameter ($1::text[]) holding `values` exactly, whatever characters they contain. */
    [[nodiscard]] static QString textArray(const QStringList &values);
    /** Several statements without parameters (migrations). */
    [[nodiscard]] Status script(const QString &sql);
    /**
     * When the connection is gone (a statement failed because PostgreSQL restarted or the network dropped), connect
     * again with the same settings. Call only between transactions: a transaction on a lost connection is lost whole,
     * and what comes after it must not run outside one.
     */
    [[nodiscard]] Status reconnectIfLost();

private:
    explicit PgConnection(pg_conn *connection);
    [[nodiscard]] Status setSession();
    [[nodiscard]] Result<PgResult> checked(pg_result *result);
    [[nodiscard]] Status checkedCopy(pg_result *result);

    pg_conn *m_connection = nullptr;
};

} // namespace akten::sync::pg
