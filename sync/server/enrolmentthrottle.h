// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QHash>
#include <QHostAddress>

#include <chrono>
#include <functional>

namespace akten::sync {

/**
 * How many enrolment attempts a peer address may still make: a bucket of `burst` attempts per address, refilled at one
 * per `refill`. The enrolment port takes anyone; this bounds how fast one address can guess codes (80 random bits
 * already make guessing hopeless, this keeps the port from being used as an oracle or a CPU sink). Used from the
 * listener's thread only; the table of addresses is bounded (full buckets are forgotten first).
 */
class EnrolmentThrottle
{
public:
    using MonotonicMs = std::function<qint64()>; // for unit testing
    EnrolmentThrottle(int burst, std::chrono::milliseconds refill, MonotonicMs now = {});

    /** Takes one attempt from the peer's bucket; false (take none) if it is empty. */
    [[nodiscard]] bool allow(const QHostAddress &peer);

private:
    struct Bucket
    {
        double attempts = 0;
        qint64 at = 0;
    };
    void forgetFullBuckets(qint64 now);

    int m_burst;
    std::chrono::milliseconds m_refill;
    MonotonicMs m_now;
    QHash<QString, Bucket> m_buckets;
};

} // namespace akten::sync
