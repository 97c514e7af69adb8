// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/auditwrite.h"
#include "tests/support/storefixture.h"
#include "tests/unit/store/storetesthelpers.h"

#include "app/store/auditlog.h"

#include <QDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class DeviceStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    test::ManualClock m_clock;
    test::TestKeyProvider m_keys;

private Q_SLOTS:
    void createThenOpen()
    {
        const QString dir = m_tmp.filePath(u"a"_s);
        QString deviceId;
        {
            auto created = store::DeviceStore::create(dir, m_keys, m_clock);
            QVERIFY(created.ok());
            deviceId = created.value().deviceId();
            QVERIFY(!core::idFromString(deviceId).isNull());
        }
        QCOMPARE(QFile::permissions(dir) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions {});
        auto opened = store::DeviceStore::open(dir, m_keys, m_clock);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value().deviceId(), deviceId);
    }

    void createRefusesAnExistingStore()
    {
        const QString dir = m_tmp.filePath(u"b"_s);
        QVERIFY(store::DeviceStore::create(dir, m_keys, m_clock).ok());
        const auto before = test::fileHashes(dir);
        auto again = store::DeviceStore::create(dir, m_keys, m_clock);
        QVERIFY(!again.ok());
        QCOMPARE(test::fileHashes(dir), before);
    }

    void openingWhatIsNotThereCreatesNothing()
    {
        const QString missing = m_tmp.filePath(u"missing"_s);
        auto opened = store::DeviceStore::open(missing, m_keys, m_clock);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Io);
        QVERIFY(!QFileInfo::exists(missing));
        const QString empty = m_tmp.filePath(u"empty"_s);
        QDir().mkpath(empty);
        QVERIFY(!store::DeviceStore::open(empty, m_keys, m_clock).ok());
        QVERIFY(QDir(empty).isEmpty());
    }

    void wrongDeviceKeyIsRefusedAndChangesNothing()
    {
        const QString dir = m_tmp.filePath(u"c"_s);
        QVERIFY(store::DeviceStore::create(dir, m_keys, m_clock).ok());
        const auto before = test::fileHashes(dir);
        test::TestKeyProvider otherDevice;
        auto opened = store::DeviceStore::open(dir, otherDevice, m_clock);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::WrongKey);
        QCOMPARE(test::fileHashes(dir), before);
    }

    void missingWrappedKeyIsAClearError()
    {
        const QString dir = m_tmp.filePath(u"d"_s);
        QVERIFY(store::DeviceStore::create(dir, m_keys, m_clock).ok());
        QVERIFY(QFile::remove(store::DeviceStore::wrappedKeyPath(dir)));
        auto opened = store::DeviceStore::open(dir, m_keys, m_clock);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(u"wrapped data key"_s));
    }

    void failedCreateLeavesNothingBehind()
    {
        // The directory and its missing parents are made, then wrapping the data key fails: all of them go again.
        const QString dir = m_tmp.filePath(u"no/such/parent/store"_s);
        m_keys.setFailWrap(true);
        auto created = store::DeviceStore::create(dir, m_keys, m_clock);
        m_keys.setFailWrap(false);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ErrorCode::KeyStoreUnavailable);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"no"_s)));
        // A component that is a file: refused by name, nothing made.
        QFile file(m_tmp.filePath(u"afile"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto underFile = store::DeviceStore::create(m_tmp.filePath(u"afile/store"_s), m_keys, m_clock);
        QVERIFY(!underFile.ok());
        QCOMPARE(underFile.error().code, ErrorCode::Io);
        QVERIFY(underFile.error().message.contains(u"afile exists and is not a directory"_s));
    }

    void hlcRestoredAfterReopenEvenIfTheClockWentBack()
    {
        const QString dir = m_tmp.filePath(u"f"_s);
        core::HlcStamp last;
        {
            auto created = store::DeviceStore::create(dir, m_keys, m_clock);
            QVERIFY(created.ok());
            core::AuditEvent e;
            e.meta = created.value().stamper().stamp({});
            e.staffRole = u"system"_s;
            e.action = u"store.init"_s;
            QVERIFY(test::appendAudit(created.value().db(), e).ok());
            last = e.meta.hlc;
        }
        test::ManualClock earlier(m_clock.nowMs() - 86'400'000);
        auto opened = store::DeviceStore::open(dir, m_keys, earlier);
        QVERIFY(opened.ok());
        QVERIFY(last < opened.value().stamper().stamp({}).hlc);
    }
};

QTEST_GUILESS_MAIN(DeviceStoreTest)
#include "devicestoretest.moc"
