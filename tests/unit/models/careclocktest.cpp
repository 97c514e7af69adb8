// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/careclock.h"
#include "tests/support/manualclock.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

/** The top bar's clock reads the care unit's time, not the device's zone (the tests run with TZ=UTC). */
class CareClockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsStockholmTimeWhateverTheDeviceZone()
    {
        QCOMPARE(qgetenv("TZ"), QByteArray("UTC"));
        akten::test::ManualClock clock(
            QDateTime::fromString(u"2026-11-28T20:45:10Z"_s, Qt::ISODate).toMSecsSinceEpoch());
        CareClock care(clock);
        QCOMPARE(care.timeText(), u"21:45"_s); // winter: UTC+1
        QCOMPARE(care.today(), QDate(2026, 11, 28));
        QSignalSpy turned(&care, &CareClock::minuteChanged);
        clock.set(QDateTime::fromString(u"2026-07-01T22:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
        QTRY_COMPARE(turned.size(), 1);
        QCOMPARE(care.timeText(), u"00:30"_s); // summer: UTC+2, already the next day there
        QCOMPARE(care.today(), QDate(2026, 7, 2));
    }
};

QTEST_GUILESS_MAIN(CareClockTest)
#include "careclocktest.moc"
