// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The consent register's and the release's rules (domain.md D6, D7): a consent's state by date (from, until, open
// ended, not yet), revocation (named, or the old unnamed form), the care day in Europe/Stockholm, the consent that
// lets a unit read the plan, what a consent, a request and a decision must hold, and the journal texts.
#include "app/core/consentrules.h"
#include "app/core/caretime.h"
#include "app/core/releaserules.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

const core::Id kResident = core::idFromString(u"019b0000-0000-7000-8000-000000000001"_s);
const core::Id kUnit = core::idFromString(u"019b0000-0000-7000-8000-0000000000a1"_s);
const core::Id kOtherUnit = core::idFromString(u"019b0000-0000-7000-8000-0000000000a2"_s);

core::ConsentEvent given(int n, QDate from, std::optional<QDate> to)
{
    core::ConsentEvent c;
    c.meta.id = core::idFromString(u"019b0000-0000-7000-8000-0000000001%1"_s.arg(n, 2, 10, QChar(u'0')));
    c.meta.hlc = core::HlcStamp { 1'767'225'600'000 + n, 0 }; // noted in the order of n
    c.residentId = kResident;
    c.recipient = u"Solrosen"_s;
    c.recipientUnitId = kUnit;
    c.coversPlan = true;
    c.validFrom = from;
    c.validTo = to;
    c.givenBy = u"Anna Svensson"_s;
    c.givenByKind = core::ConsentGiver::Resident;
    c.form = core::ConsentForm::Written;
    return c;
}

core::ConsentEvent revocationOf(int n, const core::ConsentEvent &c, QDate on)
{
    core::ConsentEvent r = given(n, on, std::nullopt);
    r.action = core::ConsentAction::Revoked;
    r.revokesId = c.meta.id;
    return r;
}

} // namespace

class ConsentRulesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validityByDate()
    {
        const core::ConsentEvent c = given(1, QDate(2026, 10, 2), QDate(2027, 10, 1));
        const QList<core::ConsentEvent> all { c };
        QCOMPARE(core::consentStatus(c, all, QDate(2026, 10, 1)), core::ConsentStatus::NotYetValid);
        QCOMPARE(core::consentStatus(c, all, QDate(2026, 10, 2)), core::ConsentStatus::Valid); // the first day
        QCOMPARE(core::consentStatus(c, all, QDate(2027, 10, 1)), core::ConsentStatus::Valid); // the last day
        QCOMPARE(core::consentStatus(c, all, QDate(2027, 10, 2)), core::ConsentStatus::Expired);
        const core::ConsentEvent open = given(2, QDate(2026, 10, 2), std::nullopt);
        QCOMPARE(core::consentStatus(open, { open }, QDate(2040, 1, 1)), core::ConsentStatus::Valid);
    }

    void aRevocationEndsItFromItsDay()
    {
        const core::ConsentEvent c = given(1, QDate(2026, 10, 2), QDate(2027, 10, 1));
        const core::ConsentEvent r = revocationOf(2, c, QDate(2026, 11, 20));
        const QList<core::ConsentEvent> all { c, r };
        QCOMPARE(core::consentStatus(c, all, QDate(2026, 11, 19)), core::ConsentStatus::Valid);
        QCOMPARE(core::consentStatus(c, all, QDate(2026, 11, 20)), core::ConsentStatus::Revoked);
        // A revocation of another consent does not touch this one.
        const core::ConsentEvent other = given(3, QDate(2026, 10, 2), std::nullopt);
        QCOMPARE(core::consentStatus(other, all, QDate(2026, 12, 1)), core::ConsentStatus::Valid);
        // Rows before the register named the revoked consent: same recipient and scope, on or after its start.
        core::ConsentEvent old = r;
        old.revokesId = {};
        old.form.reset();
        QCOMPARE(core::consentStatus(other, { other, old }, QDate(2026, 12, 1)), core::ConsentStatus::Revoked);
        old.recipient = u"någon annan"_s;
        QCOMPARE(core::consentStatus(other, { other, old }, QDate(2026, 12, 1)), core::ConsentStatus::Valid);
    }

    void todayIsTheCareDayInStockholm()
    {
        // 23:30 UTC on 31 December is already 1 January in Stockholm: a consent from 1 January holds.
        const qint64 ms = QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(core::careDate(ms), QDate(2027, 1, 1));
        const core::ConsentEvent c = given(1, QDate(2027, 1, 1), std::nullopt);
        QCOMPARE(core::consentStatus(c, { c }, core::careDate(ms)), core::ConsentStatus::Valid);
        // … and one that ended on 31 December has run out there.
        const core::ConsentEvent ended = given(2, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(core::consentStatus(ended, { ended }, core::careDate(ms)), core::ConsentStatus::Expired);
    }

    void theConsentThatLetsAUnitReadThePlan()
    {
        const QDate today(2026, 11, 29);
        core::ConsentEvent notPlan = given(1, QDate(2026, 10, 1), std::nullopt);
        notPlan.coversPlan = false;
        core::ConsentEvent otherUnit = given(2, QDate(2026, 10, 1), std::nullopt);
        otherUnit.recipientUnitId = kOtherUnit;
        const core::ConsentEvent expired = given(3, QDate(2025, 10, 1), QDate(2026, 10, 1));
        const core::ConsentEvent revoked = given(4, QDate(2026, 10, 1), std::nullopt);
        const core::ConsentEvent revocation = revocationOf(5, revoked, QDate(2026, 11, 1));
        const core::ConsentEvent future = given(6, QDate(2026, 12, 1), std::nullopt);
        QList<core::ConsentEvent> all { notPlan, otherUnit, expired, revoked, revocation, future };
        QVERIFY(!core::planReadConsent(all, kUnit, today));
        const core::ConsentEvent good = given(7, QDate(2026, 11, 1), QDate(2027, 10, 31));
        all << good;
        QCOMPARE(core::planReadConsent(all, kUnit, today)->meta.id, good.meta.id);
        QVERIFY(!core::planReadConsent(all, kOtherUnit, today)
            || core::planReadConsent(all, kOtherUnit, today)->meta.id == otherUnit.meta.id);
        QVERIFY(!core::planReadConsent(all, {}, today));
        // Two valid ones: the latest noted.
        const core::ConsentEvent later = given(8, QDate(2026, 11, 2), std::nullopt);
        all << later;
        QCOMPARE(core::planReadConsent(all, kUnit, today)->meta.id, later.meta.id);
    }

    void whatAConsentMustHold()
    {
        core::ConsentEvent c = given(1, QDate(2026, 10, 2), QDate(2026, 10, 1));
        QCOMPARE(core::consentGaps(c), QList<core::ConsentGap> { core::ConsentGap::EndsBeforeStart });
        c.validTo = QDate(2026, 10, 2); // one day is allowed
        QVERIFY(core::consentGaps(c).isEmpty());
        c.givenByKind = core::ConsentGiver::Representative;
        QCOMPARE(core::consentGaps(c), QList<core::ConsentGap> { core::ConsentGap::Mandate });
        c.mandate = u"god man"_s;
        QVERIFY(core::consentGaps(c).isEmpty());
        core::ConsentEvent empty;
        empty.validTo = QDate(2026, 1, 1);
        QCOMPARE(core::consentGaps(empty),
            (QList<core::ConsentGap> { core::ConsentGap::Recipient, core::ConsentGap::Scope,
                core::ConsentGap::ValidFrom, core::ConsentGap::GivenByKind, core::ConsentGap::GivenBy,
                core::ConsentGap::Form }));
    }

    void theJournalSaysWhenForWhomHowLongWhichData()
    {
        core::ConsentEvent c = given(1, QDate(2026, 10, 2), QDate(2027, 10, 1));
        c.scope = u"journalanteckningar om förändrat hälsotillstånd"_s;
        const QString text = core::consentJournalText(c);
        for (const QString &part : { u"Anna Svensson (den enskilde)"_s, u"skriftligt"_s, u"Solrosen"_s,
                 u"genomförandeplanen, journalanteckningar om förändrat hälsotillstånd"_s,
                 u"från 2026-10-02 till och med 2027-10-01"_s }) {
            QVERIFY2(text.contains(part), qPrintable(text));
        }
        core::ConsentEvent r = revocationOf(2, c, QDate(2026, 11, 20));
        r.form = core::ConsentForm::Oral;
        const QString revoked = core::revocationJournalText(r, c);
        QVERIFY2(
            revoked.contains(u"muntligt"_s) && revoked.contains(u"2026-11-20"_s) && revoked.contains(u"Solrosen"_s),
            qPrintable(revoked));
    }

    void whatARequestAndADecisionMustHold()
    {
        core::ReleaseEvent request;
        QCOMPARE(core::releaseRequestGaps(request),
            (QList<core::ReleaseGap> {
                core::ReleaseGap::Requester, core::ReleaseGap::Covers, core::ReleaseGap::RequestedOn }));
        request.requester = u"Anna Svensson"_s;
        request.covers = u"social journal 2026"_s;
        request.requestedOn = QDate(2026, 11, 2);
        QVERIFY(core::releaseRequestGaps(request).isEmpty());

        core::ReleaseEvent d;
        d.stage = core::ReleaseStage::Decision;
        d.outcome = core::ReleaseOutcome::Released;
        d.assessment = u"Inga uppgifter som kan skada någon annan."_s;
        d.recipient = u"Anna Svensson"_s;
        d.releasedCovers = u"social journal 2026"_s;
        // A release without a recipient check: refused, also when the box is ticked without saying how.
        QCOMPARE(core::releaseDecisionGaps(d, false), QList<core::ReleaseGap> { core::ReleaseGap::RecipientCheck });
        d.recipientChecked = true;
        QCOMPARE(core::releaseDecisionGaps(d, false), QList<core::ReleaseGap> { core::ReleaseGap::RecipientCheck });
        d.recipientCheck = u"id-kort"_s;
        QVERIFY(core::releaseDecisionGaps(d, false).isEmpty());
        // A consent named must be valid today.
        d.consentId = core::idFromString(u"019b0000-0000-7000-8000-000000000101"_s);
        QCOMPARE(core::releaseDecisionGaps(d, false), QList<core::ReleaseGap> { core::ReleaseGap::ConsentInvalid });
        QVERIFY(core::releaseDecisionGaps(d, true).isEmpty());
        // A refusal or a partial release: the reason and the right to appeal; a refusal needs no recipient.
        core::ReleaseEvent refusal;
        refusal.outcome = core::ReleaseOutcome::Refused;
        refusal.assessment = u"Sekretessprövning: uppgifterna omfattas av sekretess."_s;
        QCOMPARE(core::releaseDecisionGaps(refusal, false),
            (QList<core::ReleaseGap> { core::ReleaseGap::Reason, core::ReleaseGap::Appeal }));
        refusal.reason = u"Det finns inget samtycke."_s;
        refusal.appealNoted = true;
        QVERIFY(core::releaseDecisionGaps(refusal, false).isEmpty());
        d.consentId = {};
        d.outcome = core::ReleaseOutcome::Partial;
        QCOMPARE(core::releaseDecisionGaps(d, false),
            (QList<core::ReleaseGap> { core::ReleaseGap::Reason, core::ReleaseGap::Appeal }));
        core::ReleaseEvent none;
        QCOMPARE(core::releaseDecisionGaps(none, false),
            (QList<core::ReleaseGap> { core::ReleaseGap::Outcome, core::ReleaseGap::Assessment }));

        // The journal: who got the copy, what it covers, when, who released it.
        d.outcome = core::ReleaseOutcome::Released;
        d.decidedOn = QDate(2026, 11, 4);
        const QString text = core::releaseJournalText(request, d, u"Karin Ek, enhetschef"_s);
        for (const QString &part : { u"Anna Svensson fick en kopia den 2026-11-04: social journal 2026"_s,
                 u"Utlämnat av Karin Ek, enhetschef"_s, u"id-kort"_s }) {
            QVERIFY2(text.contains(part), qPrintable(text));
        }
        refusal.decidedOn = QDate(2026, 11, 4);
        const QString refused = core::releaseJournalText(request, refusal, u"Karin Ek, enhetschef"_s);
        QVERIFY2(
            refused.contains(u"Det finns inget samtycke"_s) && refused.contains(u"överklagas"_s), qPrintable(refused));
    }

    void codesRoundTrip()
    {
        for (const auto v :
            { core::ReleaseOutcome::Released, core::ReleaseOutcome::Partial, core::ReleaseOutcome::Refused }) {
            QCOMPARE(core::fromCode<core::ReleaseOutcome>(core::toCode(v)), v);
        }
        QCOMPARE(core::fromCode<core::ConsentForm>(u"oral"_s), core::ConsentForm::Oral);
        QCOMPARE(core::fromCode<core::ConsentGiver>(u"representative"_s), core::ConsentGiver::Representative);
        QVERIFY(!core::fromCode<core::ConsentForm>(u"telepathy"_s));
    }
};

QTEST_GUILESS_MAIN(ConsentRulesTest)
#include "consentrulestest.moc"
