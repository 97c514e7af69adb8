// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The record's documents on the demo store (RecordDocumentService): bad input refused with nothing written; who may
// write (the unit's staff; money and powers only the kontaktman or the unit manager; never a kiosk or another unit);
// the document, its journal entry and audit events in one transaction (a failing journal write takes the document
// back); versions never overwrite — a raw UPDATE or DELETE is refused with the trigger's reason — and two versions
// saved from one parent on two tablets are both current until a version replaces both; queued for sync.
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/core/caretime.h"
#include "app/models/recorddocumentservice.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/recorddocumentrepository.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class RecordDocumentServiceTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<RecordDocumentService> m_service;
    core::Resident m_margit;
    auth::SessionUser m_kontaktman;
    auth::SessionUser m_otherCarer;
    auth::SessionUser m_otherUnit;

    qint64 count(const QString &sql)
    {
        auto s = m_demo.store->db().prepare(sql);
        if (!s) {
            return -1;
        }
        const auto row = s.value().step();
        return row && row.value() ? s.value().int64(0) : -1;
    }
    qint64 documents() { return count(u"SELECT count(*) FROM record_documents"_s); }

    core::RecordDocument letter(const QDate &date)
    {
        core::RecordDocument d;
        d.residentId = m_margit.id;
        d.type = core::RecordDocType::RegisterEntry;
        d.fields = { { u"document_type"_s, u"letter"_s }, { u"direction"_s, u"received"_s },
            { u"document_date"_s, date.toString(Qt::ISODate) }, { u"counterpart"_s, u"Dottern Eva Lindqvist"_s },
            { u"summary"_s, u"Brev om besök i december."_s } };
        return d;
    }
    QList<core::RecordDocument> versions(core::RecordDocType type)
    {
        return store::RecordDocumentRepository(m_demo.store->db()).forResident(m_margit.id, type).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_service = std::make_unique<RecordDocumentService>(*m_demo.store, *m_master, *m_audit, m_demo.clock, false);
        m_margit = m_demo.data.residents.at(0);
        for (const core::Staff &s : std::as_const(m_demo.data.staff)) {
            if (s.id == m_margit.contactPersonIds.constFirst()) {
                m_kontaktman = auth::sessionUserOf(s);
            } else if (s.role == core::StaffRole::CareStaff && s.unitIds.contains(m_margit.unitId)) {
                m_otherCarer = auth::sessionUserOf(s);
            } else if (s.role == core::StaffRole::CareStaff) {
                m_otherUnit = auth::sessionUserOf(s);
            }
        }
        QVERIFY(!m_kontaktman.staffId.isNull() && !m_otherCarer.staffId.isNull() && !m_otherUnit.staffId.isNull());
        QCOMPARE(documents(), m_demo.data.recordDocuments.size());
    }

    void badInputIsRefusedAndNothingWritten()
    {
        const qint64 before = documents();
        const QDate today = core::careDate(m_demo.clock.nowMs());
        auto outcome = m_service->save(m_otherCarer, letter(today.addDays(1)));
        QCOMPARE(outcome.problem, RecordDocumentService::Problem::Invalid);
        QCOMPARE(
            outcome.problems, (QList<core::DocFieldProblem> { { u"document_date"_s, core::DocProblem::InFuture } }));
        core::RecordDocument power;
        power.residentId = m_margit.id;
        power.type = core::RecordDocType::PowerOfAttorney;
        power.fields = { { u"holder"_s, u"Sonen Per"_s }, { u"scope"_s, u"Post"_s },
            { u"valid_from"_s, u"2026-05-01"_s }, { u"valid_to"_s, u"2026-04-30"_s } };
        outcome = m_service->save(m_kontaktman, power);
        QCOMPARE(
            outcome.problems, (QList<core::DocFieldProblem> { { u"valid_to"_s, core::DocProblem::EndBeforeStart } }));
        core::RecordDocument story;
        story.residentId = m_margit.id;
        story.type = core::RecordDocType::LifeStory;
        outcome = m_service->save(m_kontaktman, story);
        QVERIFY(outcome.problems.contains(core::DocFieldProblem { u"story"_s, core::DocProblem::Missing }));
        QCOMPARE(documents(), before);
    }

    void onlyThoseWithRightsWrite()
    {
        const qint64 before = documents();
        const QDate today = core::careDate(m_demo.clock.nowMs());
        QCOMPARE(m_service->save(m_otherUnit, letter(today)).problem, RecordDocumentService::Problem::NotAllowed);
        core::RecordDocument money;
        money.residentId = m_margit.id;
        money.type = core::RecordDocType::MoneyAgreement;
        money.fields = { { u"parties"_s, u"Margit och Björkgården"_s }, { u"scope"_s, u"Fickpengar"_s },
            { u"valid_from"_s, today.toString(Qt::ISODate) }, { u"signed_by"_s, u"Margit Lindqvist"_s },
            { u"signed_on"_s, today.toString(Qt::ISODate) } };
        QCOMPARE(m_service->save(m_otherCarer, money).problem, RecordDocumentService::Problem::NotAllowed);
        RecordDocumentService kiosk(*m_demo.store, *m_master, *m_audit, m_demo.clock, true);
        QCOMPARE(kiosk.save(m_kontaktman, letter(today)).problem, RecordDocumentService::Problem::NotAllowed);
        QCOMPARE(documents(), before);
        QVERIFY(m_service->save(m_kontaktman, money));
        QCOMPARE(documents(), before + 1);
    }

    void aFailingJournalEntryTakesTheDocumentBack()
    {
        const qint64 before = documents();
        const qint64 audits = count(u"SELECT count(*) FROM audit_events"_s);
        m_audit->failingAction = u"write.journal"_s;
        const auto outcome = m_service->save(m_otherCarer, letter(core::careDate(m_demo.clock.nowMs())));
        m_audit->failingAction.clear();
        QCOMPARE(outcome.problem, RecordDocumentService::Problem::StoreFailed);
        QCOMPARE(documents(), before);
        QCOMPARE(count(u"SELECT count(*) FROM audit_events"_s), audits);
    }

    void savedWithItsJournalEntryAuditEventAndOutbox()
    {
        const QString queued = u"SELECT count(*) FROM sync_outbox WHERE kind = 'record_document'"_s;
        const QString audited = u"SELECT count(*) FROM audit_events WHERE action = 'write.record_document' "
                                "AND detail = 'register_entry'"_s;
        const qint64 outbox = count(queued);
        const qint64 audits = count(audited);
        const qint64 entries = count(u"SELECT count(*) FROM journal_entries WHERE category = 'document'"_s);
        const auto outcome = m_service->save(m_otherCarer, letter(core::careDate(m_demo.clock.nowMs())));
        QVERIFY2(outcome, qPrintable(outcome.logMessage));
        QCOMPARE(count(queued), outbox + 1);
        QCOMPARE(count(audited), audits + 1);
        QCOMPARE(count(u"SELECT count(*) FROM journal_entries WHERE category = 'document'"_s), entries + 1);
        const auto saved = store::RecordDocumentRepository(m_demo.store->db()).byId(outcome.documentId).value();
        QCOMPARE(saved.seriesId, saved.meta.id);
        QCOMPARE(saved.field(u"counterpart"_s), u"Dottern Eva Lindqvist"_s);
    }

    void versionsAreNeverChanged()
    {
        const qint64 before = documents();
        auto update
            = m_demo.store->db().exec(u"UPDATE record_documents SET body = '{}' WHERE doc_type = 'life_story'"_s);
        QVERIFY(!update);
        QVERIFY2(update.error().message.contains(u"append-only: record_documents (save a new version instead)"_s),
            qPrintable(update.error().message));
        auto remove = m_demo.store->db().exec(u"DELETE FROM record_documents"_s);
        QVERIFY(!remove);
        QVERIFY2(
            remove.error().message.contains(u"append-only: record_documents"_s), qPrintable(remove.error().message));
        QCOMPARE(documents(), before);
    }

    void aNewVersionReplacesTheCurrentOneAndAStaleOneIsRefused()
    {
        const auto current = core::currentVersions(versions(core::RecordDocType::CoverSheet));
        QCOMPARE(current.size(), 1);
        core::RecordDocument first;
        first.residentId = m_margit.id;
        first.type = core::RecordDocType::CoverSheet;
        first.fields = { { u"nurse"_s, u"Sjuksköterska Karin"_s } };
        // A "first" cover sheet when there is one would make a second current one silently: refused.
        QCOMPARE(m_service->save(m_kontaktman, first).problem, RecordDocumentService::Problem::Stale);
        core::RecordDocument next = first;
        next.replaces = { current.first().meta.id };
        const auto saved = m_service->save(m_kontaktman, next);
        QVERIFY2(saved, qPrintable(saved.logMessage));
        // Replacing what is no longer current (another save came first) is refused too.
        QCOMPARE(m_service->save(m_otherCarer, next).problem, RecordDocumentService::Problem::Stale);
        const auto now = core::currentVersions(versions(core::RecordDocType::CoverSheet));
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().meta.id, saved.documentId);
        QCOMPARE(now.first().seriesId, current.first().seriesId);
    }

    void twoTabletsFromOneParentKeepBothUntilOneVersionReplacesBoth()
    {
        const core::RecordDocument parent = core::currentVersions(versions(core::RecordDocType::CoverSheet)).first();
        // This tablet saves a version; another tablet had saved one from the same parent while offline, and a sync
        // brings it in afterwards.
        core::RecordDocument mine = parent;
        mine.replaces = { parent.meta.id };
        mine.fields = { { u"nurse"_s, u"Sjuksköterska Karin, telefon 010-123 45 00"_s } };
        QVERIFY(m_service->save(m_kontaktman, mine));
        core::RecordDocument theirs = parent;
        theirs.meta = m_demo.store->stamper().stamp(m_otherCarer.staffId);
        theirs.meta.deviceId = u"demo-tablet-2"_s;
        theirs.replaces = { parent.meta.id };
        theirs.fields = { { u"language"_s, u"Svenska och finska"_s } };
        QVERIFY(store::RecordDocumentRepository(m_demo.store->db()).add(theirs));
        auto current = core::currentVersions(versions(core::RecordDocType::CoverSheet));
        QCOMPARE(current.size(), 2); // both kept: shown with the conflict notice, the newest first
        // A new version must replace both.
        core::RecordDocument joined = mine;
        joined.replaces = { current.at(0).meta.id };
        QCOMPARE(m_service->save(m_kontaktman, joined).problem, RecordDocumentService::Problem::Stale);
        joined.replaces = { current.at(0).meta.id, current.at(1).meta.id };
        joined.fields = { { u"nurse"_s, u"Sjuksköterska Karin"_s }, { u"language"_s, u"Svenska och finska"_s } };
        QVERIFY(m_service->save(m_kontaktman, joined));
        current = core::currentVersions(versions(core::RecordDocType::CoverSheet));
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().replaces.size(), 2);
    }
};

QTEST_GUILESS_MAIN(RecordDocumentServiceTest)
#include "recorddocumentservicetest.moc"
