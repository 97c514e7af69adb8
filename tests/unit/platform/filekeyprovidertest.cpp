// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/keys/filekeyprovider.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class FileKeyProviderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void createsAnOwnerOnlyKeyAndRoundTrips()
    {
        const QString path = m_tmp.filePath(u"keys/device.key"_s);
        platform::FileKeyProvider keys(path);
        QVERIFY(!keys.prepare(false)); // missing and not allowed to create
        QVERIFY(keys.prepare(true));
        QCOMPARE(
            QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions {});
        QCOMPARE(QFileInfo(path).size(), 32);
        const store::SecretBytes dataKey = store::SecretBytes::random(32);
        const auto wrapped = keys.wrap(dataKey);
        QVERIFY(wrapped.ok());
        QVERIFY(!wrapped.value().contains(QByteArray(reinterpret_cast<const char *>(dataKey.data()), 32)));
        const auto unwrapped = keys.unwrap(wrapped.value());
        QVERIFY(unwrapped.ok());
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(unwrapped.value().data()), 32),
            QByteArray(reinterpret_cast<const char *>(dataKey.data()), 32));
        QVERIFY(keys.wrap(dataKey).value() != wrapped.value()); // a fresh nonce every time
    }

    void tamperedOrForeignBlobsAreRefused()
    {
        platform::FileKeyProvider keys(m_tmp.filePath(u"a.key"_s));
        platform::FileKeyProvider other(m_tmp.filePath(u"b.key"_s));
        QVERIFY(keys.prepare(true) && other.prepare(true));
        QByteArray wrapped = keys.wrap(store::SecretBytes::random(32)).value();
        QCOMPARE(other.unwrap(wrapped).error().code, ErrorCode::WrongKey);
        wrapped[wrapped.size() - 1] = static_cast<char>(wrapped.at(wrapped.size() - 1) ^ 1);
        QCOMPARE(keys.unwrap(wrapped).error().code, ErrorCode::WrongKey);
        QCOMPARE(keys.unwrap(QByteArray(10, 'x')).error().code, ErrorCode::WrongKey);
    }

    void keyReadableByOthersIsRefused()
    {
        const QString path = m_tmp.filePath(u"open.key"_s);
        platform::FileKeyProvider keys(path);
        QVERIFY(keys.prepare(true));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const Status prepared = keys.prepare(false);
        QVERIFY(!prepared);
        QVERIFY(prepared.error().message.contains(u"chmod 600"_s));
        QVERIFY(!keys.wrap(store::SecretBytes::random(32)).ok());
    }

    void destroyMakesWrappedKeysUnrecoverable()
    {
        const QString path = m_tmp.filePath(u"gone.key"_s);
        platform::FileKeyProvider keys(path);
        QVERIFY(keys.prepare(true));
        const QByteArray wrapped = keys.wrap(store::SecretBytes::random(32)).value();
        QVERIFY(keys.destroy());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!keys.unwrap(wrapped).ok());
    }
};

QTEST_GUILESS_MAIN(FileKeyProviderTest)
#include "filekeyprovidertest.moc"
