// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// How the central store takes audit events (AuditIntake in UploadBatch), run against the embedded backend and
// (centralaudittest_pg, through tests/support/with-postgres.sh) a real PostgreSQL server: events of an author made
// inactive before the tablet docked are all stored, flagged, with the chain whole; an event altered on the tablet
// (the append-only trigger dropped and put back) is refused with a tamper alarm that holds the device's uploads until
// a manager decides; gaps and forks are refused with their reason.
#include "tests/support/auditwrite.h"
#include "tests/support/centralfixture.h"
#include "tests/support/codecsync.h"
#include "tests/support/demopair.h"

#include "app/store/auditlog.h"
#include "app/store/auditrow.h"
#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"

#include <QTest>

#include <list>

using namespace akten;
using namespace Qt::StringLiterals;

class CentralAuditTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    std::unique_ptr<sync::CentralService> m_central;
    core::Id m_bjorkgarden;
    std::list<test::TestKeyProvider> m_keys;
    std::list<store::DeviceStore> m_tablets;

    sync::RightsSnapshot rights(const QList<core::Id> &inactive = {}) const
    {
        return test::demoRights(m_pair.data, inactive);
    }

    /** A new tablet of Björkgården, enrolled; audit events need no master data on it. */
    store::DeviceStore *freshTablet()
    {
        m_keys.emplace_back();
        auto created = store::DeviceStore::create(
            m_pair.tmp.filePath(u"tablet%1"_s.arg(m_tablets.size())), m_keys.back(), m_pair.clock);
        if (!created || !m_central->enrolDevice(created.value().deviceId(), { m_bjorkgarden })) {
            return nullptr;
        }
        m_tablets.push_back(std::move(created).value());
        return &m_tablets.back();
    }

    const core::Staff &staffNamed(const QString &first)
    {
        return *std::find_if(m_pair.data.staff.cbegin(), m_pair.data.staff.cend(),
            [&](const core::Staff &s) { return s.firstName == first; });
    }

    /** Appends `count` events by `author` about Björkgården residents in turn. */
    bool writeEvents(store::DeviceStore &tablet, const core::Staff &author, int count)
    {
        QList<core::Id> residents;
        for (const auto &resident : m_pair.data.residents) {
            if (resident.unitId == m_bjorkgarden) {
                residents << resident.id;
            }
        }
        for (int i = 0; i < count; ++i) {
            core::AuditEvent event;
            event.meta = tablet.stamper().stamp(author.id);
            event.staffRole = u"care_staff"_s;
            event.residentId = residents.at(i % residents.size());
            event.unitId = m_bjorkgarden;
            event.action = u"view.record.journal"_s;
            if (!test::appendAudit(tablet.db(), event)) {
                return false;
            }
        }
        return true;
    }

    /** One upload of everything pending (up to 1000) through the codec; the answer, or the error. */
    Result<sync::UploadResponse> uploadOnce(store::DeviceStore &tablet)
    {
        return test::uploadThroughCodec(tablet, *m_central, m_pair.clock);
    }

    static bool alter(store::DeviceStore &tablet, qint64 seq, const QString &assignment)
    {
        return test::alterAuditEvent(tablet.db(), tablet.deviceId(), seq, assignment);
    }

    /** The outbox seq of the tablet's audit event `auditSeq`. */
    static qint64 outboxSeqOf(store::DeviceStore &tablet, qint64 auditSeq)
    {
        auto query = tablet.db().prepare(
            u"SELECT device_seq FROM sync_outbox WHERE kind = 'audit_event' AND record_key = ?"_s);
        auto row = query.value().bind(1, u"%1:%2"_s.arg(tablet.deviceId()).arg(auditSeq)).step();
        return row && row.value() ? query.value().int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        qInfo("central backend: %s", test::usingPostgres() ? "PostgreSQL" : "embedded SQLCipher");
        auto ledger = test::freshCentralLedger(m_pair.tmp.filePath(u"central"_s), m_centralKeys);
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        m_central = std::make_unique<sync::CentralService>(std::move(ledger).value(), m_pair.clock);
        m_bjorkgarden = m_pair.data.units.at(0).id;
        QVERIFY(m_central->setRights(rights()));
    }

    void inactiveAuthorsEventsAreStoredFlaggedAndChained()
    {
        // Anna is marked inactive in master data before her tablet docks: every one of her events is still history.
        const core::Staff &anna = staffNamed(u"Anna"_s);
        const core::Staff &helena = staffNamed(u"Helena"_s);
        store::DeviceStore *tablet = freshTablet();
        QVERIFY(tablet);
        QVERIFY(m_central->setRights(rights({ anna.id })));
        QVERIFY(writeEvents(*tablet, anna, 1));
        QVERIFY(writeEvents(*tablet, helena, 300));
        QVERIFY(writeEvents(*tablet, anna, 299));
        const qint64 pending = sync::DeviceSync(*tablet, m_pair.clock).pendingUploads().value();
        QVERIFY(pending >= 600);
        const auto answer = uploadOnce(*tablet);
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
        QCOMPARE(answer.value().results.size(), pending);
        for (const auto &result : answer.value().results) {
            QVERIFY2(result.status == sync::ItemStatus::Accepted, qPrintable(result.reason));
        }
        QVERIFY(m_central->rejectedFor(tablet->deviceId()).value().isEmpty());
        const auto flagged = m_central->flaggedAuditFor(tablet->deviceId()).value();
        QCOMPARE(flagged.size(), 300);
        for (const auto &flag : flagged) {
            QCOMPARE(flag.reason, u"the author is not active staff of the unit now"_s);
        }
        qInfo("%lld audit events uploaded with one author inactive: all stored, %lld flagged", pending,
            qint64(flagged.size()));
        // The chain is whole: Anna is active again and her next event follows on.
        QVERIFY(m_central->setRights(rights()));
        QVERIFY(writeEvents(*tablet, anna, 1));
        const auto next = uploadOnce(*tablet);
        QVERIFY(next);
        QCOMPARE(next.value().results.size(), 1);
        QVERIFY2(next.value().results.constFirst().status == sync::ItemStatus::Accepted,
            qPrintable(next.value().results.constFirst().reason));
        QCOMPARE(m_central->flaggedAuditFor(tablet->deviceId()).value().size(), 300);
    }

    void theDemoTabletWithOneStaffMemberInactiveKeepsEveryAuditEvent()
    {
        // The incident: one staff member marked inactive in master data before a tablet docked. Before, the first of
        // her audit events was refused, the chain stopped there, and every later event was refused as a gap.
        store::DeviceStore &tablet = *m_pair.a;
        const auto events = store::AuditLog(tablet.db()).events().value();
        const auto first = std::find_if(
            events.cbegin(), events.cend(), [](const core::AuditEvent &e) { return !e.meta.authorId.isNull(); });
        QVERIFY(first != events.cend());
        const core::Id inactive = first->meta.authorId;
        const auto byInactive = std::count_if(
            events.cbegin(), events.cend(), [&](const core::AuditEvent &e) { return e.meta.authorId == inactive; });
        QVERIFY(m_central->enrolDevice(tablet.deviceId(), { m_pair.data.units.at(0).id, m_pair.data.units.at(1).id }));
        QVERIFY(m_central->setRights(rights({ inactive })));
        qint64 audit = 0;
        qint64 refusedRecords = 0;
        sync::DeviceSync client(tablet, m_pair.clock);
        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = client.nextUpload(1000).value();
            if (batch.items.isEmpty()) {
                break;
            }
            const auto answer = m_central->applyUpload(batch);
            QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
            QVERIFY(client.acceptUploadResponse(batch, answer.value()));
            for (qsizetype i = 0; i < batch.items.size(); ++i) {
                const auto &result = answer.value().results.at(i);
                if (batch.items.at(i).record.value("kind"_L1) == "audit_event"_L1) {
                    ++audit;
                    QVERIFY2(result.status == sync::ItemStatus::Accepted, qPrintable(result.reason));
                } else if (result.status == sync::ItemStatus::Rejected) {
                    ++refusedRecords; // her journal entries and signatures: a user made inactive cannot write
                    QCOMPARE(result.reason, u"the author is not active staff of the unit now"_s);
                }
            }
        }
        QCOMPARE(audit, qint64(events.size()));
        QCOMPARE(m_central->flaggedAuditFor(tablet.deviceId()).value().size(), byInactive);
        QVERIFY(m_central->alarmsFor(tablet.deviceId()).value().isEmpty());
        qInfo(
            "demo tablet: %lld of %lld audit events stored (%lld flagged: author inactive), %lld other records refused",
            audit, qint64(events.size()), qint64(byInactive), refusedRecords);
        QVERIFY(m_central->setRights(rights()));
    }

    void alteredEventRaisesATamperAlarmAndHoldsTheDevice()
    {
        const core::Staff &helena = staffNamed(u"Helena"_s);
        store::DeviceStore *tablet = freshTablet();
        QVERIFY(tablet);
        QVERIFY(writeEvents(*tablet, helena, 3));
        QVERIFY(uploadOnce(*tablet));
        QVERIFY(writeEvents(*tablet, helena, 4));
        const qint64 head = store::AuditLog(tablet->db()).events().value().size();
        const qint64 altered = head - 2;
        QVERIFY(alter(*tablet, altered, u"detail = 'changed afterwards'"_s));
        QVERIFY(!store::AuditLog(tablet->db()).verify()); // aktenctl verify would fail on it too

        const auto answer = uploadOnce(*tablet);
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
        const QString reason = u"tamper alarm: audit event content does not match its hash at seq %1"_s.arg(altered);
        for (const auto &result : answer.value().results) {
            if (result.deviceSeq == outboxSeqOf(*tablet, altered)) {
                QCOMPARE(result.status, sync::ItemStatus::Rejected);
                QCOMPARE(result.reason, reason);
            } else { // the events after it still link to the hash it claims
                QVERIFY2(result.status == sync::ItemStatus::Accepted, qPrintable(result.reason));
            }
        }
        const auto rejected = m_central->rejectedFor(tablet->deviceId()).value();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.constFirst().reason, reason); // what aktenctl rejected lists
        auto alarms = m_central->alarmsFor(tablet->deviceId()).value();
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.constFirst().deviceSeq, outboxSeqOf(*tablet, altered));
        QVERIFY(alarms.constFirst().decision.isEmpty());

        // Held: nothing more is taken until a manager decides.
        QVERIFY(writeEvents(*tablet, helena, 1));
        const auto held = uploadOnce(*tablet);
        QVERIFY(!held);
        QCOMPARE(held.error().code, ErrorCode::Forbidden);
        QCOMPARE(held.error().message, QString::fromLatin1(sync::kUploadsHeld));

        const auto decided = m_central->decideAlarms(tablet->deviceId(), sync::AlarmDecision::Release);
        QVERIFY2(decided, decided ? "" : qPrintable(decided.error().message));
        QCOMPARE(decided.value(), 1);
        const auto again = m_central->decideAlarms(tablet->deviceId(), sync::AlarmDecision::Release);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
        alarms = m_central->alarmsFor(tablet->deviceId()).value();
        QCOMPARE(alarms.constFirst().decision, u"release"_s);
        const auto released = uploadOnce(*tablet);
        QVERIFY2(released, released ? "" : qPrintable(released.error().message));
        QCOMPARE(released.value().results.size(), 1);
        QCOMPARE(released.value().results.constFirst().status, sync::ItemStatus::Accepted);
    }

    void everyHashedFieldAlteredRaisesTheAlarm_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::newRow("author_id") << u"author_id = NULL"_s;
        QTest::newRow("hlc") << u"hlc = '000000000000001-0000000000'"_s;
        QTest::newRow("wall_ms") << u"wall_ms = wall_ms + 1"_s;
        QTest::newRow("staff_role") << u"staff_role = 'sas'"_s;
        QTest::newRow("resident_id") << u"resident_id = NULL"_s;
        QTest::newRow("unit_id") << u"unit_id = NULL"_s;
        QTest::newRow("action") << u"action = 'view.residents'"_s;
        QTest::newRow("detail") << u"detail = 'x'"_s;
        QTest::newRow("id") << u"id = '019b76da-a800-7046-a966-7336af9dfdb2'"_s;
    }

    void everyHashedFieldAlteredRaisesTheAlarm()
    {
        QFETCH(QString, assignment);
        store::DeviceStore *tablet = freshTablet();
        QVERIFY(tablet);
        QVERIFY(writeEvents(*tablet, staffNamed(u"Helena"_s), 2));
        const qint64 last = store::AuditLog(tablet->db()).events().value().size();
        QVERIFY(alter(*tablet, last, assignment));
        const auto answer = uploadOnce(*tablet);
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
        QCOMPARE(answer.value().results.constLast().status, sync::ItemStatus::Rejected);
        QCOMPARE(answer.value().results.constLast().reason,
            u"tamper alarm: audit event content does not match its hash at seq %1"_s.arg(last));
        QCOMPARE(m_central->alarmsFor(tablet->deviceId()).value().size(), 1);
    }

    void gapsAndForksAreRefusedWithTheirReason()
    {
        store::DeviceStore *tablet = freshTablet();
        QVERIFY(tablet);
        QVERIFY(writeEvents(*tablet, staffNamed(u"Helena"_s), 3));
        QVERIFY(uploadOnce(*tablet));
        QVERIFY(writeEvents(*tablet, staffNamed(u"Helena"_s), 1));
        const qint64 last = store::AuditLog(tablet->db()).events().value().size();
        sync::SyncRows rows(tablet->db());
        const QJsonObject record
            = rows.exportRecord(u"audit_event"_s, u"%1:%2"_s.arg(tablet->deviceId()).arg(last)).value();
        const qint64 outboxSeq = outboxSeqOf(*tablet, last);

        // The same event, consistent in itself (hash recomputed), moved one seq on: a gap.
        const auto resealed = [&](qint64 seq, const QByteArray &prevHash) {
            core::AuditEvent event = store::auditEventFromRow(record.value("row"_L1).toObject()).value();
            event.seq = seq;
            event.prevHash = prevHash;
            event.hash = core::computeAuditHash(event);
            QJsonObject row = record.value("row"_L1).toObject();
            row.insert(u"seq"_s, seq);
            row.insert(u"prev_hash"_s, QJsonObject { { u"b64"_s, QString::fromLatin1(prevHash.toBase64()) } });
            row.insert(u"hash"_s, QJsonObject { { u"b64"_s, QString::fromLatin1(event.hash.toBase64()) } });
            QJsonObject copy = record;
            copy.insert(u"row"_s, row);
            copy.insert(u"key"_s, u"%1:%2"_s.arg(tablet->deviceId()).arg(seq));
            return copy;
        };
        const QByteArray prev = store::auditEventFromRow(record.value("row"_L1).toObject()).value().prevHash;
        const auto gap
            = m_central->applyUpload({ tablet->deviceId(), { { outboxSeq, resealed(last + 1, prev) } } }).value();
        QCOMPARE(gap.results.constFirst().status, sync::ItemStatus::Rejected);
        QCOMPARE(gap.results.constFirst().reason, u"audit chain gap (expected seq %1)"_s.arg(last));

        // At the right seq but chained to another previous hash: a fork.
        const auto fork
            = m_central->applyUpload({ tablet->deviceId(), { { outboxSeq + 1, resealed(last, QByteArray(32, 'f')) } } })
                  .value();
        QCOMPARE(fork.results.constFirst().status, sync::ItemStatus::Rejected);
        QCOMPARE(fork.results.constFirst().reason, u"audit chain fork or rollback at seq %1"_s.arg(last));
        QVERIFY(m_central->alarmsFor(tablet->deviceId()).value().isEmpty()); // refused, but no tamper alarm
    }
};

QTEST_GUILESS_MAIN(CentralAuditTest)
#include "centralaudittest.moc"
