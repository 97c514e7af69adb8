// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/integration/clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace akten::test {

RunResult runProgram(
    const QString &program, const QStringList &args, int timeoutMs, const std::optional<QByteArray> &input)
{
    QProcess process;
    process.start(program, args);
    RunResult result;
    if (!process.waitForStarted(10000)) {
        return result;
    }
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

RunResult runAktenctl(const QStringList &args, int timeoutMs)
{
    return runProgram(QStringLiteral(AKTENCTL_PATH), args, timeoutMs);
}

RunResult runAktenctlWithInput(const QStringList &args, const QByteArray &input)
{
    return runProgram(QStringLiteral(AKTENCTL_PATH), args, 120000, input);
}

void expectOneErrorLine(const RunResult &run, int exitCode)
{
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith("aktenctl: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(run.out.isEmpty());
}

QMap<QString, QByteArray> snapshotDir(const QString &dir)
{
    QMap<QString, QByteArray> snapshot;
    const QDir directory(dir);
    for (const QString &name : directory.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(directory.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            snapshot.insert(name, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        }
    }
    return snapshot;
}

} // namespace akten::test
