// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Sessions on a monotonic clock the test moves: PIN entry, idle lock, unlock, tap-out, switching user,
// re-authentication after 12 hours, and that a changed wall clock changes nothing. Also the scope rules.
#include "tests/unit/store/storetesthelpers.h"

#include "tests/support/switchableaudit.h"

#include "app/auth/accessaudit.h"
#include "app/auth/authenticator.h"
#include "app/auth/sessionmanager.h"
#include "app/store/auditlog.h"

#include <QSignalSpy>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;
using State = auth::SessionManager::State;

using test::SwitchableAudit;

class SessionManagerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::StoreFixture> m_f;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<auth::Authenticator> m_auth;
    std::unique_ptr<SwitchableAudit> m_audit;
    test::ManualMonotonicClock m_mono;
    core::Staff m_manager;
    const QString m_annaUid = u"04A1B2C3D4E5F6"_s;
    const QString m_helenaUid = u"04A1B2C3D4E5F7"_s;
    const QString m_annaPin = u"482915"_s;
    const QString m_helenaPin = u"730518"_s;

    std::unique_ptr<auth::SessionManager> session(bool kiosk = false)
    {
        return std::make_unique<auth::SessionManager>(
            *m_auth, *m_master, *m_audit, m_mono, auth::SessionPolicy::forDevice(kiosk));
    }

    QStringList actions()
    {
        QStringList list;
        for (const auto &e : store::AuditLog(m_f->store->db()).events().value()) {
            list << e.action + (e.detail.isEmpty() ? QString() : u":"_s + e.detail);
        }
        return list;
    }

    void login(auth::SessionManager &s, const QString &uid, const QString &pin)
    {
        s.badgeTapped(uid);
        QCOMPARE(s.state(), State::PinEntry);
        QCOMPARE(s.submitPin(pin).result, auth::AuthResult::Success);
        QCOMPARE(s.state(), State::Active);
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::StoreFixture>();
        QVERIFY(m_f->create());
        m_master = std::make_unique<store::MasterDataRepository>(m_f->store->db());
        m_manager = { m_f->store->stamper().newId(), u"Helena"_s, u"Strand"_s, u"enhetschef"_s,
            core::StaffRole::UnitManager, { m_f->unit.id }, true };
        QVERIFY(m_master->upsertStaff(m_manager));
        m_auth = std::make_unique<auth::Authenticator>(*m_f->store);
        m_audit = std::make_unique<SwitchableAudit>(*m_f->store);
        QVERIFY(m_auth->enrol(m_annaUid, m_f->staff.id, m_annaPin, m_annaPin, m_manager.id));
        QVERIFY(m_auth->enrol(m_helenaUid, m_manager.id, m_helenaPin, m_helenaPin, m_manager.id));
    }

    void badgeThenPinLogsIn()
    {
        auto s = session();
        QSignalSpy users(s.get(), &auth::SessionManager::userChanged);
        QCOMPARE(s->state(), State::LoggedOut);
        QCOMPARE(s->submitPin(m_annaPin).result, auth::AuthResult::Failed); // no badge yet
        s->badgeTapped(m_annaUid);
        QCOMPARE(s->pendingName(), u"Anna Berg"_s);
        QCOMPARE(s->submitPin(u"000000"_s).result, auth::AuthResult::WrongPin);
        QCOMPARE(s->state(), State::PinEntry);
        QVERIFY(s->message().contains(u"4 försök"_s));
        QCOMPARE(s->submitPin(m_annaPin).result, auth::AuthResult::Success);
        QCOMPARE(s->state(), State::Active);
        QCOMPARE(s->user()->staffId, m_f->staff.id);
        QCOMPARE(users.size(), 1);
        QVERIFY(s->message().isEmpty());
    }

    void unknownBadgeGetsAMessageAndIsLogged()
    {
        auto s = session();
        s->badgeTapped(u"04FFFFFFFFFFFF"_s);
        QCOMPARE(s->state(), State::LoggedOut);
        QVERIFY(s->message().contains(u"inte registrerad"_s));
        QVERIFY(actions().contains(u"auth.unknown_badge"_s));
    }

    /** Tablets lock after five idle minutes (kiosks never lock: kioskLogsOutByItselfAndNeverLocks). */
    void idleLockAfterFiveMinutesOnTablets()
    {
        for (const bool kiosk : { false }) {
            auto s = session(kiosk);
            login(*s, m_annaUid, m_annaPin);
            const qint64 idle = 300'000;
            m_mono.advance(idle - 1000);
            s->noteActivity(); // a touch restarts the idle time
            m_mono.advance(idle - 1000);
            s->tick();
            QCOMPARE(s->state(), State::Active);
            m_mono.advance(1000);
            s->tick();
            QCOMPARE(s->state(), State::Locked);
            QVERIFY(s->user()); // locked, not logged out
            QVERIFY(actions().contains(u"session.lock:idle"_s));
            // The same badge and PIN unlock it.
            s->badgeTapped(m_annaUid);
            QCOMPARE(s->state(), State::PinEntry);
            QCOMPARE(s->submitPin(m_annaPin).result, auth::AuthResult::Success);
            QCOMPARE(s->state(), State::Active);
            QVERIFY(actions().contains(u"session.unlock"_s));
            s->logout();
        }
    }

    void tappingTheSameBadgeLogsOut()
    {
        auto s = session();
        login(*s, m_annaUid, m_annaPin);
        QSignalSpy users(s.get(), &auth::SessionManager::userChanged);
        s->badgeTapped(m_annaUid);
        QCOMPARE(s->state(), State::LoggedOut);
        QVERIFY(!s->user());
        QCOMPARE(users.size(), 1);
        QVERIFY(actions().contains(u"auth.logout:tap-out"_s));
    }

    void anotherBadgeEndsTheSessionAndSwitchesUser()
    {
        auto s = session();
        login(*s, m_annaUid, m_annaPin);
        s->badgeTapped(m_helenaUid);
        QCOMPARE(s->state(), State::PinEntry);
        QVERIFY(!s->user()); // Anna's session has ended before Helena typed anything
        QVERIFY(actions().contains(u"auth.logout:switch"_s));
        QCOMPARE(s->submitPin(m_helenaPin).result, auth::AuthResult::Success);
        QCOMPARE(s->user()->role, core::StaffRole::UnitManager);
        // From the lock screen too.
        m_mono.advance(600'000);
        s->tick();
        QCOMPARE(s->state(), State::Locked);
        login(*s, m_annaUid, m_annaPin);
        QCOMPARE(s->user()->staffId, m_f->staff.id);
    }

    /** A kiosk never stays logged in or locked for a person: 20 s without a touch ends the session. */
    void kioskLogsOutByItselfAndNeverLocks()
    {
        auto s = session(true);
        login(*s, m_annaUid, m_annaPin);
        QCOMPARE(s->secondsUntilLogout(), 20);
        m_mono.advance(12'000);
        s->noteActivity(); // a touch restarts the count
        m_mono.advance(16'000);
        s->tick();
        QCOMPARE(s->state(), State::Active);
        QCOMPARE(s->secondsUntilLogout(), 4); // "Loggar ut om 4 s"
        m_mono.advance(4'000);
        s->tick();
        QCOMPARE(s->state(), State::LoggedOut);
        QVERIFY(!s->user());
        QVERIFY(s->message().contains(u"loggades ut"_s));
        QVERIFY(actions().contains(u"auth.logout:kiosk idle"_s));
        QCOMPARE(s->secondsUntilLogout(), -1);
        // Never the lock screen: a tablet would lock after its idle time instead.
        auto tablet = session(false);
        login(*tablet, m_annaUid, m_annaPin);
        QCOMPARE(tablet->secondsUntilLogout(), -1);
        m_mono.advance(30'000);
        tablet->tick();
        QCOMPARE(tablet->state(), State::Active);
    }

    void reauthenticationEveryTwelveHoursEvenWhenBusy()
    {
        auto s = session();
        login(*s, m_annaUid, m_annaPin);
        for (int minute = 0; minute < 12 * 60 - 1; ++minute) {
            m_mono.advance(60'000);
            s->noteActivity();
            s->tick();
        }
        QCOMPARE(s->state(), State::Active);
        m_mono.advance(60'000);
        s->noteActivity();
        s->tick();
        QCOMPARE(s->state(), State::Locked);
        QVERIFY(s->message().contains(u"tolv timmar"_s));
        QVERIFY(actions().contains(u"session.lock:reauthenticate"_s));
        login(*s, m_annaUid, m_annaPin); // the PIN again counts as re-authentication
        m_mono.advance(60'000);
        s->tick();
        QCOMPARE(s->state(), State::Active);
    }

    void wallClockChangesDoNotMoveSessionTimers()
    {
        auto s = session();
        login(*s, m_annaUid, m_annaPin);
        m_f->clock.advance(-24LL * 3600 * 1000); // the tablet's clock is set back a day
        m_mono.advance(299'000);
        s->tick();
        QCOMPARE(s->state(), State::Active);
        m_f->clock.advance(48LL * 3600 * 1000); // and forward two
        s->tick();
        QCOMPARE(s->state(), State::Active);
        m_mono.advance(1000);
        s->tick();
        QCOMPARE(s->state(), State::Locked);
    }

    void pinEntryTimesOutAndLockedSessionsExpire()
    {
        auto s = session();
        s->badgeTapped(m_annaUid);
        m_mono.advance(60'000);
        s->tick();
        QCOMPARE(s->state(), State::LoggedOut);
        QVERIFY(s->message().contains(u"Ingen kod"_s));
        login(*s, m_annaUid, m_annaPin);
        m_mono.advance(300'000);
        s->tick();
        QCOMPARE(s->state(), State::Locked);
        m_mono.advance(12LL * 3600 * 1000);
        s->tick();
        QCOMPARE(s->state(), State::LoggedOut);
        QVERIFY(!s->user());
        QVERIFY(actions().contains(u"auth.logout:expired"_s));
    }

    void noUnlockWithoutAnAuditEvent()
    {
        auto s = session();
        login(*s, m_annaUid, m_annaPin);
        m_mono.advance(300'000);
        s->tick();
        QCOMPARE(s->state(), State::Locked);
        m_audit->failing = true;
        s->badgeTapped(m_annaUid);
        QCOMPARE(s->submitPin(m_annaPin).result, auth::AuthResult::Failed);
        QCOMPARE(s->state(), State::Locked);
        QVERIFY(s->message().contains(u"kunde inte loggas"_s));
    }

    void policyIsClampedToSafeValues()
    {
        auth::SessionPolicy wild { 0, 48 * 3600, 1, 99 };
        const auth::SessionPolicy safe = wild.clamped();
        QCOMPARE(safe.idleLockSeconds, 30);
        QCOMPARE(safe.reauthSeconds, 12 * 3600);
        QCOMPARE(safe.maxFailures, 10);
        QCOMPARE(auth::SessionPolicy::forDevice(true).idleLockSeconds, 120);
        QCOMPARE(auth::SessionPolicy::forDevice(false).idleLockSeconds, 300);
    }

    void scopeIsTheStaffMembersUnits()
    {
        const auth::SessionUser anna = auth::sessionUserOf(m_f->staff);
        core::Resident elsewhere = m_f->resident;
        elsewhere.unitId = m_f->store->stamper().newId();
        QVERIFY(auth::inScope(anna, m_f->resident));
        QVERIFY(!auth::inScope(anna, elsewhere));
        QVERIFY(auth::isContactPerson(anna, m_f->resident));
        auth::SessionUser sas = anna;
        sas.role = core::StaffRole::Sas;
        sas.unitIds.clear();
        QVERIFY(auth::inScope(sas, elsewhere));
        QVERIFY(!auth::isContactPerson(auth::sessionUserOf(m_manager), m_f->resident));
    }
};

QTEST_GUILESS_MAIN(SessionManagerTest)
#include "sessionmanagertest.moc"
