// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/centralconfig.h"

#include "sync/server/pg/pgconninfo.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

constexpr qsizetype kMaxLine = 4096;

/** What is wrong with `value` for `key`, or nothing. */
std::optional<QString> valueProblem(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        return u"has no value"_s;
    }
    if (key == "central-dir"_L1 || key == "central-key"_L1 || key == "postgres-password-file"_L1) {
        if (!QDir::isAbsolutePath(value)) {
            return u"must be an absolute path, not '%1'"_s.arg(value);
        }
        return std::nullopt;
    }
    if (key == "listen"_L1 || key == "enrol-listen"_L1 || key == "health-listen"_L1) {
        const auto address = CentralConfig::hostPort(value);
        if (!address) {
            return u"expected HOST:PORT with an IP address, not '%1'"_s.arg(value);
        }
        if (key == "health-listen"_L1 && !address->first.isLoopback()) {
            return u"must be a loopback address (127.0.0.0/8 or ::1), not '%1'"_s.arg(value);
        }
        return std::nullopt;
    }
    if (key == "stop-timeout"_L1) {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            return u"expected whole seconds from 1 to 3600, not '%1'"_s.arg(value);
        }
        return std::nullopt;
    }
    if (key == "postgres"_L1) {
        return pg::conninfoProblem(value);
    }
    return u"is not a key of akten-central (known: %1)"_s.arg(CentralConfig::keys().join(u", "_s));
}

} // namespace

QStringList CentralConfig::keys()
{
    return { u"central-dir"_s, u"central-key"_s, u"listen"_s, u"enrol-listen"_s, u"health-listen"_s, u"postgres"_s,
        u"postgres-password-file"_s, u"stop-timeout"_s };
}

std::optional<std::pair<QHostAddress, quint16>> CentralConfig::hostPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    const QHostAddress address(text.left(colon).remove(u'[').remove(u']'));
    if (!ok || port > 65535 || address.isNull()) {
        return std::nullopt;
    }
    return std::pair { address, quint16(port) };
}

Result<CentralConfig> CentralConfig::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error { ErrorCode::Io, u"cannot read the configuration file %1: %2"_s.arg(path, file.errorString()) };
    }
    CentralConfig config;
    QHash<QString, int> seenOn;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QByteArray raw = file.readLine(kMaxLine + 1);
        const auto bad = [&](const QString &what) {
            return Error { ErrorCode::InvalidInput, u"%1:%2: %3"_s.arg(path).arg(number).arg(what) };
        };
        if (raw.size() > kMaxLine) {
            return bad(u"line longer than %1 bytes"_s.arg(kMaxLine));
        }
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            return bad(u"expected 'key = value', not '%1'"_s.arg(line));
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (!keys().contains(key)) {
            return bad(u"unknown key '%1' (known: %2)"_s.arg(key, keys().join(u", "_s)));
        }
        if (seenOn.contains(key)) {
            return bad(u"%1 given again (first on line %2)"_s.arg(key).arg(seenOn.value(key)));
        }
        if (auto problem = valueProblem(key, value)) {
            return bad(u"%1 %2"_s.arg(key, *problem));
        }
        seenOn.insert(key, number);
        config.m_values.append({ key, value });
    }
    return config;
}

Result<QStringList> CentralConfig::expand(const QStringList &args, const QStringList &known)
{
    QStringList rest;
    QString path;
    bool given = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == "--config"_L1 || arg == "-config"_L1) {
            if (i + 1 >= args.size()) {
                return Error { ErrorCode::InvalidInput, u"--config needs a FILE"_s };
            }
            path = args.at(++i);
        } else if (arg.startsWith("--config="_L1)) {
            path = arg.mid(9);
        } else {
            rest.append(arg);
            continue;
        }
        if (given) {
            return Error { ErrorCode::InvalidInput, u"--config given twice"_s };
        }
        given = true;
    }
    if (!given) {
        return args;
    }
    auto config = read(path);
    if (!config) {
        return config.error();
    }
    const QStringList options = config.value().arguments(known);
    for (qsizetype i = 0; i < options.size(); ++i) {
        rest.insert(1 + i, options.at(i));
    }
    return rest;
}

QStringList CentralConfig::arguments(const QStringList &known) const
{
    QStringList out;
    for (const auto &[key, value] : m_values) {
        if (known.contains(key)) {
            out.append(u"--%1=%2"_s.arg(key, value));
        }
    }
    return out;
}

std::optional<QString> CentralConfig::value(const QString &key) const
{
    for (const auto &[name, value] : m_values) {
        if (name == key) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace akten::sync
