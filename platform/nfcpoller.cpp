// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/nfcpoller.h"

#include <QThread>

#include <nfc/nfc.h>

#include <utility>

using namespace Qt::StringLiterals;

namespace akten::platform {

void NfcPoller::ContextDeleter::operator()(nfc_context *context) const
{
    nfc_exit(context);
}

void NfcPoller::DeviceDeleter::operator()(nfc_device *device) const
{
    // Also talks to the reader (InRelease, RF off, PowerDown), each bounded by libnfc's command timeout.
    nfc_close(device);
}

NfcPoller::NfcPoller(QByteArray connection, NfcPollTiming timing)
    : m_connection(std::move(connection))
    , m_timing(timing)
    , m_timer(this) // a child, so moveToThread() takes the timer along
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NfcPoller::tick);
}

NfcPoller::~NfcPoller() = default;

void NfcPoller::start()
{
    tick();
}

void NfcPoller::shutdown()
{
    m_timer.stop();
    m_device.reset();
    m_context.reset();
    m_present.clear();
    m_misses = 0;
    thread()->quit();
}

void NfcPoller::tick()
{
    if (m_device || open()) {
        poll();
    }
    // Re-armed after the work, so a slow reader never gets polls queued up behind each other. A missing reader is
    // retried at growing intervals, so an unplugged reader does not flood the log with libnfc's own errors.
    if (m_device) {
        m_failedOpens = 0;
        m_timer.start(m_timing.pollInterval);
    } else {
        const auto wait = m_timing.retryInterval * (qint64(1) << std::min(m_failedOpens++, 10));
        m_timer.start(
            std::min<std::chrono::milliseconds>(wait, std::max(m_timing.maxRetryInterval, m_timing.retryInterval)));
    }
}

bool NfcPoller::open()
{
    if (!m_context) {
        nfc_context *context = nullptr;
        nfc_init(&context);
        if (!context) {
            report(ReaderState::Disconnected, u"libnfc could not be initialised"_s);
            return false;
        }
        m_context.reset(context);
    }
    m_device.reset(nfc_open(m_context.get(), m_connection.isEmpty() ? nullptr : m_connection.constData()));
    if (!m_device) {
        report(ReaderState::Disconnected, u"no NFC reader at "_s + where());
        return false;
    }
    // Without NP_INFINITE_SELECT off, InListPassiveTarget retries until a card comes: polls must return.
    if (nfc_initiator_init(m_device.get()) < 0
        || nfc_device_set_property_bool(m_device.get(), NP_INFINITE_SELECT, false) < 0) {
        lose(u"NFC reader refused initiator mode"_s);
        return false;
    }
    m_misses = 0;
    report(ReaderState::Ready, u"NFC reader open: "_s + QString::fromUtf8(nfc_device_get_name(m_device.get())));
    return true;
}

void NfcPoller::poll()
{
    const nfc_modulation modulation { NMT_ISO14443A, NBR_106 };
    nfc_target target {};
    const int found = nfc_initiator_select_passive_target(m_device.get(), modulation, nullptr, 0, &target);
    if (found < 0 && found != NFC_ERFTRANS) {
        lose(u"NFC reader lost"_s);
        return;
    }
    // NFC_ERFTRANS is a failed exchange with a card (moved away, two cards): an empty poll, not a lost reader.
    QString uid;
    if (found > 0 && target.nti.nai.szUidLen <= sizeof target.nti.nai.abtUid) {
        const QByteArray bytes(
            reinterpret_cast<const char *>(target.nti.nai.abtUid), static_cast<qsizetype>(target.nti.nai.szUidLen));
        uid = normaliseUidHex(QString::fromLatin1(bytes.toHex()));
    }
    track(uid);
}

void NfcPoller::track(const QString &uidHex)
{
    if (uidHex.isEmpty()) {
        if (!m_present.isEmpty() && ++m_misses >= m_timing.missesBeforeRemoval) {
            m_misses = 0;
            Q_EMIT cardRemoved(std::exchange(m_present, {}));
        }
        return;
    }
    m_misses = 0;
    if (uidHex == m_present) {
        return; // still lying on the reader: reported once
    }
    if (!m_present.isEmpty()) {
        Q_EMIT cardRemoved(std::exchange(m_present, {}));
    }
    m_present = uidHex;
    Q_EMIT cardPresented(uidHex);
}

void NfcPoller::lose(const QString &detail)
{
    const QString reason = detail + u": "_s + QString::fromUtf8(nfc_strerror(m_device.get()));
    m_device.reset();
    // Nobody can tell whether the card is still there: for the application it is gone with the reader.
    if (!m_present.isEmpty()) {
        m_misses = 0;
        Q_EMIT cardRemoved(std::exchange(m_present, {}));
    }
    report(ReaderState::Disconnected, reason);
}

void NfcPoller::report(ReaderState state, const QString &detail)
{
    if (state != m_reported || detail != m_reportedDetail) {
        m_reported = state;
        m_reportedDetail = detail;
        Q_EMIT stateChanged(state, detail);
    }
}

QString NfcPoller::where() const
{
    return m_connection.isEmpty() ? u"any libnfc device"_s : QString::fromUtf8(m_connection);
}

} // namespace akten::platform
