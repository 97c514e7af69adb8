// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/unit/store/storetesthelpers.h"

#include "app/store/consentrepository.h"
#include "app/store/journalrepository.h"
#include "app/store/planrepository.h"
#include "app/store/signingrepository.h"
#include "app/store/storestats.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class RepositoriesTest : public QObject
{
    Q_OBJECT

private:
    test::StoreFixture m_f;
    core::RecordStamper &st() { return m_f.store->stamper(); }
    store::Database &db() { return m_f.store->db(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_f.create()); }

    void masterDataRoundTrips()
    {
        store::MasterDataRepository master(db());
        const auto resident = master.resident(m_f.resident.id);
        QVERIFY(resident.ok());
        QCOMPARE(resident.value().displayName(), u"Margit Lindqvist"_s);
        QCOMPARE(resident.value().contactPersonIds, QList { m_f.staff.id });
        QVERIFY(!resident.value().movedIn.isValid()); // optional date stays absent
        QCOMPARE(master.staffMember(m_f.staff.id).value().unitIds, QList { m_f.unit.id });
        core::Decision decision { st().newId(), m_f.resident.id, core::Law::SoL, u"Kerstin Öhman"_s, QDate(2026, 1, 1),
            QDate(2026, 1, 10), std::nullopt, u"Trygghet"_s, u"Verkställ"_s,
            { { st().newId(), u"Särskilt boende"_s, u"4 kap. 1 § SoL"_s, u"Permanent"_s } } };
        QVERIFY(master.upsertDecision(decision));
        decision.goals = u"Trygghet och gemenskap"_s;
        QVERIFY(master.upsertDecision(decision)); // master data is replaced, not duplicated
        const auto decisions = master.decisions(m_f.resident.id).value();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.constFirst().goals, u"Trygghet och gemenskap"_s);
        QCOMPARE(decisions.constFirst().insatser.size(), 1);
        QVERIFY(!decisions.constFirst().validTo);
        QCOMPARE(master.resident(st().newId()).error().code, ErrorCode::NotFound);
    }

    void journalAndCorrections()
    {
        store::JournalRepository journal(db());
        core::JournalEntry older { st().stamp(m_f.staff.id), m_f.resident.id, QDate(2026, 1, 1),
            core::JournalCategory::Contact, u"Jag ringde sjuksköterskan."_s, u"Anna Berg"_s, u"undersköterska"_s,
            true };
        core::JournalEntry newer = older;
        newer.meta = st().stamp(m_f.staff.id);
        newer.eventDate = QDate(2026, 1, 5);
        QVERIFY(journal.append(older));
        QVERIFY(journal.append(newer));
        QVERIFY(!journal.append(newer)); // the same id twice is refused
        const auto entries = journal.entries(m_f.resident.id).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.constFirst().eventDate, QDate(2026, 1, 5)); // newest event date first
        QVERIFY(entries.constLast().interpreterUsed);
        QVERIFY(journal.appendCorrection({ st().stamp(m_f.staff.id), m_f.resident.id, older.meta.id, u"Rätt tid"_s,
            u"Fel tid"_s, false, u"Anna Berg"_s, u"undersköterska"_s }));
        QVERIFY(!journal.appendCorrection({ st().stamp(m_f.staff.id), m_f.resident.id, st().newId(), u"x"_s, u"y"_s,
            false, u"Anna Berg"_s, u"undersköterska"_s })); // must point at an entry
        QCOMPARE(journal.corrections(m_f.resident.id).value().size(), 1);
        QCOMPARE(journal.entries(m_f.resident.id).value().constLast().text, u"Jag ringde sjuksköterskan."_s);
    }

    /** Search (migration 0008): one resident's entries only, every word as typed or longer, also in corrections. */
    void journalSearch()
    {
        store::MasterDataRepository master(db());
        core::Resident other = m_f.resident;
        other.id = st().newId();
        other.firstName = u"Åke"_s;
        other.personalNumber = u"19300202-1234"_s;
        QVERIFY(master.upsertResident(other));
        store::JournalRepository journal(db());
        const auto write = [&](const core::Id &resident, const QString &text) {
            core::JournalEntry e { st().stamp(m_f.staff.id), resident, QDate(2026, 3, 1),
                core::JournalCategory::Execution, text, u"Anna Berg"_s, u"undersköterska"_s };
            return journal.append(e) ? e.meta.id : core::Id();
        };
        const core::Id walk = write(m_f.resident.id, u"Promenaden runt dammen gick bra; vi tog mått för strumpor."_s);
        const core::Id knee = write(m_f.resident.id, u"Ont i höger knä efter lunch."_s);
        const core::Id othersWalk = write(other.id, u"Promenad till affären."_s);
        QVERIFY(!walk.isNull() && !knee.isNull() && !othersWalk.isNull());
        QVERIFY(journal.appendCorrection({ st().stamp(m_f.staff.id), m_f.resident.id, knee, u"Det var vänster knä."_s,
            u"Fel sida"_s, false, u"Anna Berg"_s, u"undersköterska"_s }));
        const auto ids = [&](const core::Id &resident, const QString &query) {
            QList<core::Id> found;
            for (const auto &e : journal.search(resident, query).value()) {
                found << e.meta.id;
            }
            return found;
        };
        QCOMPARE(ids(m_f.resident.id, u"promen"_s), QList<core::Id> { walk }); // not the other resident's
        QCOMPARE(ids(other.id, u"Promenad"_s), QList<core::Id> { othersWalk });
        QCOMPARE(ids(m_f.resident.id, u"MÅTT dammen"_s), QList<core::Id> { walk });
        QCOMPARE(ids(m_f.resident.id, u"vänster knä"_s), QList<core::Id> { knee }); // in the correction
        QCOMPARE(ids(m_f.resident.id, u"vänster lunch"_s), QList<core::Id> {}); // one in each: not all in one text
        QCOMPARE(ids(m_f.resident.id, u"zebrafink"_s), QList<core::Id> {});
        QCOMPARE(ids(other.id, u"knä"_s), QList<core::Id> {});
        // A resident's id is not a word of the text.
        QCOMPARE(ids(m_f.resident.id, core::idToString(m_f.resident.id).remove(u'-')), QList<core::Id> {});
        QCOMPARE(
            journal.search(m_f.resident.id, u" - "_s).value().size(), journal.entries(m_f.resident.id).value().size());
    }

    void signaturesAndRetractions()
    {
        store::SigningRepository signing(db());
        const QDateTime eight(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
        core::Signature done { st().stamp(m_f.staff.id), m_f.resident.id, st().newId(), st().newId(), eight,
            core::SignatureOutcome::Done, {}, false };
        core::Signature notDone = done;
        notDone.meta = st().stamp(m_f.staff.id);
        notDone.plannedFor = eight.addSecs(3600);
        notDone.outcome = core::SignatureOutcome::NotDone;
        QVERIFY(!signing.append(notDone)); // not done needs a reason
        notDone.reason = u"Avböjde"_s;
        QVERIFY(signing.append(done));
        QVERIFY(signing.append(notDone));
        const auto day = signing.signatures(m_f.resident.id, eight.addSecs(-3600), eight.addDays(1)).value();
        QCOMPARE(day.size(), 2);
        QCOMPARE(day.constFirst().plannedFor, eight);
        QCOMPARE(day.constLast().reason, u"Avböjde"_s);
        QCOMPARE(signing.signatures(m_f.resident.id, eight.addDays(1), eight.addDays(2)).value().size(), 0);
        QVERIFY(signing.appendRetraction({ st().stamp(m_f.staff.id), done.meta.id, m_f.resident.id, u"Fel boende"_s }));
        QCOMPARE(signing.retractions(m_f.resident.id).value().size(), 1);
    }

    void planRevisionsAndConflicts()
    {
        store::PlanRepository plans(db());
        core::PlanRevision first;
        first.meta = st().stamp(m_f.staff.id);
        first.residentId = m_f.resident.id;
        first.decisionId = st().newId();
        first.status = core::PlanStatus::Established;
        first.establishedOn = QDate(2026, 1, 20);
        first.needs = { { st().newId(), 5, u"d510"_s, core::ProblemGrade::Moderate, u"r"_s, u"g"_s, {} } };
        QVERIFY(plans.append(first));
        QCOMPARE(plans.heads(m_f.resident.id).value().size(), 1);
        core::PlanRevision a = first;
        a.meta = st().stamp(m_f.staff.id);
        a.parentIds = { first.meta.id };
        core::PlanRevision b = a;
        b.meta = st().stamp(m_f.staff.id);
        b.meta.deviceId = u"other-tablet"_s;
        QVERIFY(plans.append(a));
        QVERIFY(plans.append(b));
        const auto heads = plans.heads(m_f.resident.id).value();
        QCOMPARE(heads.size(), 2); // two revisions of the same parent: a kept conflict
        core::PlanRevision merge = a;
        merge.meta = st().stamp(m_f.staff.id);
        merge.parentIds = { a.meta.id, b.meta.id };
        QVERIFY(plans.append(merge));
        QCOMPARE(plans.heads(m_f.resident.id).value().size(), 1);
        QCOMPARE(plans.heads(m_f.resident.id).value().constFirst().parentIds.size(), 2);
        QCOMPARE(plans.revisions(m_f.resident.id).value().size(), 4);
        core::PlanRevision stray = first;
        stray.meta = st().stamp(m_f.staff.id);
        stray.parentIds = { st().newId() };
        QVERIFY(!plans.append(stray)); // a parent that does not exist
    }

    void consentsAndStats()
    {
        store::ConsentRepository consent(db());
        QVERIFY(consent.appendConsent({ st().stamp(m_f.staff.id), m_f.resident.id, core::ConsentAction::Given,
            u"dottern"_s, u"planen"_s, QDate(2026, 1, 1), QDate(2027, 1, 1), u"Margit"_s }));
        QCOMPARE(consent.consents(m_f.resident.id).value().constFirst().validTo, std::optional(QDate(2027, 1, 1)));
        const auto counts = store::storeCounts(db()).value();
        QStringList keys;
        for (const auto &[key, count] : counts) {
            keys << key;
        }
        for (const char *k : { "residents", "staff", "plans", "journal_entries", "signatures", "audit_events" }) {
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        }
    }

    void malformedRowIsReportedNotDropped()
    {
        QVERIFY(db().exec(u"DROP TRIGGER journal_entries_no_update"_s));
        QVERIFY(db().exec(u"UPDATE journal_entries SET category = 'bogus' WHERE event_date = '2026-01-01'"_s));
        const auto entries = store::JournalRepository(db()).entries(m_f.resident.id);
        QVERIFY(!entries.ok());
        QCOMPARE(entries.error().code, ErrorCode::Integrity);
    }
};

QTEST_GUILESS_MAIN(RepositoriesTest)
#include "repositoriestest.moc"
