// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/enrolmentthrottle.h"

#include <QElapsedTimer>

#include <algorithm>

namespace akten::sync {
namespace {

constexpr qsizetype kMaxAddresses = 10'000;

} // namespace

EnrolmentThrottle::EnrolmentThrottle(int burst, std::chrono::milliseconds refill, MonotonicMs now)
    : m_burst(burst)
    , m_refill(refill)
    , m_now(std::move(now))
{
    if (!m_now) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_now = [timer] { return timer->elapsed(); };
    }
}

bool EnrolmentThrottle::allow(const QHostAddress &peer)
{
    const qint64 now = m_now();
    // An IPv4 peer may arrive as ::ffff:a.b.c.d on a dual-stack listener: one bucket for both forms.
    bool v4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&v4);
    const QString key = v4 ? QHostAddress(ipv4).toString() : peer.toString();
    if (!m_buckets.contains(key) && m_buckets.size() >= kMaxAddresses) {
        forgetFullBuckets(now);
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        it = m_buckets.insert(key, { double(m_burst), now });
    }
    it->attempts = std::min(double(m_burst), it->attempts + double(now - it->at) / double(m_refill.count()));
    it->at = now;
    if (it->attempts < 1) {
        return false;
    }
    it->attempts -= 1;
    return true;
}

void EnrolmentThrottle::forgetFullBuckets(qint64 now)
{
    m_buckets.removeIf([&](const auto &entry) {
        return entry.value().attempts + double(now - entry.value().at) / double(m_refill.count()) >= m_burst;
    });
    if (m_buckets.size() >= kMaxAddresses) { // all busy: an address flood; start over rather than grow
        m_buckets.clear();
    }
}

} // namespace akten::sync
