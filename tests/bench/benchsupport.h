// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// What every benchmark program needs around its measurements: one stdout stream for the report, and stopping with
// one English line (the program's name first) when setting up fails, so a bench never measures a half-built store.
#pragma once

#include "app/core/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <utility>
#include <vector>

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

/** The median and the 99th percentile of a run of timings in milliseconds. */
struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
};

inline Percentiles percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) { return ms.at(static_cast<size_t>(p * static_cast<double>(ms.size() - 1))); };
    return { at(0.5), at(0.99) };
}

/** How long `work` took on the wall clock, in milliseconds. */
inline double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace akten::bench
