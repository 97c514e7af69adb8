// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The settings file: safe defaults without one, device-dependent idle lock, clamping to the allowed range, and
// refusal of values that are not numbers or backends that do not exist (with a warning, never a crash).
#include "app/shell/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using akten::shell::loadSettings;

class SettingsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    int m_files = 0;

    /** A new file each time: QSettings caches a file by path and may not see a rewrite of the same size at once. */
    QString write(const QByteArray &content)
    {
        const QString path = m_tmp.filePath(u"akten-%1.conf"_s.arg(++m_files));
        QFile file(path);
        [&] { QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); }();
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void defaultsWithoutAFile()
    {
        const auto tablet = loadSettings(m_tmp.filePath(u"missing.conf"_s), false, false);
        QCOMPARE(tablet.policy.idleLockSeconds, 300);
        QCOMPARE(tablet.policy.reauthSeconds, 12 * 3600);
        QCOMPARE(tablet.policy.maxFailures, 5);
        QCOMPARE(tablet.reader.backend, u"libnfc"_s);
        QVERIFY(tablet.warnings.isEmpty());
        const auto kiosk = loadSettings(m_tmp.filePath(u"missing.conf"_s), true, true);
        QCOMPARE(kiosk.policy.idleLockSeconds, 120);
        QCOMPARE(kiosk.reader.backend, u"simulated"_s);
    }

    void valuesAreReadAndClamped()
    {
        const auto settings = loadSettings(write("[session]\nidle_lock_seconds=90\nreauth_hours=48\n"
                                                 "max_failed_pins=99\n[reader]\nbackend=wedge\nwedge_format=decimal\n"),
            false, false);
        QCOMPARE(settings.policy.idleLockSeconds, 90);
        QCOMPARE(settings.policy.reauthSeconds, 12 * 3600); // never more than 12 hours
        QCOMPARE(settings.policy.maxFailures, 10);
        QCOMPARE(settings.reader.backend, u"wedge"_s);
        QCOMPARE(settings.reader.wedgeFormat, akten::platform::WedgeFormat::Decimal);
        QCOMPARE(settings.reader.wedgeTerminator, akten::platform::WedgeTerminator::Enter);
        QCOMPARE(settings.warnings.size(), 1); // the clamping is logged
    }

    void wedgeTerminatorAndFormat()
    {
        const auto tab = loadSettings(write("[reader]\nbackend=wedge\nwedge_terminator=Tab\n"), false, false);
        QCOMPARE(tab.reader.wedgeTerminator, akten::platform::WedgeTerminator::Tab);
        QCOMPARE(tab.reader.wedgeFormat, akten::platform::WedgeFormat::Hex);
        QVERIFY(tab.warnings.isEmpty());
        QCOMPARE(loadSettings(write("[reader]\nwedge_terminator=none\n"), false, false).reader.wedgeTerminator,
            akten::platform::WedgeTerminator::None);
        // An unknown value is said, not silently taken as something else.
        const auto bad = loadSettings(write("[reader]\nwedge_terminator=space\nwedge_format=octal\n"), false, false);
        QCOMPARE(bad.reader.wedgeTerminator, akten::platform::WedgeTerminator::Enter);
        QCOMPARE(bad.reader.wedgeFormat, akten::platform::WedgeFormat::Hex);
        QCOMPARE(bad.warnings.size(), 2);
        QVERIFY(bad.warnings.constFirst().contains(u"wedge_format"_s));
    }

    void kioskNotesAndOnScreenKeyboard()
    {
        const auto defaults = loadSettings(m_tmp.filePath(u"missing.conf"_s), true, false);
        QVERIFY(!defaults.kioskJournalNotes); // a corridor kiosk does not offer the journal unless the unit says so
        QCOMPARE(defaults.onScreenKeyboard, akten::shell::OnScreenKeyboard::Auto);
        const auto set
            = loadSettings(write("[kiosk]\njournal_notes=True\n[input]\non_screen_keyboard=on\n"), true, false);
        QVERIFY(set.kioskJournalNotes);
        QCOMPARE(set.onScreenKeyboard, akten::shell::OnScreenKeyboard::On);
        QVERIFY(set.warnings.isEmpty());
        const auto bad
            = loadSettings(write("[kiosk]\njournal_notes=ja\n[input]\non_screen_keyboard=maybe\n"), true, false);
        QVERIFY(!bad.kioskJournalNotes);
        QCOMPARE(bad.onScreenKeyboard, akten::shell::OnScreenKeyboard::Auto);
        QCOMPARE(bad.warnings.size(), 2);
    }

    void deviceTpm()
    {
        QCOMPARE(loadSettings(m_tmp.filePath(u"missing.conf"_s), false, false).device.tpm, u"auto"_s);
        QCOMPARE(loadSettings(write("[device]\ntpm=off\n"), false, false).device.tpm, u"off"_s);
        QCOMPARE(
            loadSettings(write("[device]\ntpm=device:/dev/tpm0\n"), false, false).device.tpm, u"device:/dev/tpm0"_s);
        const auto bad = loadSettings(write("[device]\ntpm=the one in the drawer\n"), false, false);
        QCOMPARE(bad.device.tpm, u"auto"_s);
        QCOMPARE(bad.warnings.size(), 1);
    }

    void syncSettings()
    {
        const auto defaults = loadSettings(m_tmp.filePath(u"missing.conf"_s), false, false);
        QVERIFY(defaults.sync.centralUrl.isEmpty()); // no central store: the tablet works alone
        QCOMPARE(defaults.sync.leaseDays, 7);
        const auto set = loadSettings(write("[sync]\ncentral_url=https://central.example:8443\nlease_days=400\n"
                                            "docked_every_minutes=1\nnightly=03:30\n"),
            false, false);
        QCOMPARE(set.sync.centralUrl, u"https://central.example:8443"_s);
        QCOMPARE(set.sync.leaseDays, 90);
        QCOMPARE(set.sync.dockedEveryMinutes, 5);
        QCOMPARE(set.sync.nightly, u"03:30"_s);
        QCOMPARE(set.warnings.size(), 1);
        QCOMPARE(defaults.sync.lightEveryMinutes, 2); // a light sync every 2 minutes wherever the central answers
        QCOMPARE(loadSettings(write("[sync]\nlight_every_minutes=0\n"), false, false).sync.lightEveryMinutes, 0);
        const auto often = loadSettings(write("[sync]\nlight_every_minutes=90\n"), false, false);
        QCOMPARE(often.sync.lightEveryMinutes, 60);
        QCOMPARE(often.warnings.size(), 1);
        QCOMPARE(loadSettings(write("[sync]\nlight_every_minutes=-3\n"), false, false).sync.lightEveryMinutes, 0);
        const auto plain
            = loadSettings(write("[sync]\ncentral_url=http://central.example\nnightly=late\n"), false, false);
        QVERIFY(plain.sync.centralUrl.isEmpty()); // never plain HTTP
        QCOMPARE(plain.sync.nightly, u"02:00"_s);
        QCOMPARE(plain.warnings.size(), 2);
        QVERIFY(defaults.sync.dockBeaconUuid.isEmpty()); // docked = on power alone
        const auto beacon = loadSettings(
            write("[sync]\ndock_beacon_uuid=6e400001-b5a3-f393-e0a9-e50e24dcca9e\ndock_beacon_min_rssi=-120\n"), false,
            false);
        QCOMPARE(beacon.sync.dockBeaconUuid, u"6e400001-b5a3-f393-e0a9-e50e24dcca9e"_s);
        QCOMPARE(beacon.sync.dockBeaconMinRssi, -100);
        QCOMPARE(beacon.warnings.size(), 1);
        const auto notAUuid = loadSettings(write("[sync]\ndock_beacon_uuid=the dock\n"), false, false);
        QVERIFY(notAUuid.sync.dockBeaconUuid.isEmpty());
        QCOMPARE(notAUuid.warnings.size(), 1);
    }

    void badValuesFallBackWithAWarning()
    {
        const auto settings = loadSettings(
            write("[session]\nidle_lock_seconds=soon\nmax_failed_pins=-3\n[reader]\nbackend=telepathy\n"), true, false);
        QCOMPARE(settings.policy.idleLockSeconds, 120);
        QCOMPARE(settings.policy.maxFailures, 1);
        QCOMPARE(settings.reader.backend, u"libnfc"_s);
        QCOMPARE(settings.warnings.size(), 3);
        for (const QString &warning : settings.warnings) {
            QVERIFY(warning.startsWith(u"settings: "_s));
        }
    }
};

QTEST_GUILESS_MAIN(SettingsTest)
#include "settingstest.moc"
