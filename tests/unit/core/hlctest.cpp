// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/manualclock.h"

#include "app/core/hlc.h"

#include <QTest>

using akten::core::HlcStamp;
using akten::core::HybridLogicalClock;
using akten::test::ManualClock;
using namespace Qt::StringLiterals;

class HlcTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheWallClock()
    {
        ManualClock clock(1000);
        HybridLogicalClock hlc(clock);
        QCOMPARE(hlc.now(), (HlcStamp { 1000, 0 }));
        clock.advance(5);
        QCOMPARE(hlc.now(), (HlcStamp { 1005, 0 }));
    }

    void standingClockCountsLogically()
    {
        ManualClock clock(1000);
        HybridLogicalClock hlc(clock);
        HlcStamp previous = hlc.now();
        for (int i = 0; i < 1000; ++i) {
            const HlcStamp next = hlc.now();
            QVERIFY(previous < next);
            previous = next;
        }
        QCOMPARE(previous.physicalMs, 1000);
    }

    void backwardJumpsKeepOrder_data()
    {
        QTest::addColumn<qint64>("jumpMs");
        QTest::newRow("five minutes") << qint64(-5 * 60 * 1000);
        QTest::newRow("one day") << qint64(-24LL * 3600 * 1000);
        QTest::newRow("one year") << qint64(-365LL * 24 * 3600 * 1000);
    }

    void backwardJumpsKeepOrder()
    {
        QFETCH(qint64, jumpMs);
        ManualClock clock;
        HybridLogicalClock hlc(clock);
        const HlcStamp before = hlc.now();
        clock.advance(jumpMs);
        const HlcStamp after = hlc.now();
        QVERIFY(before < after);
        QCOMPARE(after.physicalMs, before.physicalMs); // stays at the highest time seen
        clock.advance(-jumpMs + 10); // the clock is corrected and moves past it
        const HlcStamp corrected = hlc.now();
        QVERIFY(after < corrected);
        QCOMPARE(corrected.logical, 0u);
    }

    void forwardJumpIsFollowed()
    {
        ManualClock clock;
        HybridLogicalClock hlc(clock);
        const HlcStamp before = hlc.now();
        clock.advance(3600 * 1000);
        QVERIFY(before < hlc.now());
    }

    void receiveMergesRemoteStamps()
    {
        ManualClock clock(10'000);
        HybridLogicalClock hlc(clock);
        const auto merged = hlc.receive({ 20'000, 7 });
        QVERIFY(merged);
        QCOMPARE(*merged, (HlcStamp { 20'000, 8 }));
        QVERIFY(*merged < hlc.now()); // later local events order after what was received
    }

    void farFutureRemoteIsRefused()
    {
        ManualClock clock(10'000);
        HybridLogicalClock hlc(clock, 60'000);
        const HlcStamp before = hlc.now();
        QVERIFY(!hlc.receive({ 10'000 + 61'000, 0 }));
        QCOMPARE(hlc.last(), before); // unchanged
        QVERIFY(hlc.receive({ 10'000 + 59'000, 0 }));
    }

    void restoreSurvivesRestartWithAnEarlierClock()
    {
        ManualClock clock(5'000);
        HybridLogicalClock hlc(clock);
        hlc.restore({ 9'000, 3 }); // persisted before the restart; the clock now reads earlier
        QCOMPARE(hlc.now(), (HlcStamp { 9'000, 4 }));
    }

    void textFormSortsLikeTheStamp()
    {
        const QList<HlcStamp> stamps { { 5, 0 }, { 5, 1 }, { 5, 10 }, { 40, 0 }, { 1'767'225'600'000, 2 },
            { 1'767'225'600'001, 0 } };
        for (int i = 1; i < stamps.size(); ++i) {
            QVERIFY(stamps.at(i - 1).toString() < stamps.at(i).toString());
            QCOMPARE(HlcStamp::fromString(stamps.at(i).toString()), std::optional(stamps.at(i)));
        }
    }

    void fromStringRejectsGarbage()
    {
        for (const QString &bad : { u""_s, u"12-3"_s, u"000000000000001-x000000001"_s, u"000000000000001-99999999999"_s,
                 u"000000000000001-9999999999"_s, u" 000000000000001-0000000001"_s, u"000000000000001-000000001 "_s,
                 u"000000000000001+0000000001"_s, u"00000000000000١-0000000001"_s, u"-00000000000001-0000000001"_s,
                 u"000000000000001-4294967296"_s }) {
            QVERIFY2(!HlcStamp::fromString(bad), qPrintable(bad));
        }
        QCOMPARE(HlcStamp::fromString(u"999999999999999-4294967295"_s),
            std::optional(HlcStamp { 999'999'999'999'999, 0xffffffffU }));
        QCOMPARE(HlcStamp::fromString(u"000000000000000-0000000000"_s), std::optional(HlcStamp { 0, 0 }));
    }
};

QTEST_GUILESS_MAIN(HlcTest)
#include "hlctest.moc"
