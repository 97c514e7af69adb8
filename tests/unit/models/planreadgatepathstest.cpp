// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The plan read across units on every path that shows its content (domain.md D2, D6; PlanReadGate): the versions
// compared side by side, Lättläst on screen and its printout, the follow-up and the plan editor's start. A plan set
// before the resident moved in is refused without a consent to the present unit covering it (the same Swedish notice
// as the record's plan section, the audit detail "no consent"), shown with one (the audit detail naming its id), and
// refused again once it is revoked.
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/core/caretime.h"
#include "app/models/consentservice.h"
#include "app/models/easyreadmodel.h"
#include "app/models/followupcontroller.h"
#include "app/models/followupservice.h"
#include "app/models/planconflictmodel.h"
#include "app/models/planeditorstart.h"
#include "app/models/planreadgate.h"
#include "app/store/auditlog.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class PlanReadGatePathsTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<ConsentService> m_consents;
    core::Resident m_mover; ///< moved in two days ago; the plan was set by the unit before
    auth::SessionUser m_manager; ///< the unit manager of the mover's unit (may follow up, edit and print)
    QTemporaryDir m_exports;

    QDate today() const { return core::careDate(m_demo.clock.nowMs()); }
    QString mover() const { return core::idToString(m_mover.id); }
    qint64 lastSeq() { return store::AuditLog(m_demo.store->db()).events().value().constLast().seq; }
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
    core::Id giveConsent()
    {
        core::ConsentEvent c;
        c.residentId = m_mover.id;
        c.recipient = u"den nya enheten"_s;
        c.recipientUnitId = m_mover.unitId;
        c.coversPlan = true;
        c.validFrom = today();
        c.validTo = today().addYears(1);
        c.givenBy = u"%1 %2"_s.arg(m_mover.firstName, m_mover.lastName);
        c.givenByKind = core::ConsentGiver::Resident;
        c.form = core::ConsentForm::Written;
        const auto given = m_consents->give(m_manager, c);
        return given ? given.eventId : core::Id {};
    }
    void revoke(const core::Id &consentId)
    {
        core::ConsentEvent r;
        r.givenBy = m_mover.firstName;
        r.givenByKind = core::ConsentGiver::Resident;
        r.form = core::ConsentForm::Oral;
        QVERIFY(m_consents->revoke(m_manager, m_mover.id, consentId, r));
    }
    QString notice()
    {
        return PlanReadGate::of(m_demo.store->db(), m_master->resident(m_mover.id).value(), today()).notice;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        QVERIFY(m_exports.isValid());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_consents = std::make_unique<ConsentService>(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        m_mover = m_demo.data.residents.at(4);
        const auto heads = store::PlanRepository(m_demo.store->db()).heads(m_mover.id).value();
        QCOMPARE(heads.size(), 1);
        QCOMPARE(heads.constFirst().status, core::PlanStatus::Established);
        QVERIFY(m_demo.store->db().exec(u"UPDATE residents SET moved_in = '%1' WHERE id = '%2'"_s.arg(
            today().addDays(-2).toString(Qt::ISODate), mover())));
        for (const core::Staff &s : std::as_const(m_demo.data.staff)) {
            if (s.unitIds.contains(m_mover.unitId) && s.role == core::StaffRole::UnitManager) {
                m_manager = auth::sessionUserOf(s);
            }
        }
        QVERIFY(!m_manager.staffId.isNull());
        QVERIFY(notice().contains(u"samtycke"_s));
    }

    void theVersionsNeedAConsent()
    {
        PlanConflictModel model(m_demo.store->db(), *m_demo.catalogue, *m_audit, m_demo.clock);
        model.setViewer(m_manager);
        qint64 seq = lastSeq();
        model.load(mover());
        QCOMPARE(model.versions()->count(), 0);
        QCOMPARE(model.message(), notice());
        QCOMPARE(eventsSince(seq).constFirst().detail, u"versions; no consent"_s);

        const core::Id consent = giveConsent();
        QVERIFY(!consent.isNull());
        seq = lastSeq();
        model.load(mover());
        QCOMPARE(model.versions()->count(), 1);
        QCOMPARE(eventsSince(seq).constFirst().action, u"view.record.plan"_s);
        QCOMPARE(eventsSince(seq).constFirst().detail, u"versions; consent "_s + core::idToString(consent));
        revoke(consent);
        model.load(mover());
        QCOMPARE(model.versions()->count(), 0);
    }

    void easyReadAndItsPrintoutNeedAConsent()
    {
        EasyReadModel easyRead(m_demo.store->db(), *m_master, *m_audit, m_demo.clock, m_exports.path());
        easyRead.setViewer(m_manager);
        qint64 seq = lastSeq();
        QVERIFY(!easyRead.open(mover()));
        QCOMPARE(easyRead.rowCount(), 0);
        QCOMPARE(easyRead.errorText(), notice());
        QCOMPARE(eventsSince(seq).constFirst().action, u"view.plan_easy_read"_s);
        QCOMPARE(eventsSince(seq).constFirst().detail, u"no consent"_s);
        QVERIFY(easyRead.print().isEmpty());

        const core::Id consent = giveConsent();
        seq = lastSeq();
        QVERIFY(easyRead.open(mover()));
        QVERIFY(easyRead.rowCount() > 0);
        QCOMPARE(eventsSince(seq).constFirst().detail, u"consent "_s + core::idToString(consent));
        seq = lastSeq();
        const QString path = easyRead.print();
        QVERIFY(path.startsWith(m_exports.path()));
        QCOMPARE(eventsSince(seq).constFirst().action, u"export.plan_easy_read"_s);
        QVERIFY2(eventsSince(seq).constFirst().detail.endsWith(u"; consent "_s + core::idToString(consent)),
            qPrintable(eventsSince(seq).constFirst().detail));

        // Revoked while the plan is on the screen: the printout is refused with the notice.
        revoke(consent);
        QVERIFY(easyRead.print().isEmpty());
        QCOMPARE(easyRead.printedText(), notice());
        QVERIFY(!easyRead.open(mover()));
    }

    void theFollowUpNeedsAConsent()
    {
        FollowUpService service(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        FollowUpController wizard(m_demo.store->db(), *m_master, service, *m_demo.catalogue);
        wizard.setViewer(m_manager);
        QVERIFY(!wizard.start(mover()));
        QCOMPARE(wizard.errorText(), notice());
        QCOMPARE(wizard.goals()->rowCount(), 0);

        const core::Id consent = giveConsent();
        QVERIFY(wizard.start(mover()));
        QVERIFY(wizard.goals()->rowCount() > 0);
        wizard.cancel();
        revoke(consent);
        QVERIFY(!wizard.start(mover()));
    }

    void theEditorStartsEmptyWithoutAConsent()
    {
        const auto head = store::PlanRepository(m_demo.store->db()).heads(m_mover.id).value().constFirst();
        QVERIFY(!head.needs.isEmpty());
        auto start = loadPlanEditorStart(m_demo.store->db(), *m_master, m_demo.clock, m_manager, m_mover.id);
        QVERIFY(start);
        QCOMPARE(start->baseId, head.meta.id); // the new unit's plan replaces the old one
        QVERIFY(start->plan.needs.isEmpty()); // without anything of it copied in

        const core::Id consent = giveConsent();
        start = loadPlanEditorStart(m_demo.store->db(), *m_master, m_demo.clock, m_manager, m_mover.id);
        QVERIFY(start);
        QCOMPARE(start->plan.needs.size(), head.needs.size());
        revoke(consent);
        QVERIFY(store::AuditLog(m_demo.store->db()).verify());
    }
};

QTEST_MAIN(PlanReadGatePathsTest)
#include "planreadgatepathstest.moc"
