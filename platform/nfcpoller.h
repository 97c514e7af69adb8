// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/badgereader.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

struct nfc_context;
struct nfc_device;

namespace akten::platform {

/** How often the libnfc poller asks the reader for a card, and how it treats a lost reader. */
struct NfcPollTiming
{
    std::chrono::milliseconds pollInterval { 250 };
    std::chrono::milliseconds retryInterval { 1000 }; ///< first wait between attempts to open a missing reader
    std::chrono::milliseconds maxRetryInterval { 30000 }; ///< the wait doubles up to this while it stays missing
    int missesBeforeRemoval = 2; ///< empty polls in a row before a card counts as taken away
};

/**
 * Talks to one libnfc reader: opens it, polls for an ISO 14443A card on a QTimer and reports cards and reader state
 * as queued-safe value signals. Lives in a worker thread: create it, move it to the thread, call start() and
 * shutdown() in that thread (queued), never from another. Each libnfc call is bounded by libnfc's own timeouts, so
 * the thread's event loop stays responsive between polls. Owns the libnfc context and device (RAII).
 */
class NfcPoller final : public QObject
{
    Q_OBJECT

public:
    /** connection: a libnfc connection string ("pn532_uart:/dev/ttyUSB0", "acr122_usb"); empty for any reader. */
    NfcPoller(QByteArray connection, NfcPollTiming timing);
    ~NfcPoller() override;
    Q_DISABLE_COPY_MOVE(NfcPoller)

    void start();
    /** Closes the reader and ends the event loop of the thread the poller lives in. */
    void shutdown();

Q_SIGNALS:
    void cardPresented(const QString &uidHex);
    void cardRemoved(const QString &uidHex);
    void stateChanged(akten::platform::ReaderState state, const QString &detail);

private:
    struct ContextDeleter
    {
        void operator()(nfc_context *context) const;
    };
    struct DeviceDeleter
    {
        void operator()(nfc_device *device) const;
    };

    void tick();
    bool open();
    void poll();
    void lose(const QString &detail);
    void track(const QString &uidHex);
    void report(ReaderState state, const QString &detail);
    [[nodiscard]] QString where() const;

    QByteArray m_connection;
    NfcPollTiming m_timing;
    std::unique_ptr<nfc_context, ContextDeleter> m_context;
    std::unique_ptr<nfc_device, DeviceDeleter> m_device; ///< declared after the context: closed before nfc_exit
    QTimer m_timer;
    QString m_present; ///< the card on the reader, sensitive: never logged
    int m_misses = 0;
    int m_failedOpens = 0; ///< opens that failed in a row: the retry wait grows with it
    ReaderState m_reported = ReaderState::Stopped;
    QString m_reportedDetail;
};

} // namespace akten::platform
