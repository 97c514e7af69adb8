// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The consent register and the release of records on the demo store (domain.md D6, D7): a consent and its journal
// entry and audit events in one transaction; incomplete or wrong input (an end before the start) refused with nothing
// written; a revocation is a new event naming the consent, which then shows as revoked; append-only (raw UPDATE and
// DELETE refused, the end-before-start rule also in SQL); a request and a decision (only the unit manager decides; no
// release without a recipient check, no refusal without its reason); and the plan read across units: a plan set
// before the resident moved in is refused without a consent, shown with one, naming it, audited with its id.
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/core/consentrules.h"
#include "app/models/consentlistmodel.h"
#include "app/models/consentservice.h"
#include "app/models/recordcontroller.h"
#include "app/models/releaselistmodel.h"
#include "app/models/releaseservice.h"
#include "app/store/auditlog.h"
#include "app/store/consentrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class ConsentRegisterTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<ConsentService> m_consents;
    std::unique_ptr<ReleaseService> m_releases;
    core::Resident m_resident; ///< of Björkgården, with a set plan
    auth::SessionUser m_carer; ///< care staff of Björkgården
    auth::SessionUser m_manager; ///< Björkgården's unit manager
    auth::SessionUser m_outsider; ///< care staff of Solrosen only

    qint64 count(const QString &sql)
    {
        auto s = m_demo.store->db().prepare(sql);
        if (!s) {
            return -1;
        }
        const auto row = s.value().step();
        return row && row.value() ? s.value().int64(0) : -1;
    }
    QList<core::AuditEvent> eventsSince(qint64 seq)
    {
        QList<core::AuditEvent> found;
        for (const auto &e : store::AuditLog(m_demo.store->db()).events().value()) {
            if (e.seq > seq) {
                found << e;
            }
        }
        return found;
    }
    qint64 lastSeq() { return store::AuditLog(m_demo.store->db()).events().value().constLast().seq; }
    QDate today() const { return core::careDate(m_demo.clock.nowMs()); }

    core::ConsentEvent consentToUnit()
    {
        core::ConsentEvent c;
        c.residentId = m_resident.id;
        c.recipient = u"Björkgården"_s;
        c.recipientUnitId = m_resident.unitId;
        c.coversPlan = true;
        c.validFrom = today();
        c.validTo = today().addYears(1);
        c.givenBy = u"%1 %2"_s.arg(m_resident.firstName, m_resident.lastName);
        c.givenByKind = core::ConsentGiver::Resident;
        c.form = core::ConsentForm::Written;
        return c;
    }
    core::ConsentEvent revocationBy()
    {
        core::ConsentEvent r;
        r.givenBy = m_resident.firstName;
        r.givenByKind = core::ConsentGiver::Resident;
        r.form = core::ConsentForm::Oral;
        return r;
    }
    core::ReleaseEvent request(core::RequesterKind kind)
    {
        core::ReleaseEvent r;
        r.residentId = m_resident.id;
        r.requester = kind == core::RequesterKind::Resident ? m_resident.firstName : u"Per Lind, son"_s;
        r.requesterKind = kind;
        r.access = core::ReleaseAccess::Copy;
        r.covers = u"social journal, oktober 2026"_s;
        r.requestedOn = today();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_consents = std::make_unique<ConsentService>(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        m_releases = std::make_unique<ReleaseService>(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        m_resident = m_demo.data.residents.at(1);
        QVERIFY(!store::PlanRepository(m_demo.store->db()).heads(m_resident.id).value().isEmpty());
        for (const core::Staff &s : std::as_const(m_demo.data.staff)) {
            const bool here = s.unitIds.contains(m_resident.unitId);
            if (here && s.role == core::StaffRole::CareStaff && m_carer.staffId.isNull()) {
                m_carer = auth::sessionUserOf(s);
            } else if (here && s.role == core::StaffRole::UnitManager) {
                m_manager = auth::sessionUserOf(s);
            } else if (!here && s.role == core::StaffRole::CareStaff) {
                m_outsider = auth::sessionUserOf(s);
            }
        }
        QVERIFY(!m_carer.staffId.isNull() && !m_manager.staffId.isNull() && !m_outsider.staffId.isNull());
    }

    void aConsentIsWrittenWithItsJournalEntryAndAudit()
    {
        const qint64 consents = count(u"SELECT count(*) FROM consent_events"_s);
        const qint64 journal = count(u"SELECT count(*) FROM journal_entries"_s);
        const qint64 seq = lastSeq();
        const auto written = m_consents->give(m_carer, consentToUnit());
        QVERIFY2(written, qPrintable(written.logMessage));
        QCOMPARE(count(u"SELECT count(*) FROM consent_events"_s), consents + 1);
        QCOMPARE(count(u"SELECT count(*) FROM journal_entries WHERE resident_id = '%1' AND category = 'consent' "
                       "AND text LIKE '%Björkgården får ta del av: genomförandeplanen%'"_s.arg(
                           core::idToString(m_resident.id))),
            1);
        QCOMPARE(count(u"SELECT count(*) FROM journal_entries"_s), journal + 1);
        QStringList actions;
        for (const auto &e : eventsSince(seq)) {
            actions << e.action;
        }
        QCOMPARE(actions, (QStringList { u"write.consent"_s, u"write.journal"_s }));
        // Queued for sync, with its new columns.
        QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE kind = 'consent_event' AND record_key = '%1'"_s.arg(
                     core::idToString(written.eventId))),
            1);
        const auto stored = store::ConsentRepository(m_demo.store->db()).consents(m_resident.id).value().constLast();
        QCOMPARE(stored.form, core::ConsentForm::Written);
        QCOMPARE(stored.recipientUnitId, m_resident.unitId);
        QVERIFY(stored.coversPlan);
        QCOMPARE(stored.meta.authorId, m_carer.staffId);
    }

    void wrongInputWritesNothing()
    {
        const qint64 consents = count(u"SELECT count(*) FROM consent_events"_s);
        const qint64 audits = lastSeq();
        core::ConsentEvent c = consentToUnit();
        c.validTo = c.validFrom.addDays(-1);
        auto outcome = m_consents->give(m_carer, c);
        QCOMPARE(outcome.problem, ConsentService::Problem::Incomplete);
        QCOMPARE(outcome.gaps, QList<core::ConsentGap> { core::ConsentGap::EndsBeforeStart });
        c = consentToUnit();
        c.givenByKind = core::ConsentGiver::Representative;
        QCOMPARE(m_consents->give(m_carer, c).gaps, QList<core::ConsentGap> { core::ConsentGap::Mandate });
        QCOMPARE(m_consents->give(m_outsider, consentToUnit()).problem, ConsentService::Problem::NotAllowed);
        // A failing journal write takes the consent back with it.
        m_audit->failingAction = u"write.journal"_s;
        QCOMPARE(m_consents->give(m_carer, consentToUnit()).problem, ConsentService::Problem::StoreFailed);
        m_audit->failingAction.clear();
        QCOMPARE(count(u"SELECT count(*) FROM consent_events"_s), consents);
        QCOMPARE(lastSeq(), audits);
    }

    void theStoreRefusesWhatTheRulesRefuse()
    {
        // Append-only, and an end before the start is refused by the schema too (and so by the central store).
        QVERIFY(!m_demo.store->db().exec(u"UPDATE consent_events SET valid_to = '2020-01-01'"_s));
        QVERIFY(!m_demo.store->db().exec(u"DELETE FROM consent_events"_s));
        QVERIFY(!m_demo.store->db().exec(u"DELETE FROM release_events"_s));
        core::ConsentEvent c = consentToUnit();
        c.meta = m_demo.store->stamper().stamp(m_carer.staffId);
        c.validTo = c.validFrom.addDays(-1);
        const Status ends = store::ConsentRepository(m_demo.store->db()).appendConsent(c);
        QVERIFY(!ends);
        QVERIFY2(ends.error().message.contains(u"ends before it starts"_s), qPrintable(ends.error().message));
        c.validTo = c.validFrom;
        c.action = core::ConsentAction::Revoked; // a revocation that names nothing
        QVERIFY(!store::ConsentRepository(m_demo.store->db()).appendConsent(c));
        core::ReleaseEvent d;
        d.meta = m_demo.store->stamper().stamp(m_manager.staffId);
        d.residentId = m_resident.id;
        d.stage = core::ReleaseStage::Decision;
        d.requestId = d.meta.id;
        d.outcome = core::ReleaseOutcome::Released;
        d.assessment = u"granskad"_s;
        d.recipient = u"Per"_s;
        d.releasedCovers = u"journalen"_s;
        d.decidedOn = today();
        QVERIFY(!store::ConsentRepository(m_demo.store->db()).appendReleaseEvent(d)); // no recipient check
    }

    void aRevocationIsANewEventAndTheConsentShowsRevoked()
    {
        const auto given = m_consents->give(m_carer, consentToUnit());
        QVERIFY(given);
        const qint64 rows = count(u"SELECT count(*) FROM consent_events"_s);
        const auto revoked = m_consents->revoke(m_carer, m_resident.id, given.eventId, revocationBy());
        QVERIFY2(revoked, qPrintable(revoked.logMessage));
        QCOMPARE(count(u"SELECT count(*) FROM consent_events"_s), rows + 1);
        QCOMPARE(count(u"SELECT count(*) FROM consent_events WHERE id = '%1' AND valid_to IS NOT NULL"_s.arg(
                     core::idToString(given.eventId))),
            1); // the consent itself is as it was
        QCOMPARE(m_consents->revoke(m_carer, m_resident.id, given.eventId, revocationBy()).problem,
            ConsentService::Problem::NotInForce);
        core::ConsentEvent nobody = revocationBy();
        nobody.givenBy.clear();
        const auto again = m_consents->give(m_carer, consentToUnit());
        QCOMPARE(m_consents->revoke(m_carer, m_resident.id, again.eventId, nobody).gaps,
            QList<core::ConsentGap> { core::ConsentGap::GivenBy });

        ConsentListModel model(m_demo.store->db(), *m_master);
        QAbstractItemModelTester tester(&model);
        model.load(m_resident.id, today());
        bool sawRevoked = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (model.data(index, ConsentListModel::IdRole).toString() == core::idToString(given.eventId)) {
                QVERIFY(model.data(index, ConsentListModel::StatusRole).toString().startsWith(u"Återkallat"_s));
                QVERIFY(!model.data(index, ConsentListModel::RevocableRole).toBool());
                sawRevoked = true;
            }
        }
        QVERIFY(sawRevoked);
        QVERIFY(m_consents->revoke(m_carer, m_resident.id, again.eventId, revocationBy()));
    }

    void theDemoRegisterShowsEachState()
    {
        ConsentListModel model(m_demo.store->db(), *m_master);
        QSet<QString> states;
        for (const core::Resident &r : std::as_const(m_demo.data.residents)) {
            model.load(r.id, today());
            for (int row = 0; row < model.rowCount(); ++row) {
                states.insert(
                    model.data(model.index(row), ConsentListModel::StatusRole).toString().section(u' ', 0, 0));
            }
        }
        QVERIFY2(states.contains(u"Gäller"_s) && states.contains(u"Har"_s) && states.contains(u"Återkallat"_s),
            qPrintable(QStringList(states.values()).join(u", "_s)));
    }

    void aReleaseIsRequestedThenDecidedByTheUnitManager()
    {
        const auto asked = m_releases->request(m_carer, request(core::RequesterKind::Resident));
        QVERIFY2(asked, qPrintable(asked.logMessage));
        core::ReleaseEvent d;
        d.residentId = m_resident.id;
        d.requestId = asked.eventId;
        d.outcome = core::ReleaseOutcome::Released;
        d.assessment = u"Inga uppgifter som kan skada någon annan."_s;
        d.recipient = m_resident.firstName;
        d.releasedCovers = u"social journal, oktober 2026"_s;
        const qint64 events = count(u"SELECT count(*) FROM release_events"_s);
        const qint64 journal = count(u"SELECT count(*) FROM journal_entries"_s);
        // Only the unit manager decides (the delegation order).
        QCOMPARE(m_releases->decide(m_carer, d).problem, ReleaseService::Problem::NotAllowed);
        // No release without a recipient check.
        auto outcome = m_releases->decide(m_manager, d);
        QCOMPARE(outcome.problem, ReleaseService::Problem::Incomplete);
        QCOMPARE(outcome.gaps, QList<core::ReleaseGap> { core::ReleaseGap::RecipientCheck });
        QCOMPARE(count(u"SELECT count(*) FROM release_events"_s), events);
        d.recipientChecked = true;
        d.recipientCheck = u"id-kort"_s;
        const qint64 seq = lastSeq();
        outcome = m_releases->decide(m_manager, d);
        QVERIFY2(outcome, qPrintable(outcome.logMessage));
        QCOMPARE(count(u"SELECT count(*) FROM release_events"_s), events + 1);
        QCOMPARE(count(u"SELECT count(*) FROM journal_entries"_s), journal + 1);
        QCOMPARE(count(u"SELECT count(*) FROM journal_entries WHERE category = 'release' AND resident_id = '%1' "
                       "AND text LIKE '%Utlämnat av %2, %3.%'"_s.arg(core::idToString(m_resident.id),
                           m_manager.displayName.section(u' ', 0, 0), m_manager.title)),
            1);
        QStringList actions;
        for (const auto &e : eventsSince(seq)) {
            actions << e.action + u' ' + e.detail;
        }
        QCOMPARE(actions, (QStringList { u"write.release_decision released"_s, u"write.journal release"_s }));
        // Decided once: a second decision on it is refused.
        QCOMPARE(m_releases->decide(m_manager, d).problem, ReleaseService::Problem::NoRequest);

        ReleaseListModel model(m_demo.store->db(), *m_master);
        QAbstractItemModelTester tester(&model);
        model.load(m_resident.id);
        QCOMPARE(model.data(model.index(0), ReleaseListModel::StatusRole).toString(), u"Utlämnat"_s);
        QVERIFY(model.data(model.index(0), ReleaseListModel::PrintableRole).toBool());
    }

    void anotherPersonsRequestRefusedWithItsReason()
    {
        const auto asked = m_releases->request(m_carer, request(core::RequesterKind::Other));
        QVERIFY(asked);
        core::ReleaseEvent d;
        d.residentId = m_resident.id;
        d.requestId = asked.eventId;
        d.outcome = core::ReleaseOutcome::Refused;
        d.assessment = u"Sekretessprövning: uppgifterna omfattas av sekretess och samtycke saknas."_s;
        QCOMPARE(m_releases->decide(m_manager, d).gaps,
            (QList<core::ReleaseGap> { core::ReleaseGap::Reason, core::ReleaseGap::Appeal }));
        // A consent that is not valid today cannot carry a decision.
        const auto expired = std::find_if(m_demo.data.consents.cbegin(), m_demo.data.consents.cend(),
            [&](const core::ConsentEvent &c) { return c.validTo && *c.validTo < today(); });
        QVERIFY(expired != m_demo.data.consents.cend());
        d.consentId = expired->meta.id;
        d.reason = u"Samtycke saknas."_s;
        d.appealNoted = true;
        QCOMPARE(m_releases->decide(m_manager, d).gaps, QList<core::ReleaseGap> { core::ReleaseGap::ConsentInvalid });
        d.consentId = {};
        QVERIFY(m_releases->decide(m_manager, d));
        QCOMPARE(count(u"SELECT count(*) FROM journal_entries WHERE category = 'release' AND text LIKE "
                       "'Utlämnande avslaget.%överklagas%'"_s),
            1);
    }

    void thePlanOfThePreviousUnitNeedsAConsent()
    {
        // The resident moved in after the plan was set: it was set by the unit they lived in before.
        const core::Resident mover = m_demo.data.residents.at(4);
        const auto heads = store::PlanRepository(m_demo.store->db()).heads(mover.id).value();
        QVERIFY(!heads.isEmpty());
        QVERIFY(m_demo.store->db().exec(u"UPDATE residents SET moved_in = '%1' WHERE id = '%2'"_s.arg(
            today().addDays(-2).toString(Qt::ISODate), core::idToString(mover.id))));
        RecordController record(m_demo.store->db(), *m_demo.catalogue, *m_audit, m_demo.clock);
        record.setViewer(m_carer);
        QVERIFY(record.openRecord(core::idToString(mover.id)));
        qint64 seq = lastSeq();
        QVERIFY(record.viewSection(2));
        QVERIFY(record.planLocked());
        QVERIFY(!record.plan()->hasPlan());
        QVERIFY2(record.planNotice().contains(u"samtycke"_s), qPrintable(record.planNotice()));
        auto events = eventsSince(seq);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, u"view.record.plan"_s);
        QCOMPARE(events.first().detail, u"no consent"_s);

        // A consent to another unit, or not covering the plan, does not open it.
        core::ConsentEvent elsewhere = consentToUnit();
        elsewhere.residentId = mover.id;
        elsewhere.recipientUnitId = m_demo.data.units.at(1).id;
        elsewhere.recipient = m_demo.data.units.at(1).name;
        QVERIFY(m_consents->give(m_carer, elsewhere));
        core::ConsentEvent notPlan = consentToUnit();
        notPlan.residentId = mover.id;
        notPlan.coversPlan = false;
        notPlan.scope = u"journalanteckningar"_s;
        QVERIFY(m_consents->give(m_carer, notPlan));
        record.refresh();
        QVERIFY(record.planLocked());
        QVERIFY(!record.plan()->hasPlan());

        // The resident's consent to this unit, covering the plan: shown, naming the consent, audited with its id.
        core::ConsentEvent here = consentToUnit();
        here.residentId = mover.id;
        here.givenBy = u"Anna Svensson"_s;
        const auto given = m_consents->give(m_carer, here);
        QVERIFY(given);
        seq = lastSeq();
        record.refresh();
        QVERIFY(!record.planLocked());
        QVERIFY(record.plan()->hasPlan());
        QVERIFY2(record.planNotice().startsWith(u"Visas med samtycke som Anna Svensson gav"_s),
            qPrintable(record.planNotice()));
        events = eventsSince(seq);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, u"view.record.plan"_s);
        QCOMPARE(events.first().detail, u"consent "_s + core::idToString(given.eventId));

        // A fresh opening logs the view with the consent too.
        QVERIFY(record.openRecord(core::idToString(mover.id)));
        seq = lastSeq();
        QVERIFY(record.viewSection(2));
        QCOMPARE(eventsSince(seq).constFirst().detail, u"consent "_s + core::idToString(given.eventId));

        // Revoked: hidden again.
        QVERIFY(m_consents->revoke(m_carer, mover.id, given.eventId, revocationBy()));
        record.refresh();
        QVERIFY(record.planLocked());
        QVERIFY(!record.plan()->hasPlan());

        // A plan set since the move needs no consent.
        QVERIFY(m_demo.store->db().exec(u"UPDATE residents SET moved_in = '%1' WHERE id = '%2'"_s.arg(
            heads.constFirst().establishedOn.toString(Qt::ISODate), core::idToString(mover.id))));
        QVERIFY(record.openRecord(core::idToString(mover.id)));
        QVERIFY(record.viewSection(2));
        QVERIFY(!record.planLocked());
        QVERIFY(record.planNotice().isEmpty());
        QVERIFY(store::AuditLog(m_demo.store->db()).verify());
    }
};

QTEST_GUILESS_MAIN(ConsentRegisterTest)
#include "consentregistertest.moc"
