// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The audit chain check `aktenctl restore` runs on a restored embedded central store (sync/server/centralauditcheck.h):
// a tablet's events uploaded to a real SqliteLedger pass; an event whose stored content was altered afterwards, and a
// chain head that does not match the events, are found and named (device and seq, never content).
#include "tests/support/auditwrite.h"
#include "tests/support/centralfixture.h"
#include "tests/support/codecsync.h"
#include "tests/support/demopair.h"

#include "app/store/database.h"
#include "sync/server/centralauditcheck.h"
#include "sync/server/centralservice.h"
#include "sync/server/sqliteledger.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class CentralAuditCheckTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    test::TestKeyProvider m_tabletKeys;
    QString m_dir;
    QString m_deviceId;

    /** The central store's file opened directly with its data key, as restore opens the restored copy. */
    Result<store::Database> openCentralFile() { return test::openEmbeddedCentral(m_dir, m_centralKeys); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        m_dir = m_pair.tmp.filePath(u"central"_s);
        auto ledger = sync::SqliteLedger::open(m_dir, m_centralKeys);
        QVERIFY(ledger);
        sync::CentralService central(std::move(ledger).value(), m_pair.clock);
        const core::Id unit = m_pair.data.units.at(0).id;
        const sync::RightsSnapshot rights = test::demoRights(m_pair.data);
        QVERIFY(central.setRights(rights));
        auto tablet = store::DeviceStore::create(m_pair.tmp.filePath(u"tablet"_s), m_tabletKeys, m_pair.clock);
        QVERIFY(tablet);
        m_deviceId = tablet.value().deviceId();
        QVERIFY(central.enrolDevice(m_deviceId, { unit }));
        for (int i = 0; i < 12; ++i) {
            core::AuditEvent event;
            event.meta = tablet.value().stamper().stamp(m_pair.data.staff.at(0).id);
            event.staffRole = u"care_staff"_s;
            event.unitId = unit;
            event.action = u"view.record.journal"_s;
            QVERIFY(test::appendAudit(tablet.value().db(), event));
        }
        auto uploaded = test::uploadThroughCodec(tablet.value(), central, m_pair.clock);
        QVERIFY2(uploaded, uploaded ? "" : qPrintable(uploaded.error().message));
    }

    void intactChainsPass()
    {
        auto db = openCentralFile();
        QVERIFY(db);
        const auto checked = sync::checkCentralAuditChains(db.value());
        QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
        QVERIFY(checked.value() >= 12); // the tablet's store.init event and the twelve
    }

    void anAlteredEventIsFound()
    {
        auto db = openCentralFile();
        QVERIFY(db);
        // Someone with the key edits the central copy: the append-only trigger dropped, an action changed.
        QVERIFY(db.value().exec(u"DROP TRIGGER records_no_update"_s));
        QVERIFY(db.value().exec(u"UPDATE records SET body = replace(body, 'view.record.journal', 'view.record.plan') "
                                "WHERE kind = 'audit_event' AND record_key LIKE '%:5'"_s));
        QCOMPARE(db.value().changes(), 1);
        const auto checked = sync::checkCentralAuditChains(db.value());
        QVERIFY(!checked);
        QCOMPARE(checked.error().message, u"audit event 5 of device %1 does not match its hash"_s.arg(m_deviceId));
        QVERIFY(db.value().exec(u"UPDATE records SET body = replace(body, 'view.record.plan', 'view.record.journal') "
                                "WHERE kind = 'audit_event' AND record_key LIKE '%:5'"_s));
        QVERIFY(sync::checkCentralAuditChains(db.value()));
    }

    void aHeadThatDoesNotMatchIsFound()
    {
        auto db = openCentralFile();
        QVERIFY(db);
        QVERIFY(db.value().exec(u"UPDATE audit_heads SET hash = 'AAAA'"_s));
        const auto checked = sync::checkCentralAuditChains(db.value());
        QVERIFY(!checked);
        QCOMPARE(
            checked.error().message, u"the audit chain head of device %1 does not match its events"_s.arg(m_deviceId));
    }
};

QTEST_GUILESS_MAIN(CentralAuditCheckTest)
#include "centralauditchecktest.moc"
