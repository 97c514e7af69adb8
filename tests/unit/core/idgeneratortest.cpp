// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/manualclock.h"

#include "app/core/ids.h"

#include <QSet>
#include <QTest>

using akten::core::IdGenerator;
using akten::test::ManualClock;

class IdGeneratorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isVersion7WithRfcVariant()
    {
        ManualClock clock;
        IdGenerator ids(clock);
        const auto id = ids.next();
        const QByteArray bytes = id.toRfc4122();
        QCOMPARE(static_cast<uchar>(bytes.at(6)) >> 4, 7); // version 7
        QCOMPARE(static_cast<uchar>(bytes.at(8)) & 0xc0, 0x80); // RFC 9562 variant
        QCOMPARE(IdGenerator::timestampMs(id), clock.nowMs());
    }

    void strictlyIncreasingWhenTheClockStandsOrGoesBack()
    {
        ManualClock clock;
        IdGenerator ids(clock);
        QByteArray previous = ids.next().toRfc4122();
        QSet<QByteArray> seen;
        for (int i = 0; i < 100'000; ++i) {
            if (i % 10'000 == 5'000) {
                clock.advance(-60'000); // the clock jumps back a minute now and then
            }
            if (i % 7 == 0) {
                clock.advance(1);
            }
            const QByteArray next = ids.next().toRfc4122();
            QVERIFY(previous < next);
            QVERIFY(!seen.contains(next));
            seen.insert(next);
            previous = next;
        }
    }

    void textFormRoundTrips()
    {
        ManualClock clock;
        IdGenerator ids(clock);
        const auto id = ids.next();
        const QString text = akten::core::idToString(id);
        QCOMPARE(text.size(), 36);
        QCOMPARE(text, text.toLower());
        QCOMPARE(akten::core::idFromString(text), id);
        QVERIFY(akten::core::idFromString(QStringLiteral("{") + text + QStringLiteral("}")).isNull());
        QVERIFY(akten::core::idFromString(QStringLiteral("not-an-id")).isNull());
        QCOMPARE(IdGenerator::timestampMs(QUuid::createUuid()), -1); // version 4
    }
};

QTEST_GUILESS_MAIN(IdGeneratorTest)
#include "idgeneratortest.moc"
