// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// aktenctl's central commands for audit integrity, through the real binaries on a store made by the real
// `akten-central init`: `rejected` lists an altered audit event with its tamper alarm, `alarms` the alarm open then
// decided, `flagged` the events of an author who is not active staff, and `decide-alarm` releases or revokes a device
// whose uploads the alarm holds (usage errors exit 2, no open alarm exits 1).
#include "tests/integration/clirunner.h"

#include "tests/support/auditwrite.h"
#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "app/core/ids.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "platform/keys/filekeyprovider.h"
#include "sync/client/devicesync.h"
#include "sync/server/centrallocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace akten;
using namespace Qt::StringLiterals;

class CentralCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_central;
    test::ManualClock m_clock;
    test::TestKeyProvider m_keys;
    std::optional<store::DeviceStore> m_tablet;
    core::Id m_unit;
    core::Id m_stranger; ///< an author the central store does not know as staff

    /** The central store as aktenctl opens it (the caller closes it before running aktenctl again). */
    std::unique_ptr<sync::CentralService> openCentral()
    {
        QCommandLineParser parser;
        sync::CentralLocation location(parser, platform::FileKeyProvider::at);
        parser.process({ u"test"_s, u"--central-dir"_s, m_central });
        [&] { QVERIFY(!location.read(parser)); }();
        auto opened = location.open(m_clock, false);
        [&] { QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message)); }();
        return opened ? std::move(opened).value() : nullptr;
    }

    void writeEvents(int count)
    {
        for (int i = 0; i < count; ++i) {
            core::AuditEvent event;
            event.meta = m_tablet->stamper().stamp(m_stranger);
            event.staffRole = u"care_staff"_s;
            event.unitId = m_unit;
            event.action = u"view.residents"_s;
            QVERIFY(test::appendAudit(m_tablet->db(), event));
        }
    }

    /** Uploads what the tablet has pending; the central store's answer or error. */
    Result<sync::UploadResponse> upload()
    {
        auto central = openCentral();
        if (!central) {
            return Error { ErrorCode::Internal, u"central store did not open"_s };
        }
        sync::DeviceSync client(*m_tablet, m_clock);
        const auto batch = client.nextUpload(1000).value();
        auto answer = central->applyUpload(batch);
        if (answer) {
            (void)client.acceptUploadResponse(batch, answer.value());
        }
        return answer;
    }

    /** Alters the tablet's last-but-one audit event as someone with the data directory could; returns its seq. */
    qint64 alterOne()
    {
        const qint64 seq = store::AuditLog(m_tablet->db()).events().value().size() - 1;
        const bool altered
            = test::alterAuditEvent(m_tablet->db(), m_tablet->deviceId(), seq, u"action = 'view.record.journal'"_s);
        return altered ? seq : -1;
    }

    QStringList central(const QStringList &args) const { return args + QStringList { u"--central-dir"_s, m_central }; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_central = m_tmp.filePath(u"central"_s);
        const auto init
            = test::runProgram(QStringLiteral(AKTEN_CENTRAL_PATH), { u"init"_s, u"--central-dir"_s, m_central });
        QVERIFY2(init.exitCode == 0, init.err.constData());
        auto created = store::DeviceStore::create(m_tmp.filePath(u"tablet"_s), m_keys, m_clock);
        QVERIFY(created);
        m_tablet.emplace(std::move(created).value());
        m_unit = m_tablet->stamper().newId();
        m_stranger = m_tablet->stamper().newId();
        auto centralStore = openCentral();
        QVERIFY(centralStore);
        QVERIFY(centralStore->setRights({ { m_unit }, {}, {} }));
        QVERIFY(centralStore->enrolDevice(m_tablet->deviceId(), { m_unit }));
    }

    void flaggedListsEventsOfAuthorsWhoAreNotStaff()
    {
        writeEvents(3);
        const auto answer = upload();
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
        const auto run = test::runAktenctl(central({ u"flagged"_s, u"--device"_s, m_tablet->deviceId(), u"--json"_s }));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray flagged = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(flagged.size(), 3);
        for (const QJsonValue &flag : flagged) {
            QCOMPARE(
                flag.toObject().value("reason"_L1).toString(), u"the author is not active staff of the unit now"_s);
        }
    }

    void rejectedListsTheTamperAlarmAndDecideAlarmReleasesTheDevice()
    {
        writeEvents(2);
        const qint64 seq = alterOne();
        QVERIFY(seq > 0);
        QVERIFY(upload());
        writeEvents(1);
        const auto held = upload();
        QVERIFY(!held);
        QCOMPARE(held.error().message, QString::fromLatin1(sync::kUploadsHeld));

        const auto rejected = test::runAktenctl(central({ u"rejected"_s, u"--device"_s, m_tablet->deviceId() }));
        QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
        QVERIFY2(rejected.out.trimmed().endsWith(
                     u"tamper alarm: audit event content does not match its hash at seq %1"_s.arg(seq).toUtf8()),
            rejected.out.constData());

        const QString reason = u"tamper alarm: audit event content does not match its hash at seq %1"_s.arg(seq);
        const auto open = test::runAktenctl(central({ u"alarms"_s, u"--device"_s, m_tablet->deviceId() }));
        QVERIFY2(open.exitCode == 0, open.err.constData());
        QVERIFY2(open.out.trimmed().endsWith(u": open: %1"_s.arg(reason).toUtf8()), open.out.constData());
        QCOMPARE(open.out.trimmed().count('\n'), 0); // one alarm

        const auto neither = test::runAktenctl(central({ u"decide-alarm"_s, u"--device"_s, m_tablet->deviceId() }));
        test::expectOneErrorLine(neither, 2);
        const auto both = test::runAktenctl(
            central({ u"decide-alarm"_s, u"--device"_s, m_tablet->deviceId(), u"--release"_s, u"--revoke"_s }));
        test::expectOneErrorLine(both, 2);

        const auto released
            = test::runAktenctl(central({ u"decide-alarm"_s, u"--device"_s, m_tablet->deviceId(), u"--release"_s }));
        QVERIFY2(released.exitCode == 0, released.err.constData());
        QCOMPARE(released.out.trimmed(), u"released %1 (1 tamper alarms decided)"_s.arg(m_tablet->deviceId()).toUtf8());
        const auto again
            = test::runAktenctl(central({ u"decide-alarm"_s, u"--device"_s, m_tablet->deviceId(), u"--release"_s }));
        test::expectOneErrorLine(again, 1);
        QVERIFY2(again.err.contains("the device has no open tamper alarm"), again.err.constData());
        const auto decided
            = test::runAktenctl(central({ u"alarms"_s, u"--device"_s, m_tablet->deviceId(), u"--json"_s }));
        QVERIFY2(decided.exitCode == 0, decided.err.constData());
        const QJsonArray alarms = QJsonDocument::fromJson(decided.out).array();
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms.first().toObject().value("reason"_L1).toString(), reason);
        QCOMPARE(alarms.first().toObject().value("decision"_L1).toString(), u"release"_s);
        const auto resumed = upload();
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().message));
        QCOMPARE(resumed.value().results.size(), 1);
        QCOMPARE(resumed.value().results.constFirst().status, sync::ItemStatus::Accepted);
    }

    void decideAlarmRevokes()
    {
        writeEvents(2);
        QVERIFY(alterOne() > 0);
        QVERIFY(upload());
        const auto revoked
            = test::runAktenctl(central({ u"decide-alarm"_s, u"--device"_s, m_tablet->deviceId(), u"--revoke"_s }));
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        QCOMPARE(revoked.out.trimmed(), u"revoked %1 (1 tamper alarms decided)"_s.arg(m_tablet->deviceId()).toUtf8());
        writeEvents(1);
        const auto refused = upload();
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QString::fromLatin1(sync::kDeviceRevoked));
    }
};

QTEST_GUILESS_MAIN(CentralCliTest)
#include "centralclitest.moc"
