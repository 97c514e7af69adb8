// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A flat battery in the middle of a word, for the draft tests: the test binary runs one of its own functions as a
// child process on a store in AKTEN_TEST_CHILD_DIR, the child types a character at a time and says how far it got,
// and the parent kills it with SIGKILL once it has typed enough.
#pragma once

#include "tests/qml/shelltesthelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <csignal>

namespace akten::test {

/** The child's store directory; empty when the function was not started by killChildAfterTyping (skip then). */
inline QString childStoreDir()
{
    return qEnvironmentVariable("AKTEN_TEST_CHILD_DIR");
}

/**
 * In the child: types `words` into the focused field a character at a time, each after 120 ms (so the drafts' half
 * second passes now and then, as with a real writer), printing "typed N" after each; then waits to be killed.
 */
inline void typeSlowlyUntilKilled(QQuickWindow *window, const QString &words)
{
    for (int i = 0; i < words.size(); ++i) {
        typeText(window, words.mid(i, 1));
        QTest::qWait(120);
        QTextStream(stdout) << "typed " << (i + 1) << Qt::endl;
    }
    QTest::qWait(60'000); // the parent kills us long before
}

/**
 * In the parent: runs this binary's test function `childFunction` on `dir` and kills it with SIGKILL once it has
 * typed `atLeast` characters. How many it had typed, or -1 if it never got that far or did not die by the signal.
 */
inline int killChildAfterTyping(const QString &childFunction, const QString &dir, int atLeast, int timeoutMs)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AKTEN_TEST_CHILD_DIR"), dir);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), { childFunction });
    if (!child.waitForStarted()) {
        return -1;
    }
    int typed = 0;
    QElapsedTimer waited;
    waited.start();
    while (typed < atLeast && waited.elapsed() < timeoutMs && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("typed ")) {
                typed = line.mid(6).toInt();
            }
        }
    }
    if (typed < atLeast) {
        child.kill();
        child.waitForFinished(10'000);
        return -1;
    }
    ::kill(pid_t(child.processId()), SIGKILL); // mid-word, as a flat battery would
    if (!child.waitForFinished(10'000) || child.exitStatus() != QProcess::CrashExit) {
        return -1;
    }
    return typed;
}

} // namespace akten::test
