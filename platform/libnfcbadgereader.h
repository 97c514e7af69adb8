// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/badgereader.h"
#include "platform/nfcpoller.h"

#include <QString>

#include <chrono>
#include <memory>

class QThread;

namespace akten::platform {

/**
 * A badge reader driven by libnfc (PN532 on a serial port, ACR122 on USB, ...). An NfcPoller in a thread of its own
 * does all libnfc I/O; this object lives in the caller's thread and turns the poller's queued signals into
 * BadgeReader signals. A reader that goes away is reported Disconnected and reopened about every second.
 * Not thread-safe: use it from the thread that created it. stop() and the destructor join the worker thread
 * within stopTimeout (libnfc calls are bounded, so that is normally a few hundred ms).
 */
class LibnfcBadgeReader final : public BadgeReader
{
    Q_OBJECT

public:
    /** connection: a libnfc connection string, e.g. "pn532_uart:/dev/ttyUSB0" or "acr122_usb"; empty for the first
     * reader libnfc finds. */
    explicit LibnfcBadgeReader(const QString &connection = {},
        std::chrono::milliseconds pollInterval = std::chrono::milliseconds(250), QObject *parent = nullptr);
    ~LibnfcBadgeReader() override;
    Q_DISABLE_COPY_MOVE(LibnfcBadgeReader)

    void start() override;
    void stop() override;

    /** Time between attempts to reopen a missing reader; takes effect at the next start(). For unit testing. */
    /** First wait before reopening a missing reader, and the longest it grows to (tests keep both short). */
    void setRetryInterval(std::chrono::milliseconds interval, std::chrono::milliseconds longest = {})
    {
        m_timing.retryInterval = interval;
        m_timing.maxRetryInterval = longest.count() > 0 ? longest : interval;
    }
    /** How long stop() waits for the worker thread. */
    void setStopTimeout(std::chrono::milliseconds timeout) { m_stopTimeout = timeout; }

private:
    void stopWorker();

    QString m_connection;
    NfcPollTiming m_timing;
    std::chrono::milliseconds m_stopTimeout { 5000 };
    std::unique_ptr<QThread> m_thread;
    NfcPoller *m_poller = nullptr; ///< lives in m_thread, deleted there when the thread finishes
    quint64 m_generation = 0; ///< signals queued by an earlier start() are ignored
};

} // namespace akten::platform
