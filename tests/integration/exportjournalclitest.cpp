// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// `aktenctl export-journal` through the real binary on a demo store: the PDF (every page's header and "Sida n av N",
// read back with poppler's pdftotext), its audit event, a period, pdftoppm's PNG of page 1
// (build/<preset>/screenshots/journal-copy-aktenctl-1.png, to look at), and refusals that write nothing: an existing
// file (also through a symbolic link), a shared directory, bad dates, --from after --to, an unknown resident.
#include "tests/integration/clirunner.h"

#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using akten::test::expectOneErrorLine;
using akten::test::runAktenctl;
using akten::test::snapshotDir;

class ExportJournalCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;
    QString m_resident;
    QString m_residentName;
    QString m_manager;

    QStringList exportArgs(const QString &out) const
    {
        return { u"export-journal"_s, u"--data-dir"_s, m_data, u"--resident"_s, m_resident, u"--out"_s, out };
    }
    QJsonArray exportEvents() const
    {
        const auto run = runAktenctl(
            { u"audit"_s, u"--data-dir"_s, m_data, u"--json"_s, u"--action"_s, u"export.journal_copy"_s });
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).array() : QJsonArray {};
    }
    static QStringList pages(const QString &pdf)
    {
        const auto run = akten::test::runProgram(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
        return QString::fromUtf8(run.out).split(u'\f', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = m_tmp.filePath(u"demo"_s);
        const auto init = runAktenctl({ u"init"_s, u"--data-dir"_s, m_data, u"--demo"_s, u"--tpm"_s, u"off"_s });
        QVERIFY2(init.exitCode == 0, init.err.constData());
        akten::platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(m_data).path);
        QVERIFY(keys.prepare(false));
        const akten::core::SystemClock clock;
        auto store = akten::store::DeviceStore::open(m_data, keys, clock);
        QVERIFY(store.ok());
        const akten::store::MasterDataRepository master(store.value().db());
        const auto residents = master.residents();
        const auto staff = master.staff();
        QVERIFY(residents.ok() && staff.ok());
        const akten::core::Resident &resident = residents.value().constFirst();
        m_resident = akten::core::idToString(resident.id);
        m_residentName = resident.displayName();
        for (const akten::core::Staff &s : staff.value()) {
            if (s.role == akten::core::StaffRole::UnitManager && s.unitIds.contains(resident.unitId)) {
                m_manager = akten::core::idToString(s.id);
            }
        }
        QVERIFY(!m_manager.isEmpty());
        QVERIFY(QDir().mkpath(m_tmp.filePath(u"out"_s)));
        QVERIFY(QFile::setPermissions(
            m_tmp.filePath(u"out"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void exportsTheWholeJournalAudited()
    {
        const QString out = m_tmp.filePath(u"out/journal.pdf"_s);
        const auto run = runAktenctl(exportArgs(out) + QStringList { u"--staff"_s, m_manager });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        const auto match
            = QRegularExpression(u"^exported %1 \\((\\d+) pages?\\)\\n$"_s.arg(QRegularExpression::escape(out)))
                  .match(QString::fromUtf8(run.out));
        QVERIFY2(match.hasMatch(), run.out.constData());
        const int count = match.captured(1).toInt();
        struct stat st
        { };
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(
            QDir(m_tmp.filePath(u"out"_s)).entryList(QDir::Files | QDir::Hidden), QStringList { u"journal.pdf"_s });

        const QStringList texts = pages(out);
        QCOMPARE(texts.size(), count);
        for (int i = 0; i < count; ++i) {
            QVERIFY(texts.at(i).contains(u"Sida %1 av %2"_s.arg(i + 1).arg(count)));
            QVERIFY(texts.at(i).contains(m_residentName));
            QVERIFY(texts.at(i).contains(u"Hela journalen"_s));
            QVERIFY(texts.at(i).contains(u"Utskriven av"_s));
        }
        const QJsonArray events = exportEvents();
        QCOMPARE(events.size(), 1);
        const QJsonObject event = events.first().toObject();
        QCOMPARE(event.value("resident"_L1).toString(), m_resident);
        QCOMPARE(event.value("staff"_L1).toString(), m_manager);
        QCOMPARE(event.value("role"_L1).toString(), u"unit_manager"_s);
        QCOMPARE(event.value("detail"_L1).toString(), u"Hela journalen"_s);

        const QString prefix = QStringLiteral(SCREENSHOT_DIR) + u"/journal-copy-aktenctl"_s;
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        const auto rendered
            = akten::test::runProgram(u"pdftoppm"_s, { u"-png"_s, u"-r"_s, u"60"_s, u"-l"_s, u"1"_s, out, prefix });
        QVERIFY2(rendered.finished && rendered.exitCode == 0, rendered.err.constData());
        QCOMPARE(QImage(prefix + u"-1.png"_s).size(), QSize(496, 702)); // A4 portrait at 60 dpi
    }

    void aPeriodWithoutStaffIsPrintedByTheSystem()
    {
        const QDate today = akten::core::careToday();
        const QString from = today.addDays(-7).toString(u"yyyy-MM-dd"_s);
        const QString to = today.toString(u"yyyy-MM-dd"_s);
        const QString out = m_tmp.filePath(u"out/week.pdf"_s);
        const auto run = runAktenctl(exportArgs(out) + QStringList { u"--from"_s, from, u"--to"_s, to });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString period = u"Period %1 – %2"_s.arg(from, to);
        for (const QString &page : pages(out)) {
            QVERIFY(page.contains(period));
            QVERIFY(page.contains(u"systemet (aktenctl)"_s));
        }
        const QJsonObject event = exportEvents().last().toObject();
        QCOMPARE(event.value("role"_L1).toString(), u"system"_s);
        QCOMPARE(event.value("detail"_L1).toString(), period);
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString out = m_tmp.filePath(u"out/refused.pdf"_s);
        QTest::newRow("no --out") << exportArgs(out).mid(0, 5) << 2;
        QTest::newRow("no --resident") << QStringList { u"export-journal"_s, u"--data-dir"_s, m_data, u"--out"_s, out }
                                       << 2;
        QTest::newRow("a month, not a date") << exportArgs(out) + QStringList { u"--from"_s, u"2026-11"_s } << 2;
        QTest::newRow("day 31 of November") << exportArgs(out) + QStringList { u"--to"_s, u"2026-11-31"_s } << 2;
        QTest::newRow("from after to") << exportArgs(out)
                + QStringList { u"--from"_s, u"2026-11-02"_s, u"--to"_s, u"2026-11-01"_s }
                                       << 2;
        QTest::newRow("resident not an id") << QStringList { u"export-journal"_s, u"--data-dir"_s, m_data,
            u"--resident"_s, u"margit"_s, u"--out"_s, out }
                                            << 2;
        QTest::newRow("unknown resident") << QStringList { u"export-journal"_s, u"--data-dir"_s, m_data,
            u"--resident"_s, akten::core::idToString(akten::core::Id::createUuid()), u"--out"_s, out }
                                          << 1;
        QTest::newRow("existing file") << exportArgs(m_tmp.filePath(u"out/journal.pdf"_s)) << 1;
        QTest::newRow("existing through a link") << exportArgs(m_tmp.filePath(u"out/link.pdf"_s)) << 1;
        QTest::newRow("shared directory") << exportArgs(m_tmp.filePath(u"shared/journal.pdf"_s)) << 1;
        QTest::newRow("no such directory") << exportArgs(m_tmp.filePath(u"missing/journal.pdf"_s)) << 1;
    }

    void refusalsWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QDir().mkpath(m_tmp.filePath(u"shared"_s));
        QFile::setPermissions(m_tmp.filePath(u"shared"_s),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::WriteOther | QFileDevice::ExeOther);
        QFile::link(m_tmp.filePath(u"out/journal.pdf"_s), m_tmp.filePath(u"out/link.pdf"_s));
        const auto outBefore = snapshotDir(m_tmp.filePath(u"out"_s));
        const auto before = snapshotDir(m_data);
        const qsizetype events = exportEvents().size();
        expectOneErrorLine(runAktenctl(args), exitCode);
        QCOMPARE(snapshotDir(m_tmp.filePath(u"out"_s)), outBefore);
        QVERIFY(QDir(m_tmp.filePath(u"shared"_s)).isEmpty());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"missing"_s)));
        QCOMPARE(exportEvents().size(), events);
        QCOMPARE(snapshotDir(m_data), before);
    }
};

QTEST_GUILESS_MAIN(ExportJournalCliTest)
#include "exportjournalclitest.moc"
