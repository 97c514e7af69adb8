// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace akten::test {

/** Output of one finished process run. */
struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

/**
 * Runs a program with arguments and a bounded timeout; never hangs a test. `input`, if given, is written to its
 * standard input, which is then closed.
 */
[[nodiscard]] RunResult runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000,
    const std::optional<QByteArray> &input = std::nullopt);
/** Runs the aktenctl binary under test. */
[[nodiscard]] RunResult runAktenctl(const QStringList &args, int timeoutMs = 120000);
/** Runs the aktenctl binary under test with `input` on its standard input. */
[[nodiscard]] RunResult runAktenctlWithInput(const QStringList &args, const QByteArray &input);
/**
 * Checks the CLI contract for a failed run (QtTest checks, for use inside a test function): exit code `exitCode`,
 * nothing on stdout, one line on stderr starting "aktenctl: ".
 */
void expectOneErrorLine(const RunResult &run, int exitCode);
/** SHA-256 of every file in a directory (name → hash), to prove that a failed command changed nothing. */
[[nodiscard]] QMap<QString, QByteArray> snapshotDir(const QString &dir);

} // namespace akten::test
