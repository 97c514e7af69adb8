// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A closed case at the central store (domain.md D3, PROTOCOL.md "Closed cases"): tablet A's unit manager closes a
// resident's case (CaseClosureService: the final note, the closure, their audit events); tablet B, offline, wrote a
// journal entry about the resident before the closure reached it. A's upload is accepted; B's entry is then refused
// into `rejected` with 'closed case: journal_entries' (not dropped: B keeps it, the manager sees it) while B's audit
// events are still taken; a record after the closure in A's own batch and a second closure are refused the same way;
// B then downloads the closure and its own store refuses further records. Run on the embedded backend and
// (closedcasetest_pg) on PostgreSQL.
#include "tests/support/centralfixture.h"
#include "tests/support/demopair.h"
#include "tests/support/recordvariant.h"

#include "app/auth/accessaudit.h"
#include "app/auth/sessionpolicy.h"
#include "app/core/enums.h"
#include "app/models/caseclosureservice.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/journalrepository.h"
#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class ClosedCaseTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    std::unique_ptr<sync::CentralService> m_central;
    core::Resident m_resident;
    core::Staff m_manager;

    /** Uploads everything `store` has queued; the results of every batch. */
    QList<sync::ItemResult> uploadAll(store::DeviceStore &store, QList<sync::UploadItem> *sent = nullptr)
    {
        sync::DeviceSync device(store, m_pair.clock);
        QList<sync::ItemResult> results;
        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = device.nextUpload(1000).value();
            if (batch.items.isEmpty()) {
                break;
            }
            const auto answer = m_central->applyUpload(batch);
            [&] { QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message)); }();
            if (!answer) {
                break;
            }
            [&] { QVERIFY(device.acceptUploadResponse(batch, answer.value())); }();
            results += answer.value().results;
            if (sent) {
                *sent += batch.items;
            }
        }
        return results;
    }

    core::JournalEntry entry(store::DeviceStore &store, const QString &text)
    {
        core::JournalEntry e;
        e.meta = store.stamper().stamp(m_manager.id);
        e.residentId = m_resident.id;
        e.eventDate = QDate(2026, 11, 20);
        e.category = core::JournalCategory::Execution;
        e.text = text;
        e.authorName = m_manager.displayName();
        e.authorTitle = m_manager.title;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        qInfo("central backend: %s", test::usingPostgres() ? "PostgreSQL" : "embedded SQLCipher");
        auto ledger = test::freshCentralLedger(m_pair.tmp.filePath(u"central"_s), m_centralKeys);
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        m_central = std::make_unique<sync::CentralService>(std::move(ledger).value(), m_pair.clock);
        const sync::RightsSnapshot rights = test::demoRights(m_pair.data);
        QVERIFY(m_central->setRights(rights));
        const core::Id unit = m_pair.data.units.at(0).id;
        QVERIFY(m_central->enrolDevice(m_pair.a->deviceId(), { unit, m_pair.data.units.at(1).id }));
        QVERIFY(m_central->enrolDevice(m_pair.b->deviceId(), { unit }));
        for (const auto &r : m_pair.data.residents) {
            if (r.unitId == unit) {
                m_resident = r;
                break;
            }
        }
        for (const auto &s : m_pair.data.staff) {
            if (s.role == core::StaffRole::UnitManager && s.unitIds.contains(unit)) {
                m_manager = s;
            }
        }
        QVERIFY(!m_resident.id.isNull() && !m_manager.id.isNull());
        for (const auto &result : uploadAll(*m_pair.a)) {
            QCOMPARE(result.status, sync::ItemStatus::Accepted);
        }
    }

    void anOfflineEntryAfterTheClosureIsRefusedCentrally()
    {
        // B, offline, writes about the resident (audited, as the app does) before the closure reaches it.
        const auto user = auth::sessionUserOf(m_manager);
        auth::AccessAudit auditB(*m_pair.b);
        core::JournalEntry offline = entry(*m_pair.b, u"Margit promenerade till affären med stöd."_s);
        QVERIFY(auditB.recordWrites(&user,
            { { u"write.journal"_s, m_resident.id, m_resident.unitId, u"execution"_s,
                [&](store::DeviceStore &s) { return store::JournalRepository(s.db()).append(offline); } } }));

        // A's manager closes the case: refused without a final note, then written whole.
        auth::AccessAudit auditA(*m_pair.a);
        store::MasterDataRepository masterA(m_pair.a->db());
        CaseClosureService closing(*m_pair.a, masterA, auditA, m_pair.clock);
        const auto incomplete = closing.close(user, m_resident.id, core::ClosureReason::Moved, {}, u"  "_s);
        QCOMPARE(incomplete.problem, CaseClosureService::Problem::Incomplete);
        QVERIFY(incomplete.gaps.noFinalNote);
        const auto noReason = closing.close(user, m_resident.id, std::nullopt, {}, u"Slutanteckning."_s);
        QVERIFY(noReason.gaps.noReason);
        const auto other = closing.close(user, m_resident.id, core::ClosureReason::Other, u" "_s, u"Slut."_s);
        QVERIFY(other.gaps.noReasonText);
        QVERIFY(!store::CaseClosureRepository(m_pair.a->db()).closure(m_resident.id).value());
        const auto closed = closing.close(user, m_resident.id, core::ClosureReason::Moved, u"Till dottern i Umeå"_s,
            u"Margit flyttade till sin dotter. Insatserna avslutades i samråd med henne och dottern."_s);
        QVERIFY2(closed, qPrintable(closed.logMessage));
        QCOMPARE(closing.close(user, m_resident.id, core::ClosureReason::Moved, {}, u"Igen."_s).problem,
            CaseClosureService::Problem::AlreadyClosed);

        // A's upload: the final note, the closure and the audit events are all accepted.
        QList<sync::UploadItem> sentA;
        const auto fromA = uploadAll(*m_pair.a, &sentA);
        QVERIFY(!fromA.isEmpty());
        for (qsizetype i = 0; i < fromA.size(); ++i) {
            QVERIFY2(fromA.at(i).status == sync::ItemStatus::Accepted, qPrintable(fromA.at(i).reason));
        }
        QVERIFY(std::any_of(sentA.cbegin(), sentA.cend(),
            [](const auto &item) { return item.record.value("kind"_L1).toString() == "case_closure"_L1; }));

        // B's upload: its entry is refused with the reason and kept on the shelf; its audit events are taken.
        QList<sync::UploadItem> sentB;
        const auto fromB = uploadAll(*m_pair.b, &sentB);
        QCOMPARE(fromB.size(), sentB.size());
        int refusedEntries = 0;
        int acceptedAudits = 0;
        for (qsizetype i = 0; i < sentB.size(); ++i) {
            const QString kind = sentB.at(i).record.value("kind"_L1).toString();
            if (kind == "journal_entry"_L1) {
                ++refusedEntries;
                QCOMPARE(fromB.at(i).status, sync::ItemStatus::Rejected);
                QCOMPARE(fromB.at(i).reason, u"closed case: journal_entries"_s);
            } else if (kind == "audit_event"_L1) {
                QCOMPARE(fromB.at(i).status, sync::ItemStatus::Accepted);
                ++acceptedAudits;
            }
        }
        QCOMPARE(refusedEntries, 1);
        QVERIFY(acceptedAudits >= 1);
        const auto shelf = m_central->rejectedFor(m_pair.b->deviceId());
        QVERIFY(shelf);
        QVERIFY(std::any_of(shelf.value().cbegin(), shelf.value().cend(),
            [](const sync::ItemResult &r) { return r.reason == u"closed case: journal_entries"_s; }));
        // B keeps its copy.
        QVERIFY(store::JournalRepository(m_pair.b->db()).entry(offline.meta.id).value().has_value());
    }

    void laterInTheSameBatchAndASecondClosureAreRefused()
    {
        // A record about the resident and a second closure, forged as A's next records (A's store would refuse them).
        sync::SyncRows rows(m_pair.a->db());
        QJsonObject entryModel;
        QJsonObject closureModel;
        for (const auto &pending : rows.pending(0, 1'000'000).value()) {
            const QJsonObject record = rows.exportRecord(pending.kind, pending.key).value();
            if (pending.kind == "journal_entry"_L1) {
                entryModel = record;
            } else if (pending.kind == "case_closure"_L1) {
                closureModel = record;
            }
        }
        QVERIFY(!closureModel.isEmpty());
        auto acked = m_central->applyUpload({ m_pair.a->deviceId(), {} });
        QVERIFY(acked);
        qint64 seq = acked.value().ackedThrough;
        const QString resident = core::idToString(m_resident.id);
        const QJsonObject late = test::recordVariant(
            entryModel, core::idToString(m_pair.a->stamper().newId()), { { u"resident_id"_s, resident } });
        const QJsonObject again = test::recordVariant(closureModel, core::idToString(m_pair.a->stamper().newId()), {});
        const auto answer = m_central->applyUpload({ m_pair.a->deviceId(), { { seq + 1, late }, { seq + 2, again } } });
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
        QCOMPARE(answer.value().results.at(0).reason, u"closed case: journal_entries"_s);
        QCOMPARE(answer.value().results.at(1).reason, u"closed case: case_closures"_s);
    }

    void theOtherTabletGetsTheClosureAndRefusesFromThenOn()
    {
        sync::DeviceSync b(*m_pair.b, m_pair.clock);
        bool complete = false;
        for (int guard = 0; guard < 100 && !complete; ++guard) {
            const auto batch = m_central->download(b.nextDownload(1000).value());
            QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
            const auto applied = b.applyDownload(batch.value());
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
            QVERIFY2(applied.value().rejected.isEmpty(), qPrintable(applied.value().rejected.join(u'\n')));
            complete = !batch.value().more;
        }
        QVERIFY(complete);
        QVERIFY(store::CaseClosureRepository(m_pair.b->db()).closure(m_resident.id).value().has_value());
        const auto refused
            = store::JournalRepository(m_pair.b->db()).append(entry(*m_pair.b, u"Ännu en anteckning."_s));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"closed case: journal_entries"_s));
    }
};

QTEST_GUILESS_MAIN(ClosedCaseTest)
#include "closedcasetest.moc"
