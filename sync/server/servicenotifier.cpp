// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/servicenotifier.h"

#include <QLoggingCategory>

#include <systemd/sd-daemon.h>

Q_DECLARE_LOGGING_CATEGORY(lcCentral)

namespace akten::sync {
namespace {

QByteArray statusLine(const QString &status)
{
    QByteArray line = status.toUtf8();
    line.replace('\n', ' ');
    return "STATUS=" + line;
}

} // namespace

bool ServiceNotifier::expected()
{
    return !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
}

void ServiceNotifier::ready(const QString &status)
{
    send("READY=1\n" + statusLine(status));
}

void ServiceNotifier::stopping(const QString &status)
{
    send("STOPPING=1\n" + statusLine(status));
}

void ServiceNotifier::status(const QString &status)
{
    send(statusLine(status));
}

void ServiceNotifier::send(const QByteArray &state)
{
    if (!expected()) {
        return;
    }
    if (const int sent = sd_notify(0, state.constData()); sent < 0) {
        qCWarning(lcCentral).noquote() << "could not notify the service manager:" << qt_error_string(-sent);
    }
}

} // namespace akten::sync
