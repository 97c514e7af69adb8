// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/pg/pgconnection.h"

#include <QDebug>

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace akten::sync::pg {

PgResult::PgResult(pg_result *result)
    : m_result(result)
{ }

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{ }

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

qint64 PgResult::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

PgConnection::PgConnection(pg_conn *connection)
    : m_connection(connection)
{ }

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &conninfo, const QByteArray &password)
{
    // dbname first and expanded as a connection string; a password after it takes precedence (libpq docs).
    const QByteArray utf8 = conninfo.toUtf8();
    const char *keywords[] = { "dbname", password.isEmpty() ? nullptr : "password", nullptr };
    const char *values[] = { utf8.constData(), password.constData(), nullptr };
    pg_conn *connection = PQconnectdbParams(keywords, values, 1);
    if (!connection) {
        return Error { ErrorCode::Io, u"PostgreSQL: out of memory"_s };
    }
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        PQfinish(connection);
        return Error { ErrorCode::Io, u"PostgreSQL connection failed: %1"_s.arg(message) };
    }
    auto wrapped = std::unique_ptr<PgConnection>(new PgConnection(connection));
    if (auto set = wrapped->setSession(); !set) {
        return set.error();
    }
    return wrapped;
}

Status PgConnection::setSession()
{
    return script(u"SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'"_s);
}

Status PgConnection::reconnectIfLost()
{
    if (PQstatus(m_connection) == CONNECTION_OK) {
        return {};
    }
    PQreset(m_connection);
    if (PQstatus(m_connection) != CONNECTION_OK) {
        return Error { ErrorCode::Io,
            u"PostgreSQL connection lost and not yet back: %1"_s.arg(
                QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()) };
    }
    qInfo("PostgreSQL connection re-established");
    return setSession();
}

Result<PgResult> PgConnection::checked(pg_result *result)
{
    PgResult owned(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return owned;
    }
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QByteArray code = state ? QByteArray(state) : QByteArray();
    // Class 22 (data exception) messages quote the offending value ("malformed array literal: …"): it may be a
    // record's content, which never goes to a log or an answer.
    const QString message = code.startsWith("22") ? u"a value was not accepted"_s
        : primary                                 ? QString::fromUtf8(primary)
                                                  : QString::fromUtf8(PQerrorMessage(m_connection));
    // 40001 serialization failure, 40P01 deadlock: the caller may retry; 08xxx: the connection is gone.
    const ErrorCode kind = code.startsWith("08") || PQstatus(m_connection) != CONNECTION_OK ? ErrorCode::Io
        : code.startsWith("23")                                                             ? ErrorCode::Constraint
                                                                                            : ErrorCode::Internal;
    return Error { kind, u"PostgreSQL %1: %2"_s.arg(QString::fromLatin1(code), message.trimmed()) };
}

Result<PgResult> PgConnection::exec(const QString &sql, const QStringList &params)
{
    std::vector<QByteArray> storage;
    storage.reserve(size_t(params.size()));
    std::vector<const char *> values;
    for (const QString &param : params) {
        storage.push_back(param.toUtf8());
        values.push_back(param.isNull() ? nullptr : storage.back().constData());
    }
    return checked(PQexecParams(
        m_connection, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
}

Status PgConnection::copyIn(const QString &sql, const QByteArray &rows)
{
    auto started = checkedCopy(PQexec(m_connection, sql.toUtf8().constData()));
    if (!started) {
        return started;
    }
    constexpr qsizetype kChunk = 1 << 20;
    bool sent = true;
    for (qsizetype from = 0; sent && from < rows.size(); from += kChunk) {
        sent = PQputCopyData(m_connection, rows.constData() + from, int(std::min(kChunk, rows.size() - from))) == 1;
    }
    // Ending with an error message aborts the COPY: nothing of it is kept.
    if (PQputCopyEnd(m_connection, sent ? nullptr : "sending the rows failed") != 1) {
        sent = false;
    }
    Status result;
    while (pg_result *next = PQgetResult(m_connection)) { // every result must be read before the next command
        if (auto done = checked(next); !done && result) {
            result = done.error();
        }
    }
    if (result && !sent) {
        result = Error { ErrorCode::Io,
            u"PostgreSQL COPY failed: %1"_s.arg(QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()) };
    }
    return result;
}

Status PgConnection::checkedCopy(pg_result *result)
{
    if (result && PQresultStatus(result) == PGRES_COPY_IN) {
        PQclear(result);
        return {};
    }
    auto failed = checked(result);
    return failed ? Status { Error { ErrorCode::Internal, u"PostgreSQL: not a COPY FROM STDIN"_s } }
                  : Status { failed.error() };
}

QByteArray PgConnection::copyLine(const QStringList &fields)
{
    QByteArray line;
    for (const QString &value : fields) {
        QByteArray field = value.toUtf8();
        if (field.contains('\\') || field.contains('\t') || field.contains('\n') || field.contains('\r')) {
            field.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r");
        }
        line += field;
        line += '\t';
    }
    line.back() = '\n';
    return line;
}

QString PgConnection::textArray(const QStringList &values)
{
    QString literal = u"{"_s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString value = values.at(i);
        value.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        literal += (i ? u",\""_s : u"\""_s) + value + u'"';
    }
    return literal + u'}';
}

Status PgConnection::script(const QString &sql)
{
    auto done = checked(PQexec(m_connection, sql.toUtf8().constData()));
    return done ? Status {} : Status { done.error() };
}

} // namespace akten::sync::pg
