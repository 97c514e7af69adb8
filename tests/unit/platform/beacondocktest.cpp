// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The dock with a BLE beacon: docked only on power and with the dock's beacon heard near, within its hold time.
// The power supply and the radio are fakes behind the real interfaces (no adapter on a test machine); the real
// BleBeaconScanner is only checked to fail cleanly without one.
#include "platform/dock/beacondock.h"
#include "platform/dock/blebeaconscanner.h"

#include <QBluetoothLocalDevice>
#include <QSignalSpy>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

class FakePower final : public platform::DockSignal
{
public:
    [[nodiscard]] bool docked() const override { return m_online; }
    void set(bool online)
    {
        m_online = online;
        Q_EMIT dockedChanged(online);
    }

private:
    bool m_online = false;
};

class FakeScanner final : public platform::BeaconScanner
{
public:
    void start() override { scanning = true; }
    void stop() override { scanning = false; }
    bool scanning = false;
};

} // namespace

class BeaconDockTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dockedNeedsPowerAndANearBeacon()
    {
        FakePower power;
        FakeScanner radio;
        platform::BeaconDock dock(power, radio, -75, 200);
        QSignalSpy changed(&dock, &platform::DockSignal::dockedChanged);
        QVERIFY(!dock.docked());
        QVERIFY(!radio.scanning); // off power: no scanning, no battery spent

        power.set(true); // charging, but where?
        QVERIFY(radio.scanning);
        QVERIFY(!dock.docked());
        Q_EMIT radio.beaconSeen(-90); // another room's dock
        Q_EMIT radio.beaconSeen(0); // strength unknown
        QVERIFY(!dock.docked());
        QCOMPARE(changed.count(), 0);

        Q_EMIT radio.beaconSeen(-60); // in the dock
        QVERIFY(dock.docked());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toBool(), true);
        Q_EMIT radio.beaconSeen(-61); // still there: no new signal
        QCOMPARE(changed.count(), 1);

        // Heard again within the hold time keeps it docked; silence longer than that undocks.
        QTest::qWait(120);
        Q_EMIT radio.beaconSeen(-62);
        QTest::qWait(120);
        QVERIFY(dock.docked());
        QTRY_VERIFY_WITH_TIMEOUT(!dock.docked(), 2'000);
        QCOMPARE(changed.count(), 2);

        Q_EMIT radio.beaconSeen(-55);
        QVERIFY(dock.docked());
        power.set(false); // lifted out: undocked at once, scanning stops
        QVERIFY(!dock.docked());
        QVERIFY(!radio.scanning);
        Q_EMIT radio.beaconSeen(-50); // a late sighting off power changes nothing
        QVERIFY(!dock.docked());
        QCOMPARE(changed.count(), 4);
    }

    void theRealScannerFailsCleanlyWithoutAnAdapterOrAUuid()
    {
        platform::BleBeaconScanner notAUuid(u"dock"_s);
        QSignalSpy failed(&notAUuid, &platform::BeaconScanner::failed);
        notAUuid.start();
        QCOMPARE(failed.count(), 1);

        if (!QBluetoothLocalDevice::allDevices().isEmpty()) {
            QSKIP("this machine has a Bluetooth adapter: the no-adapter path cannot be checked here");
        }
        // Without Bluetooth the scan reports why (and retries later) instead of hanging silently.
        platform::BleBeaconScanner scanner(u"6e400001-b5a3-f393-e0a9-e50e24dcca9e"_s, 100'000);
        QSignalSpy scanFailed(&scanner, &platform::BeaconScanner::failed);
        scanner.start();
        QTRY_COMPARE_WITH_TIMEOUT(scanFailed.count(), 1, 10'000);
        QVERIFY(!scanFailed.first().at(0).toString().isEmpty());
        scanner.stop();
    }
};

QTEST_GUILESS_MAIN(BeaconDockTest)
#include "beacondocktest.moc"
