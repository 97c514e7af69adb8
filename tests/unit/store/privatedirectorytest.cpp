// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/privatedirectory.h"
#include "app/store/devicestore.h"
#include "platform/keys/filekeyprovider.h"

#include "app/core/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {
mode_t modeOf(const QString &path)
{
    struct stat info
    { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 07777) : 0;
}

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}
} // namespace

/** Data and key directories are made with their parents (a fresh HOME has no ~/.local/share). */
class PrivateDirectoryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() { ::umask(022); }

    void makesMissingParentsAndTheLastLevelOwnerOnly()
    {
        const QString path = m_tmp.filePath(u"home/.local/share/akten-demo"_s);
        const auto made = store::makePrivateDirectory(path);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(made.value(),
            (QStringList { m_tmp.filePath(u"home"_s), m_tmp.filePath(u"home/.local"_s),
                m_tmp.filePath(u"home/.local/share"_s), path }));
        QCOMPARE(modeOf(m_tmp.filePath(u"home/.local"_s)), mode_t(0755));
        QCOMPARE(modeOf(path), mode_t(0700));
        // A second call makes nothing and leaves what exists as it is.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0750) == 0);
        QCOMPARE(store::makePrivateDirectory(path).value(), QStringList {});
        QCOMPARE(modeOf(path), mode_t(0750));
    }

    void aFileOnTheWayIsRefusedByName()
    {
        QVERIFY(touch(m_tmp.filePath(u"plainfile"_s)));
        const QString path = m_tmp.filePath(u"plainfile/share/akten"_s);
        const auto made = store::makePrivateDirectory(path);
        QVERIFY(!made);
        QCOMPARE(made.error().code, ErrorCode::Io);
        QCOMPARE(made.error().message,
            u"cannot create directory %1: %2 exists and is not a directory"_s.arg(
                path, m_tmp.filePath(u"plainfile"_s)));
        // The last level itself being a file is refused the same way.
        QVERIFY(!store::makePrivateDirectory(m_tmp.filePath(u"plainfile"_s)));
    }

    void aParentThatCannotBeMadeIsRefusedAndNothingIsLeft()
    {
        // A name too long for the file system fails for root too (a read-only parent would not).
        const QString base = m_tmp.filePath(u"made"_s);
        const QString tooLong = base + u"/"_s + QString(300, u'n');
        const auto made = store::makePrivateDirectory(tooLong + u"/akten"_s);
        QVERIFY(!made);
        QCOMPARE(made.error().code, ErrorCode::Io);
        QVERIFY2(made.error().message.contains(u": cannot create "_s + tooLong + u": File name too long"_s),
            qPrintable(made.error().message));
        QVERIFY(!QFileInfo::exists(base)); // the parent it had made is removed again
    }

    void missingAndRemoveUndoExactlyWhatWasMade()
    {
        const QString kept = m_tmp.filePath(u"kept"_s);
        QVERIFY(QDir().mkdir(kept));
        const QString path = kept + u"/x/y"_s;
        const QStringList missing = store::missingDirectories(path);
        QCOMPARE(missing, (QStringList { kept + u"/x"_s, path }));
        QVERIFY(store::makePrivateDirectory(path));
        QVERIFY(touch(kept + u"/x/other"_s)); // something we did not make: its directory stays
        store::removeEmptyDirectories(missing);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(kept + u"/x/other"_s));
        QVERIFY(QFileInfo(kept).isDir());
    }

    void aStoreAndAKeyAreCreatedUnderAFreshHome()
    {
        const QString dataDir = m_tmp.filePath(u"fresh/.local/share/akten-demo"_s);
        platform::FileKeyProvider keys(m_tmp.filePath(u"fresh/keys/akten/device.key"_s));
        QVERIFY(keys.prepare(true));
        QCOMPARE(modeOf(m_tmp.filePath(u"fresh/keys/akten"_s)), mode_t(0700));
        const core::SystemClock clock;
        auto created = store::DeviceStore::create(dataDir, keys, clock);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(modeOf(dataDir), mode_t(0700));
        QCOMPARE(modeOf(m_tmp.filePath(u"fresh/.local"_s)), mode_t(0755));
    }

    void aStoreUnderAFileFailsClearlyAndLeavesNothing()
    {
        QVERIFY(touch(m_tmp.filePath(u"notadir"_s)));
        platform::FileKeyProvider keys(m_tmp.filePath(u"k.key"_s));
        QVERIFY(keys.prepare(true));
        const core::SystemClock clock;
        const auto created = store::DeviceStore::create(m_tmp.filePath(u"notadir/share/akten"_s), keys, clock);
        QVERIFY(!created);
        QVERIFY(created.error().message.endsWith(u"notadir exists and is not a directory"_s));
    }
};

QTEST_GUILESS_MAIN(PrivateDirectoryTest)
#include "privatedirectorytest.moc"
