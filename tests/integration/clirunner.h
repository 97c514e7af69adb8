// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace akten::test {

/** Output of one finished process run. */
struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

/** Runs a program with arguments and a bounded timeout; never hangs a test. */
[[nodiscard]] RunResult runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000);
/** Runs the aktenctl binary under test. */
[[nodiscard]] RunResult runAktenctl(const QStringList &args, int timeoutMs = 120000);
/** SHA-256 of every file in a directory (name → hash), to prove that a failed command changed nothing. */
[[nodiscard]] QMap<QString, QByteArray> snapshotDir(const QString &dir);

} // namespace akten::test
