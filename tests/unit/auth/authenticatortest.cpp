// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Badge + PIN: enrolment rules, lockout after N failures that survives restarts and clock changes, manager-only
// administration, and an audit event for every attempt.
#include "tests/unit/store/storetesthelpers.h"

#include "app/auth/authenticator.h"
#include "app/store/auditlog.h"
#include "app/store/badgerepository.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class AuthenticatorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::StoreFixture> m_f;
    core::Staff m_manager;
    const QString m_uid = u"04A1B2C3D4E5F6"_s;
    const QString m_pin = u"482915"_s;

    QStringList actions()
    {
        QStringList list;
        for (const auto &e : store::AuditLog(m_f->store->db()).events().value()) {
            list << e.action;
        }
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<test::StoreFixture>();
        QVERIFY(m_f->create());
        m_manager = { m_f->store->stamper().newId(), u"Helena"_s, u"Strand"_s, u"enhetschef"_s,
            core::StaffRole::UnitManager, { m_f->unit.id }, true };
        QVERIFY(store::MasterDataRepository(m_f->store->db()).upsertStaff(m_manager));
        auth::Authenticator auth(*m_f->store);
        const Status enrolled = auth.enrol(m_uid, m_f->staff.id, m_pin, m_pin, m_manager.id);
        QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(enrolled.error().message));
    }

    void rightPinLogsIn()
    {
        auth::Authenticator auth(*m_f->store);
        const auto outcome = auth.authenticate(m_uid.toLower(), m_pin); // readers differ in hex case
        QCOMPARE(outcome.result, auth::AuthResult::Success);
        QCOMPARE(outcome.staffId, m_f->staff.id);
        QVERIFY(actions().contains(u"auth.login"_s));
        QVERIFY(actions().contains(u"badge.enrol"_s));
        QVERIFY(store::AuditLog(m_f->store->db()).verify());
    }

    void unknownBadgeIsRefusedAndLogged()
    {
        auth::Authenticator auth(*m_f->store);
        const auto outcome = auth.authenticate(u"04FFFFFFFFFFFF"_s, m_pin);
        QCOMPARE(outcome.result, auth::AuthResult::UnknownBadge);
        QVERIFY(!outcome.messageSv.isEmpty());
        QVERIFY(actions().contains(u"auth.unknown_badge"_s));
        QCOMPARE(auth.authenticate(u"not hex"_s, m_pin).result, auth::AuthResult::Failed);
    }

    void lockoutAfterFiveFailuresSurvivesRestartAndClockChanges()
    {
        {
            auth::Authenticator auth(*m_f->store);
            for (int left = 4; left >= 1; --left) {
                const auto outcome = auth.authenticate(m_uid, u"000001"_s);
                QCOMPARE(outcome.result, auth::AuthResult::WrongPin);
                QCOMPARE(outcome.attemptsLeft, left);
            }
            QCOMPARE(auth.authenticate(m_uid, u"000001"_s).result, auth::AuthResult::BadgeLocked);
            QCOMPARE(auth.authenticate(m_uid, m_pin).result, auth::AuthResult::BadgeLocked); // even the right PIN
        }
        const QString dir = m_f->dataDir();
        m_f->store.reset(); // the tablet restarts…
        m_f->clock.advance(-7LL * 24 * 3600 * 1000); // …with its clock a week behind
        auto reopened = store::DeviceStore::open(dir, m_f->keys, m_f->clock);
        QVERIFY(reopened.ok());
        m_f->store.emplace(std::move(reopened).value());
        auth::Authenticator auth(*m_f->store);
        QCOMPARE(auth.authenticate(m_uid, m_pin).result, auth::AuthResult::BadgeLocked);
        QCOMPARE(actions().count(u"auth.failed_pin"_s), 4);
        QVERIFY(actions().contains(u"auth.badge_locked"_s));

        QVERIFY(!auth.unlock(m_uid, m_f->staff.id)); // care staff cannot unlock
        QVERIFY(auth.unlock(m_uid, m_manager.id));
        QCOMPARE(auth.authenticate(m_uid, m_pin).result, auth::AuthResult::Success);
        QCOMPARE(auth.authenticate(m_uid, u"000001"_s).attemptsLeft, 4); // the counter was reset
    }

    void successResetsTheCounter()
    {
        auth::Authenticator auth(*m_f->store, 3);
        QCOMPARE(auth.authenticate(m_uid, u"000001"_s).attemptsLeft, 2);
        QCOMPARE(auth.authenticate(m_uid, m_pin).result, auth::AuthResult::Success);
        QCOMPARE(auth.authenticate(m_uid, u"000001"_s).attemptsLeft, 2);
    }

    void policyIsClampedToTen()
    {
        QCOMPARE(auth::Authenticator(*m_f->store, 50).maxFailures(), 10);
        QCOMPARE(auth::Authenticator(*m_f->store, 0).maxFailures(), 1);
    }

    void enrolmentRules()
    {
        auth::Authenticator auth(*m_f->store);
        const QString other = u"04112233445566"_s;
        QVERIFY(!auth.enrol(other, m_f->staff.id, u"123456"_s, u"123456"_s, m_manager.id)); // common
        QVERIFY(!auth.enrol(other, m_f->staff.id, u"70318264"_s, u"70318265"_s, m_manager.id)); // mismatch
        QVERIFY(!auth.enrol(other, m_f->staff.id, u"70318264"_s, u"70318264"_s, m_f->staff.id)); // not a manager
        QVERIFY(!auth.enrol(m_uid, m_f->staff.id, u"70318264"_s, u"70318264"_s, m_manager.id)); // already enrolled
        QVERIFY(auth.enrol(other, m_f->staff.id, u"70318264"_s, u"70318264"_s, m_manager.id));
        QCOMPARE(store::BadgeRepository(m_f->store->db()).badgesOf(m_f->staff.id).value().size(), 2);
    }

    void pinResetAndRevocation()
    {
        auth::Authenticator auth(*m_f->store);
        QVERIFY(auth.resetPin(m_uid, u"70318264"_s, u"70318264"_s, m_manager.id));
        QCOMPARE(auth.authenticate(m_uid, m_pin).result, auth::AuthResult::WrongPin);
        QCOMPARE(auth.authenticate(m_uid, u"70318264"_s).result, auth::AuthResult::Success);
        QVERIFY(auth.revoke(m_uid, m_manager.id));
        QCOMPARE(auth.authenticate(m_uid, u"70318264"_s).result, auth::AuthResult::BadgeRevoked);
        QVERIFY(!auth.unlock(m_uid, m_manager.id)); // revoked is final
    }

    void uidAndPinAreNotStoredInTheClear()
    {
        store::BadgeRepository badges(m_f->store->db());
        const auto stored = badges.badgesOf(m_f->staff.id).value().constFirst();
        QVERIFY(stored.uidHash != QByteArray::fromHex(m_uid.toLatin1()));
        QCOMPARE(stored.uidHash.size(), 32);
        QVERIFY(stored.pinVerifier.startsWith(u"$argon2id$"_s));
        QVERIFY(!stored.pinVerifier.contains(m_pin));
    }

    void managerLocksUnlocksAndRevokesByPersonOnlyInOwnUnits()
    {
        auth::Authenticator auth(*m_f->store);
        QVERIFY(!auth.lockBadgesOf(m_f->staff.id, m_f->staff.id)); // care staff may not
        const core::Unit otherUnit { m_f->store->stamper().newId(), u"Solrosen"_s, core::UnitKind::LssGruppbostad,
            u"Ekvik"_s };
        const core::Staff otherManager { m_f->store->stamper().newId(), u"Peter"_s, u"Sandin"_s, u"enhetschef"_s,
            core::StaffRole::UnitManager, { otherUnit.id }, true };
        QVERIFY(store::MasterDataRepository(m_f->store->db()).upsertUnit(otherUnit));
        QVERIFY(store::MasterDataRepository(m_f->store->db()).upsertStaff(otherManager));
        QVERIFY(!auth.lockBadgesOf(m_f->staff.id, otherManager.id)); // another unit's manager may not
        QVERIFY(auth.lockBadgesOf(m_f->staff.id, m_manager.id));
        QCOMPARE(auth.authenticate(m_uid, m_pin).result, auth::AuthResult::BadgeLocked);
        QVERIFY(auth.unlockBadgesOf(m_f->staff.id, m_manager.id));
        QCOMPARE(auth.authenticate(m_uid, m_pin).result, auth::AuthResult::Success);
        QVERIFY(auth.resetPinOf(m_f->staff.id, u"730518"_s, u"730518"_s, m_manager.id));
        QCOMPARE(auth.authenticate(m_uid, m_pin).result, auth::AuthResult::WrongPin);
        QCOMPARE(auth.authenticate(m_uid, u"730518"_s).result, auth::AuthResult::Success);
        QVERIFY(auth.revokeBadgesOf(m_f->staff.id, m_manager.id));
        QCOMPARE(auth.authenticate(m_uid, u"730518"_s).result, auth::AuthResult::BadgeRevoked);
        QVERIFY(!auth.unlockBadgesOf(m_f->staff.id, m_manager.id)); // a revoked badge stays revoked
        const QStringList logged = actions();
        for (const char *action : { "badge.lock", "badge.unlock", "badge.reset_pin", "badge.revoke" }) {
            QVERIFY2(logged.contains(QLatin1String(action)), action);
        }
    }
};

QTEST_GUILESS_MAIN(AuthenticatorTest)
#include "authenticatortest.moc"
