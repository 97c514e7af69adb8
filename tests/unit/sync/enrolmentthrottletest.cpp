// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Enrolment attempts per peer address (issue 16): a burst, then one per refill interval; addresses apart; one bucket
// for an IPv4 address and its IPv4-mapped IPv6 form.
#include "sync/server/enrolmentthrottle.h"

#include <QTest>

using namespace akten;
using namespace std::chrono_literals;

class EnrolmentThrottleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBurstThenOnePerInterval()
    {
        qint64 now = 0;
        sync::EnrolmentThrottle throttle(3, 30s, [&now] { return now; });
        const QHostAddress peer(QStringLiteral("192.0.2.7"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(throttle.allow(peer));
        }
        QVERIFY(!throttle.allow(peer));
        QVERIFY(throttle.allow(QHostAddress(QStringLiteral("192.0.2.8")))); // another address has its own
        now += 29'000;
        QVERIFY(!throttle.allow(peer));
        now += 1'000;
        QVERIFY(throttle.allow(peer)); // one attempt back after 30 s
        QVERIFY(!throttle.allow(peer));
        now += 10 * 60'000; // long quiet: the burst, not more
        for (int i = 0; i < 3; ++i) {
            QVERIFY(throttle.allow(peer));
        }
        QVERIFY(!throttle.allow(peer));
    }

    void mappedIpv4IsTheSameAddress()
    {
        sync::EnrolmentThrottle throttle(1, 30s, [] { return qint64(0); });
        QVERIFY(throttle.allow(QHostAddress(QStringLiteral("192.0.2.9"))));
        QVERIFY(!throttle.allow(QHostAddress(QStringLiteral("::ffff:192.0.2.9"))));
    }
};

QTEST_GUILESS_MAIN(EnrolmentThrottleTest)
#include "enrolmentthrottletest.moc"
