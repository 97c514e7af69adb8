// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// `aktenctl export-signing` through the real binary on a demo store: the PDF, its audit event, pdftoppm's PNG of it
// (build/<preset>/screenshots/signing-list-aktenctl-1.png, to look at), and refusals that write nothing.
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

using namespace Qt::StringLiterals;
using akten::test::expectOneErrorLine;
using akten::test::runAktenctl;
using akten::test::snapshotDir;

class ExportSigningCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;
    QString m_resident;
    QString m_manager;
    QString m_month = akten::core::careToday().toString(u"yyyy-MM"_s);

    QStringList exportArgs(const QString &out) const
    {
        return { u"export-signing"_s, u"--data-dir"_s, m_data, u"--resident"_s, m_resident, u"--month"_s, m_month,
            u"--out"_s, out };
    }
    QJsonArray exportEvents() const
    {
        const auto run = runAktenctl({ u"audit"_s, u"--data-dir"_s, m_data, u"--json"_s, u"--action"_s, u"export."_s });
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).array() : QJsonArray {};
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
        for (const akten::core::Staff &s : staff.value()) {
            if (s.role == akten::core::StaffRole::UnitManager && s.unitIds.contains(resident.unitId)) {
                m_manager = akten::core::idToString(s.id);
            }
        }
        QVERIFY(!m_manager.isEmpty());
    }

    void exportsAnAuditedPdfThatPdftoppmRenders()
    {
        const QString dir = m_tmp.filePath(u"out"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString out = dir + u"/list.pdf"_s;
        const auto run = runAktenctl(exportArgs(out) + QStringList { u"--staff"_s, m_manager });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        QVERIFY2(QRegularExpression(u"^exported %1 \\(\\d+ pages?\\)\\n$"_s.arg(QRegularExpression::escape(out)))
                     .match(QString::fromUtf8(run.out))
                     .hasMatch(),
            run.out.constData());
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList { u"list.pdf"_s }); // nothing else

        const QJsonArray events = exportEvents();
        QCOMPARE(events.size(), 1);
        const QJsonObject event = events.first().toObject();
        QCOMPARE(event.value("action"_L1).toString(), u"export.signing_list"_s);
        QCOMPARE(event.value("resident"_L1).toString(), m_resident);
        QCOMPARE(event.value("staff"_L1).toString(), m_manager);
        QCOMPARE(event.value("role"_L1).toString(), u"unit_manager"_s);
        QCOMPARE(event.value("detail"_L1).toString(), m_month);

        // The PDF as a reader shows it: poppler's pdftoppm (poppler-utils, deploy/scripts/install-deps.sh).
        const QString prefix = QStringLiteral(SCREENSHOT_DIR) + u"/signing-list-aktenctl"_s;
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        const auto rendered = akten::test::runProgram(u"pdftoppm"_s, { u"-png"_s, u"-r"_s, u"60"_s, out, prefix });
        QVERIFY2(rendered.finished && rendered.exitCode == 0, rendered.err.constData());
        const QImage page(prefix + u"-1.png"_s);
        QCOMPARE(page.size(), QSize(702, 496)); // A4 landscape at 60 dpi
        qint64 ink = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                ink += qGray(page.pixel(x, y)) < 160 ? 1 : 0;
            }
        }
        QVERIFY2(ink > page.width() * page.height() / 50, qPrintable(QString::number(ink)));
    }

    void withoutStaffTheSystemPrints()
    {
        const QString out = m_tmp.filePath(u"system.pdf"_s);
        const auto run = runAktenctl(exportArgs(out));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject event = exportEvents().last().toObject();
        QCOMPARE(event.value("role"_L1).toString(), u"system"_s);
        QVERIFY(event.value("staff"_L1).isNull());
        QCOMPARE(event.value("resident"_L1).toString(), m_resident);
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString out = m_tmp.filePath(u"refused/list.pdf"_s);
        const auto without = [&](const QString &option) {
            QStringList args = exportArgs(out);
            const qsizetype at = args.indexOf(option);
            args.remove(at, 2);
            return args;
        };
        const auto with = [&](const QString &option, const QString &value) {
            QStringList args = exportArgs(out);
            args[args.indexOf(option) + 1] = value;
            return args;
        };
        QTest::newRow("no --out") << without(u"--out"_s) << 2;
        QTest::newRow("no --month") << without(u"--month"_s) << 2;
        QTest::newRow("no --resident") << without(u"--resident"_s) << 2;
        QTest::newRow("resident not an id") << with(u"--resident"_s, u"margit"_s) << 2;
        QTest::newRow("month 13") << with(u"--month"_s, u"2026-13"_s) << 2;
        QTest::newRow("month without zero") << with(u"--month"_s, u"2026-1"_s) << 2;
        QTest::newRow("a day, not a month") << with(u"--month"_s, u"2026-11-02"_s) << 2;
        QTest::newRow("month in words") << with(u"--month"_s, u"november"_s) << 2;
        QTest::newRow("staff not an id") << exportArgs(out) + QStringList { u"--staff"_s, u"42"_s } << 2;
        QTest::newRow("stray argument") << exportArgs(out) + QStringList { u"extra"_s } << 2;
        QTest::newRow("unknown resident")
            << with(u"--resident"_s, akten::core::idToString(akten::core::Id::createUuid())) << 1;
        QTest::newRow("unknown staff") << exportArgs(out)
                + QStringList { u"--staff"_s, akten::core::idToString(akten::core::Id::createUuid()) }
                                       << 1;
        QTest::newRow("no such directory") << with(u"--out"_s, m_tmp.filePath(u"missing/list.pdf"_s)) << 1;
        QTest::newRow("a directory") << with(u"--out"_s, m_tmp.path()) << 1;
    }

    void refusalsWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QDir().mkpath(m_tmp.filePath(u"refused"_s));
        const auto before = snapshotDir(m_data);
        const qsizetype events = exportEvents().size();
        expectOneErrorLine(runAktenctl(args), exitCode);
        QVERIFY(QDir(m_tmp.filePath(u"refused"_s)).isEmpty());
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"missing"_s)));
        QCOMPARE(exportEvents().size(), events);
        QCOMPARE(snapshotDir(m_data), before);
    }
};

QTEST_GUILESS_MAIN(ExportSigningCliTest)
#include "exportsigningclitest.moc"
