// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

namespace akten::sync {

/**
 * Tells systemd (a Type=notify unit) how akten-central is doing, through sd_notify(3): READY=1 once every listener
 * is up, STOPPING=1 when a stop begins, STATUS= lines for `systemctl status`. Without $NOTIFY_SOCKET (not started by
 * systemd) each call does nothing. The socket variable stays set for the process: nothing it starts inherits it.
 */
class ServiceNotifier
{
public:
    /** Whether a service manager listens ($NOTIFY_SOCKET set). */
    [[nodiscard]] static bool expected();
    static void ready(const QString &status);
    static void stopping(const QString &status);
    static void status(const QString &status);

private:
    static void send(const QByteArray &state);
};

} // namespace akten::sync
