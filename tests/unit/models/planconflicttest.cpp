// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The demo's plan conflict resolved through PlanConflictModel: only the kontaktman or the unit's manager may keep a
// version; keeping one writes a merge revision naming both heads, with its audit event, queued for upload; a failed
// write changes nothing. Versions whose changes fit together are combined into one revision with both.
#include "tests/support/demostore.h"
#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "tests/support/switchableaudit.h"

#include "app/core/catalogue.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/models/modelsupport.h"
#include "app/models/planconflictmodel.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "app/store/planrepository.h"
#include "sync/importer/syncrows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class PlanConflictTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::optional<store::DeviceStore> &m_store = m_demo.store;
    std::optional<core::IbicCatalogue> &m_catalogue = m_demo.catalogue;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    demo::DemoData &m_data = m_demo.data;
    core::Resident m_resident; ///< the one whose plan is in conflict

    auth::SessionUser userWhere(const std::function<bool(const core::Staff &)> &wanted)
    {
        return auth::sessionUserOf(*std::find_if(m_data.staff.cbegin(), m_data.staff.cend(), wanted));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_store);
        store::PlanRepository plans(m_store->db());
        for (const auto &resident : m_data.residents) {
            if (plans.heads(resident.id).value().size() > 1) {
                m_resident = resident;
            }
        }
        QVERIFY(!m_resident.id.isNull());
    }

    void onlyTheKontaktmanOrTheManagerMayChoose()
    {
        PlanConflictModel model(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        const auto other = userWhere([&](const core::Staff &s) {
            return s.role == core::StaffRole::CareStaff && s.unitIds.contains(m_resident.unitId)
                && !m_resident.contactPersonIds.contains(s.id);
        });
        model.setViewer(other);
        model.load(core::idToString(m_resident.id));
        QCOMPARE(model.versions()->count(), 2); // may see both versions
        QVERIFY(!model.canResolve());
        QVERIFY(!model.keep(0));
        QCOMPARE(store::PlanRepository(m_store->db()).heads(m_resident.id).value().size(), 2);
        const auto kontaktman
            = userWhere([&](const core::Staff &s) { return s.id == m_resident.contactPersonIds.first(); });
        model.setViewer(kontaktman);
        model.load(core::idToString(m_resident.id));
        QVERIFY(model.canResolve());
    }

    void aFailedWriteChangesNothing()
    {
        PlanConflictModel model(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        model.setViewer(userWhere([&](const core::Staff &s) { return s.id == m_resident.contactPersonIds.first(); }));
        model.load(core::idToString(m_resident.id));
        const qint64 outbox = sync::SyncRows(m_store->db()).pending(0, 1'000'000).value().size();
        m_audit->failing = true;
        QVERIFY(!model.keep(0));
        m_audit->failing = false;
        QCOMPARE(store::PlanRepository(m_store->db()).heads(m_resident.id).value().size(), 2);
        QCOMPARE(sync::SyncRows(m_store->db()).pending(0, 1'000'000).value().size(), outbox);
    }

    void keepingAVersionWritesAMergeRevision()
    {
        PlanConflictModel model(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        const auto kontaktman
            = userWhere([&](const core::Staff &s) { return s.id == m_resident.contactPersonIds.first(); });
        model.setViewer(kontaktman);
        model.load(core::idToString(m_resident.id));
        store::PlanRepository plans(m_store->db());
        const auto heads = plans.heads(m_resident.id).value();
        const qint64 outbox = sync::SyncRows(m_store->db()).pending(0, 1'000'000).value().size();
        QSignalSpy resolved(&model, &PlanConflictModel::resolved);
        QVERIFY(model.keep(1));
        QCOMPARE(resolved.size(), 1);
        const auto now = plans.heads(m_resident.id).value();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().parentIds.size(), 2);
        for (const auto &head : heads) {
            QVERIFY(now.first().parentIds.contains(head.meta.id));
        }
        QCOMPARE(now.first().meta.authorId, kontaktman.staffId);
        const auto events = store::AuditLog(m_store->db()).events().value();
        QCOMPARE(events.constLast().action, u"write.plan.merge"_s);
        QCOMPARE(events.constLast().residentId, std::optional(m_resident.id));
        // The revision and its audit event wait for upload; the other tablets get the merge and lose the conflict.
        QCOMPARE(sync::SyncRows(m_store->db()).pending(0, 1'000'000).value().size(), outbox + 2);
        QCOMPARE(plans.residentsInConflict().value(), 0);
    }

    void changesThatFitTogetherAreCombined()
    {
        // After the kept version (the test above), two tablets revise the plan again while offline: one adds to the
        // resident's views, the other adds a need.
        store::PlanRepository plans(m_store->db());
        QCOMPARE(plans.heads(m_resident.id).value().size(), 1);
        const core::PlanRevision base = plans.heads(m_resident.id).value().constFirst();
        const core::Id kontaktmanId = m_resident.contactPersonIds.first();
        core::PlanRevision views = base;
        views.meta = m_store->stamper().stamp(kontaktmanId);
        views.meta.deviceId = u"tablet-x"_s;
        views.parentIds = { base.meta.id };
        views.participation.views += u" Vill gärna baka på fredagar."_s;
        core::PlanRevision added = base;
        added.meta = m_store->stamper().stamp(kontaktmanId);
        added.meta.deviceId = u"tablet-y"_s;
        added.parentIds = { base.meta.id };
        core::PlanNeed call = base.needs.constFirst();
        call.id = m_store->stamper().newId();
        call.goal = u"Att kunna ringa dottern själv."_s;
        added.needs.append(call);
        QVERIFY(plans.append(views));
        QVERIFY(plans.append(added));

        PlanConflictModel model(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        model.setViewer(userWhere([&](const core::Staff &s) {
            return s.role == core::StaffRole::CareStaff && s.unitIds.contains(m_resident.unitId)
                && !m_resident.contactPersonIds.contains(s.id);
        }));
        model.load(core::idToString(m_resident.id));
        QVERIFY(!model.canCombine()); // fits together, but not theirs to decide
        QVERIFY(!model.combine());
        model.setViewer(userWhere([&](const core::Staff &s) { return s.id == kontaktmanId; }));
        model.load(core::idToString(m_resident.id));
        // Side by side, in the order they were written: the views changed in the first, a need added in the second.
        PlanVersionListModel *versions = model.versions();
        QAbstractItemModelTester tester(versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(versions->count(), 2);
        QVERIFY(versions->index(0).data(PlanVersionListModel::ParticipationDiffersRole).toBool());
        QVERIFY(versions->index(0).data(PlanVersionListModel::ParticipationRole).toString().endsWith(u"fredagar."_s));
        QVERIFY(!versions->index(0).data(PlanVersionListModel::AuthorRole).toString().isEmpty());
        PlanVersionNeedListModel *needs
            = versions->index(1).data(PlanVersionListModel::NeedsRole).value<PlanVersionNeedListModel *>();
        QVERIFY(needs);
        QCOMPARE(needs, versions->needsOf(1));
        QAbstractItemModelTester needsTester(needs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(needs->count(), int(base.needs.size()) + 1);
        const QModelIndex addedNeed = needs->index(needs->count() - 1);
        QCOMPARE(addedNeed.data(PlanVersionNeedListModel::GoalRole).toString(), call.goal);
        QVERIFY(addedNeed.data(PlanVersionNeedListModel::DiffersRole).toBool()); // the first version lacks it
        QVERIFY(!needs->index(0).data(PlanVersionNeedListModel::DiffersRole).toBool()); // both have it
        QVERIFY(!versions->needsOf(0)->index(0).data(PlanVersionNeedListModel::AreaRole).toString().isEmpty());
        QVERIFY(model.canCombine());
        QVERIFY(model.combine());
        QCOMPARE(versions->count(), 1); // reloaded: the merge revision is the only head
        const auto now = plans.heads(m_resident.id).value();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().parentIds.size(), 2);
        QVERIFY(now.first().participation.views.endsWith(u"Vill gärna baka på fredagar."_s));
        QCOMPARE(now.first().needs.size(), base.needs.size() + 1);
        QCOMPARE(now.first().needs.constLast().goal, call.goal);
        QCOMPARE(store::AuditLog(m_store->db()).events().value().constLast().detail, u"combined 2 versions"_s);
    }
};

QTEST_GUILESS_MAIN(PlanConflictTest)
#include "planconflicttest.moc"
