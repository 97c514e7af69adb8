// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "app/store/storestats.h"

#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class DemoSeederTest : public QObject
{
    Q_OBJECT

private:
    static QMap<QString, qint64> counts(store::DeviceStore &store)
    {
        QMap<QString, qint64> map;
        for (const auto &[key, n] : store::storeCounts(store.db()).value()) {
            map.insert(key, n);
        }
        return map;
    }

private Q_SLOTS:
    void seedsEverythingWithAnIntactAuditChain()
    {
        QTemporaryDir tmp;
        test::ManualClock clock;
        test::TestKeyProvider keys;
        auto created = store::DeviceStore::create(tmp.filePath(u"s"_s), keys, clock);
        QVERIFY(created.ok());
        store::DeviceStore store = std::move(created).value();
        const auto data = demo::generateDemoUnit(QDate(2026, 11, 22), store.deviceId());
        const Status seeded = demo::seedDemo(store, data);
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
        const auto c = counts(store);
        QCOMPARE(c.value(u"residents"_s), data.residents.size());
        QCOMPARE(c.value(u"signatures"_s), data.signatures.size());
        QCOMPARE(c.value(u"journal_entries"_s), data.journal.size());
        QCOMPARE(c.value(u"plans"_s), data.plans.size());
        QCOMPARE(c.value(u"record_documents"_s), data.recordDocuments.size());
        const qint64 records = data.plans.size() + data.journal.size() + data.corrections.size() + data.dayNotes.size()
            + data.dayNoteReviews.size() + data.signatures.size() + data.retractions.size() + data.consents.size()
            + data.releases.size() + data.releaseEvents.size() + data.followUps.size() + data.recordDocuments.size()
            + data.qualitySamples.size() + data.qualityReviews.size();
        QCOMPARE(c.value(u"audit_events"_s), records + 1); // one per record plus "demo.seed"
        QVERIFY(store::AuditLog(store.db()).verify());

        // Seeding twice fails on the first duplicate and rolls back: nothing half-written.
        QVERIFY(!demo::seedDemo(store, data));
        QCOMPARE(counts(store), c);
    }
};

QTEST_GUILESS_MAIN(DemoSeederTest)
#include "demoseedertest.moc"
