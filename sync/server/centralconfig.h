// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QHostAddress>
#include <QStringList>

#include <optional>
#include <utility>

namespace akten::sync {

/**
 * akten-central's configuration file (`--config FILE`; packaged as /etc/akten/central.conf): one `key = value` a line,
 * blank lines and lines starting with `#` ignored. The keys are the long options (keys()); each value is checked as
 * far as it can be on its own (paths absolute, addresses HOST:PORT with an IP address, the health address on
 * loopback, CONNINFO without a password), and a key given twice, an unknown key or a bad value is refused with the
 * file, line and key. The file's options go before the command line's, so an option given on the command line wins.
 */
class CentralConfig
{
public:
    /** The keys a file may hold. */
    [[nodiscard]] static QStringList keys();
    /** Reads and checks FILE. */
    [[nodiscard]] static Result<CentralConfig> read(const QString &path);
    /**
     * `args` (program name first) with `--config FILE` / `--config=FILE` taken out and the file's options for the
     * keys in `known` put in front of the command line's own (others in the file are for other commands). No
     * `--config`: `args` as they are.
     */
    [[nodiscard]] static Result<QStringList> expand(const QStringList &args, const QStringList &known);
    /** HOST:PORT with an IP address (IPv6 in brackets or not); nothing if it is not one. */
    [[nodiscard]] static std::optional<std::pair<QHostAddress, quint16>> hostPort(const QString &text);

    /** `--key=value` for each key of `known` the file sets, in the file's order. */
    [[nodiscard]] QStringList arguments(const QStringList &known) const;
    [[nodiscard]] std::optional<QString> value(const QString &key) const;

private:
    QList<std::pair<QString, QString>> m_values;
};

} // namespace akten::sync
