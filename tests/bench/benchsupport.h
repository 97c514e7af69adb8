// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// What every benchmark program needs around its measurements: one stdout stream for the report, and stopping with
// one English line (the program's name first) when setting up fails, so a bench never measures a half-built store.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <cstdlib>
#include <utility>

namespace akten::bench {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] inline void die(const QString &what)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << what << '\n';
    std::exit(1);
}

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result) {
        die(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().message);
    }
    return std::move(result).value();
}

inline void must(const Status &status, const char *what)
{
    if (!status) {
        die(QString::fromLatin1(what) + QStringLiteral(": ") + status.error().message);
    }
}

} // namespace akten::bench
