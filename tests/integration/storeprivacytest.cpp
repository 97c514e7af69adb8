// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The demo store on disk holds none of the residents' names or personal numbers in any file of the data
// directory, the plain sqlite3 library (the system's sqlite3 program, a separate process) cannot read it, and
// aktenctl prints no personal data.
#include "tests/integration/clirunner.h"

#include "app/core/clock.h"
#include "app/store/database.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class StorePrivacyTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QByteArray m_cliOutput;
    QStringList m_secrets; ///< names, personal numbers and journal fragments read back from the store

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(u"demo"_s);
        const auto run = akten::test::runAktenctl({ u"init"_s, u"--data-dir"_s, m_dir, u"--demo"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        m_cliOutput = run.out + run.err;

        akten::platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(m_dir).path);
        QVERIFY(keys.prepare(false));
        const akten::core::SystemClock clock;
        auto store = akten::store::DeviceStore::open(m_dir, keys, clock);
        QVERIFY(store.ok());
        const auto residents = akten::store::MasterDataRepository(store.value().db()).residents();
        QVERIFY(residents.ok());
        QVERIFY(residents.value().size() >= 18);
        akten::store::JournalRepository journal(store.value().db());
        for (const auto &resident : residents.value()) {
            m_secrets << resident.firstName + u' ' + resident.lastName << resident.lastName << resident.personalNumber;
            const auto entries = journal.entries(resident.id);
            QVERIFY(entries.ok());
            if (!entries.value().isEmpty()) {
                m_secrets << entries.value().constFirst().text.left(24);
            }
        }
    }

    void noPersonalDataInAnyFile()
    {
        for (const QString &name : QDir(m_dir).entryList(QDir::Files | QDir::Hidden)) {
            QFile file(m_dir + u'/' + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString &secret : std::as_const(m_secrets)) {
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name));
                QVERIFY2(!bytes.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)),
                    qPrintable(name));
            }
        }
    }

    void cliPrintsNoPersonalData()
    {
        for (const QString &secret : std::as_const(m_secrets)) {
            QVERIFY(!m_cliOutput.contains(secret.toUtf8()));
        }
    }

    void plainSqliteCannotReadIt()
    {
        const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
        QVERIFY2(!sqlite.isEmpty(), "the sqlite3 program is installed by deploy/scripts/install-deps.sh");
        const auto run
            = akten::test::runProgram(sqlite, { m_dir + u"/akten.db"_s, u"SELECT count(*) FROM sqlite_master;"_s });
        QVERIFY(run.finished);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("not a database"), run.err.constData());
    }

    void sqlcipherWithoutKeyCannotReadIt()
    {
        // Without the key the file is not a database at all: the open sequence's key validation refuses it.
        auto db = akten::store::Database::openPlain(m_dir + u"/akten.db"_s, akten::store::Database::Mode::OpenExisting);
        QVERIFY2(!db.ok(), "the device store opened without its key");
        QCOMPARE(db.error().code, akten::ErrorCode::NotADatabase);
    }
};

QTEST_GUILESS_MAIN(StorePrivacyTest)
#include "storeprivacytest.moc"
