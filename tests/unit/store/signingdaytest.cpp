// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SigningDayReader on the demo unit's month of signatures (not done, retracted, signed twice, as needed among them):
// a read of a day's timed occurrences from a moment on is exactly the whole day's read cut at that moment.
#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "app/core/caretime.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "app/store/signingday.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

QList<core::Id> idsOf(const QList<core::Signature> &signatures)
{
    QList<core::Id> ids;
    for (const core::Signature &s : signatures) {
        ids.append(s.meta.id);
    }
    return ids;
}

} // namespace

class SigningDayTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    test::ManualClock m_clock;
    test::TestKeyProvider m_keys;
    std::optional<store::DeviceStore> m_store;
    QDate m_today;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_today = core::careToday();
        m_clock.set(core::careInstantMs(m_today, QTime(23, 59)));
        QVERIFY(m_keys.prepare(true));
        auto created = store::DeviceStore::create(m_tmp.filePath(u"s"_s), m_keys, m_clock);
        QVERIFY(created);
        m_store.emplace(std::move(created).value());
        const auto data = demo::generateDemoUnit(m_today, m_store->deviceId(), 20261122, QTime(23, 59));
        QVERIFY(!data.retractions.isEmpty());
        QVERIFY(demo::seedDemo(*m_store, data));
    }

    void aReadFromAMomentIsTheDaysTimedTailFromIt()
    {
        store::MasterDataRepository master(m_store->db());
        const auto residents = master.residents().value();
        QHash<core::Id, core::SigningWindow> windows;
        for (const core::Unit &unit : master.units().value()) {
            windows.insert(unit.id, unit.signingWindow);
        }
        store::SigningDayReader reader(m_store->db());
        int compared = 0;
        for (const int daysAgo : { 0, 1, 2, 9, 20 }) {
            const QDate day = m_today.addDays(-daysAgo);
            const qint64 now = m_clock.nowMs();
            const auto whole = reader.read(residents, windows, day, now);
            QVERIFY(whole);
            for (const QTime &at : { QTime(0, 0), QTime(8, 10), QTime(13, 0), QTime(21, 10), QTime(23, 59) }) {
                const qint64 from = core::careInstantMs(day, at);
                QList<store::DayOccurrence> expected;
                for (const store::DayOccurrence &item : whole.value()) {
                    if (!item.occurrence.asNeeded && item.occurrence.plannedMs >= from) {
                        expected.append(item);
                    }
                }
                const auto tail = reader.read(residents, windows, day, now, from);
                QVERIFY(tail);
                QCOMPARE(tail.value().size(), expected.size());
                for (qsizetype i = 0; i < expected.size(); ++i) {
                    const store::DayOccurrence &a = tail.value().at(i);
                    const store::DayOccurrence &b = expected.at(i);
                    QCOMPARE(a.occurrence.residentId, b.occurrence.residentId);
                    QCOMPARE(a.occurrence.activityId, b.occurrence.activityId);
                    QCOMPARE(a.occurrence.planRevisionId, b.occurrence.planRevisionId);
                    QCOMPARE(a.occurrence.plannedMs, b.occurrence.plannedMs);
                    QCOMPARE(a.status.state, b.status.state);
                    QCOMPARE(idsOf(a.status.valid), idsOf(b.status.valid));
                    QCOMPARE(idsOf(a.status.retracted), idsOf(b.status.retracted));
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 100);
        // From the next day's midnight on, nothing of the day is left.
        QVERIFY(reader
                    .read(residents, windows, m_today.addDays(-1), m_clock.nowMs(),
                        core::careInstantMs(m_today, QTime(0, 0)))
                    .value()
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(SigningDayTest)
#include "signingdaytest.moc"
