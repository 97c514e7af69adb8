// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The stored audit chain: verify() finds events removed, changed, reordered or cut off, even by someone who can
// run SQL on the decrypted database (the test drops the append-only triggers to play that attacker).
#include "tests/support/auditwrite.h"
#include "tests/unit/store/storetesthelpers.h"

#include "app/store/auditlog.h"
#include "app/store/transaction.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class AuditLogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::StoreFixture> m_f;

    Status sql(const QString &statement) { return m_f->store->db().exec(statement); }
    void dropGuards()
    {
        QVERIFY(sql(u"DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;"_s));
        QVERIFY(sql(u"DROP TRIGGER audit_head_forward; DROP TRIGGER audit_head_no_delete;"_s));
    }
    Status verify() { return store::AuditLog(m_f->store->db()).verify(); }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::StoreFixture>();
        QVERIFY(m_f->create());
        store::Transaction tx(m_f->store->db());
        QVERIFY(tx.start());
        for (int i = 0; i < 50; ++i) {
            m_f->clock.advance(1000);
            core::AuditEvent e;
            e.meta = m_f->store->stamper().stamp(m_f->staff.id);
            e.staffRole = u"care_staff"_s;
            e.residentId = m_f->resident.id;
            e.unitId = m_f->unit.id;
            e.action = i % 3 ? u"view.record.journal"_s : u"write.signature"_s;
            auto stored = store::AuditLog(m_f->store->db()).append(e);
            QVERIFY(stored.ok());
            QCOMPARE(stored.value().seq, i + 1);
        }
        QVERIFY(tx.commit());
    }

    void intactChainVerifiesAndFilters()
    {
        QVERIFY(verify());
        store::AuditLog log(m_f->store->db());
        QCOMPARE(log.events().value().size(), 50);
        QCOMPARE(log.events({ m_f->resident.id, {}, {}, {} }).value().size(), 50);
        QCOMPARE(log.events({ {}, {}, {}, u"write."_s }).value().size(), 17);
        QCOMPARE(log.events({ {}, m_f->unit.id, {}, {} }).value().size(), 0); // a unit id is not a staff id
    }

    void removedEventIsDetected()
    {
        dropGuards();
        QVERIFY(sql(u"DELETE FROM audit_events WHERE seq = 20"_s));
        QVERIFY(!verify());
        QVERIFY(verify().error().message.contains(u"seq 20"_s));
    }

    void removedTailIsDetectedByTheHead()
    {
        dropGuards();
        QVERIFY(sql(u"DELETE FROM audit_events WHERE seq > 45"_s));
        QVERIFY(!verify());
    }

    void removedTailAndRewoundHeadIsStillCaughtByTheHash()
    {
        dropGuards();
        QVERIFY(sql(u"DELETE FROM audit_events WHERE seq > 45"_s));
        QVERIFY(sql(u"UPDATE audit_head SET seq = 45"_s)); // the attacker rewinds the anchor's count but not its hash
        QVERIFY(!verify());
    }

    void changedEventIsDetected()
    {
        dropGuards();
        QVERIFY(sql(u"UPDATE audit_events SET action = 'view.record.cover' WHERE seq = 7"_s));
        QVERIFY(!verify());
        QVERIFY(verify().error().message.contains(u"seq 7"_s));
    }

    void reorderedEventsAreDetected()
    {
        dropGuards();
        QVERIFY(
            sql(u"UPDATE audit_events SET seq = 1000 WHERE seq = 11; UPDATE audit_events SET seq = 11 WHERE seq = 12;"
                " UPDATE audit_events SET seq = 12 WHERE seq = 1000"_s));
        QVERIFY(!verify());
    }

    void chainContinuesAfterReopen()
    {
        const QString dir = m_f->dataDir();
        m_f->store.reset();
        auto reopened = store::DeviceStore::open(dir, m_f->keys, m_f->clock);
        QVERIFY(reopened.ok());
        m_f->store.emplace(std::move(reopened).value());
        m_f->clock.advance(-3600 * 1000); // the clock went back an hour while the tablet was off
        core::AuditEvent e;
        e.meta = m_f->store->stamper().stamp(m_f->staff.id);
        e.staffRole = u"care_staff"_s;
        e.action = u"login"_s;
        auto stored = test::appendAudit(m_f->store->db(), e);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().seq, 51);
        const auto events = store::AuditLog(m_f->store->db()).events().value();
        QVERIFY(events.at(49).meta.hlc < stored.value().meta.hlc); // order kept across restart and clock jump
        QVERIFY(verify());
    }

    void anEventOutsideATransactionIsRefusedAndWritesNothing()
    {
        core::AuditEvent e;
        e.meta = m_f->store->stamper().stamp(m_f->staff.id);
        e.staffRole = u"care_staff"_s;
        e.action = u"login"_s;
        const auto refused = store::AuditLog(m_f->store->db()).append(e);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Internal);
        QCOMPARE(store::AuditLog(m_f->store->db()).events().value().size(), 50);
        QVERIFY(verify());
    }
};

QTEST_GUILESS_MAIN(AuditLogTest)
#include "auditlogtest.moc"
