// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The journal copy (report/journalcopy.h, report/flowdocument.h) and where copies may be written
// (report/exportlocation.h): the export policy (an existing file, a path outside the directory, through a symbolic
// link or "..", mode 0600, nothing left when the audit refuses), and the PDF as poppler reads it back: "Sida n av N"
// and the header on every page, corrections and objections shown with the original still there, the period
// honoured. Writes build/<preset>/screenshots/journal-copy-*.png (pdftoppm) to look at.
#include "tests/support/demostore.h"

#include "app/core/enums.h"
#include "app/core/journal.h"
#include "app/models/recorddocumenttexts.h"
#include "app/report/casearchive.h"
#include "app/report/exportlocation.h"
#include "app/report/journalcopy.h"
#include "app/store/journalrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int modeOf(const QString &path)
{
    struct stat st
    { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

report::ExportLocation::Writer tinyPdf()
{
    return [](QIODevice &out) -> Result<int> {
        out.write("%PDF-1.4\n");
        return 1;
    };
}

const auto audited = [](int) { return Status {}; };

} // namespace

class JournalCopyTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    core::Resident m_resident;
    QString m_original = u"Lena ville inte gå till matsalen och åt på rummet."_s;
    QDate m_old;

    void write(const core::JournalEntry &entry) { QVERIFY(store::JournalRepository(m_demo.store->db()).append(entry)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_resident = m_demo.data.residents.constFirst();
        auto &stamper = m_demo.store->stamper();
        const core::Id author = m_demo.data.staff.constFirst().id;
        // Forty long entries: several pages; the oldest (a month back) is corrected and objected to.
        m_old = core::careToday().addDays(-400); // before the demo unit's own journal
        for (int i = 0; i < 40; ++i) {
            core::JournalEntry e;
            e.meta = stamper.stamp(author);
            e.residentId = m_resident.id;
            e.eventDate = m_old.addDays(i);
            e.category = i == 0 ? core::JournalCategory::Execution : core::JournalCategory::Contact;
            e.text = i == 0 ? m_original
                            : u"Anteckning %1. Samtal med dottern om veckans aktiviteter och om hur promenaderna "
                              "fungerar; hon tycker att det går bra och vill bli ringd inför läkarbesöket."_s.arg(i);
            e.authorName = u"Anna Berg"_s;
            e.authorTitle = u"undersköterska"_s;
            write(e);
            if (i == 0) {
                core::Correction c;
                c.meta = stamper.stamp(author);
                c.residentId = m_resident.id;
                c.entryId = e.meta.id;
                c.text = u"Lena valde att äta på rummet."_s;
                c.reason = u"Neutral formulering"_s;
                c.authorName = u"Anna Berg"_s;
                c.authorTitle = u"undersköterska"_s;
                QVERIFY(store::JournalRepository(m_demo.store->db()).appendCorrection(c));
                core::Correction o = c;
                o.meta = stamper.stamp(author);
                o.text = u"Jag ville äta i lugn och ro."_s;
                o.reason.clear();
                o.residentObjection = true;
                QVERIFY(store::JournalRepository(m_demo.store->db()).appendCorrection(o));
            }
        }
    }

    void exportPolicyRefusesExistingOutsideAndLinks()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"exports"_s);
        const report::ExportLocation location(dir);
        QVERIFY(location.prepare());
        QCOMPARE(modeOf(dir), 0700);

        const auto saved = location.save(u"a.pdf"_s, tinyPdf(), audited);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(modeOf(dir + u"/a.pdf"_s), 0600);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList { u"a.pdf"_s }); // no temporary left

        // An existing file is never replaced.
        QFile existing(dir + u"/a.pdf"_s);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        const QByteArray before = existing.readAll();
        const auto again = location.save(dir + u"/a.pdf"_s, tinyPdf(), audited);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"exists"_s), qPrintable(again.error().message));

        // Outside: another directory, "..", a link out of it, a dangling link in it.
        QVERIFY(QDir().mkpath(tmp.filePath(u"shared"_s)));
        for (const QString &path : QStringList { tmp.filePath(u"shared/b.pdf"_s), dir + u"/../b.pdf"_s, u"../b.pdf"_s,
                 u"sub/b.pdf"_s, u""_s, u".hidden.pdf"_s }) {
            const auto refused = location.save(path, tinyPdf(), audited);
            QVERIFY2(!refused, qPrintable(path));
        }
        QVERIFY(QFile::link(tmp.filePath(u"shared"_s), dir + u"/out"_s));
        QVERIFY(!location.save(dir + u"/out/b.pdf"_s, tinyPdf(), audited));
        QVERIFY(QFile::link(tmp.filePath(u"shared/c.pdf"_s), dir + u"/c.pdf"_s)); // dangling, pointing out
        const auto dangling = location.save(u"c.pdf"_s, tinyPdf(), audited);
        QVERIFY(!dangling);
        QVERIFY(QDir(tmp.filePath(u"shared"_s)).isEmpty());

        // The export directory itself reached through a link is the same directory.
        QVERIFY(QFile::link(dir, tmp.filePath(u"alias"_s)));
        QVERIFY(report::ExportLocation(tmp.filePath(u"alias"_s)).save(u"d.pdf"_s, tinyPdf(), audited));

        // No audit, no file; nothing partial either.
        const auto unaudited = location.save(u"e.pdf"_s, tinyPdf(), [](int) {
            return Status { Error { ErrorCode::Io, u"audit log full"_s } };
        });
        QVERIFY(!unaudited);
        const auto broken = location.save(
            u"f.pdf"_s,
            [](QIODevice &) -> Result<int> {
                return Error { ErrorCode::Io, u"paint failed"_s };
            },
            audited);
        QVERIFY(!broken);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System),
            (QStringList { u"a.pdf"_s, u"c.pdf"_s, u"d.pdf"_s }));
        QVERIFY(existing.seek(0));
        QCOMPARE(existing.readAll(), before);

        // A directory others can write to is not a place for copies.
        QVERIFY(QDir().mkpath(tmp.filePath(u"open"_s)));
        QVERIFY(QFile::setPermissions(tmp.filePath(u"open"_s),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::WriteOther
                | QFileDevice::ExeOther | QFileDevice::ReadOther));
        QVERIFY(!report::ExportLocation::forOperator(tmp.filePath(u"open/x.pdf"_s)));
        QVERIFY(!report::ExportLocation(tmp.filePath(u"open"_s)).prepare());
        QVERIFY(report::ExportLocation::forOperator(tmp.filePath(u"shared/x.pdf"_s)));
    }

    void periodIsChecked()
    {
        const report::JournalCopy copy(m_demo.store->db());
        const report::JournalPeriod backwards { QDate(2026, 11, 2), QDate(2026, 11, 1) };
        QVERIFY(!backwards.problem().isEmpty());
        const auto refused = copy.document(m_resident.id, backwards, u"Karin Ek, enhetschef"_s, m_demo.clock.nowMs());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        const auto unknown = copy.document(core::Id::createUuid(), {}, u"Karin Ek, enhetschef"_s, m_demo.clock.nowMs());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void thePdfShowsEveryPageHeaderAndTheCorrections()
    {
        const report::JournalCopy copy(m_demo.store->db());
        const auto document = copy.document(m_resident.id, {}, u"Karin Ek, enhetschef"_s, m_demo.clock.nowMs());
        QVERIFY(document);
        QTemporaryDir tmp;
        const report::ExportLocation location(tmp.filePath(u"exports"_s));
        QVERIFY(location.prepare());
        const QString path = location.freeName(u"journalkopia"_s, u"test"_s);
        const auto pages = location.save(
            path, [&](QIODevice &out) { return document.value().writePdf(out); }, audited);
        QVERIFY(pages);
        QVERIFY2(pages.value() >= 3, qPrintable(QString::number(pages.value())));
        QCOMPARE(document.value().pageCount(), pages.value()); // the image layout is the PDF's

        const QStringList texts = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(texts.size(), pages.value());
        for (int i = 0; i < texts.size(); ++i) {
            const QString &page = texts.at(i);
            QVERIFY2(page.contains(u"Sida %1 av %2"_s.arg(i + 1).arg(pages.value())), qPrintable(page));
            QVERIFY2(page.contains(m_resident.displayName()), qPrintable(page));
            QVERIFY(page.contains(m_resident.personalNumber));
            QVERIFY(page.contains(u"Enhet: "_s));
            QVERIFY(page.contains(u"Utskriven av Karin Ek, enhetschef"_s));
            QVERIFY(page.contains(u"Hela journalen"_s));
        }
        const QString all = texts.join(u' ');
        QVERIFY(all.contains(u"Ursprunglig lydelse"_s));
        QVERIFY(all.simplified().contains(m_original));
        QVERIFY(all.contains(u"Neutral formulering"_s));
        QVERIFY(all.contains(u"Lena valde att äta på rummet."_s));
        QVERIFY(all.contains(u"Den enskildes invändning"_s));
        QVERIFY(all.contains(u"Jag ville äta i lugn och ro."_s));
        // Oldest first.
        QVERIFY(all.indexOf(m_original.left(20)) < all.indexOf(u"Anteckning 39."_s));

        // Looked at: the first pages through poppler, and page 1 through the same painter as an image.
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        const QString prefix = QStringLiteral(SCREENSHOT_DIR "/journal-copy");
        QProcess ppm;
        ppm.start(u"pdftoppm"_s, { u"-png"_s, u"-r"_s, u"70"_s, u"-l"_s, u"2"_s, path, prefix });
        QVERIFY(ppm.waitForFinished(30000) && ppm.exitCode() == 0);
        const QImage first(prefix + u"-1.png"_s);
        QCOMPARE(first.size(), QSize(579, 819)); // A4 portrait at 70 dpi
        QVERIFY(document.value().renderPage(0, 100).save(prefix + u"-image-1.png"_s));
    }

    void thePeriodIsHonoured()
    {
        const report::JournalCopy copy(m_demo.store->db());
        const report::JournalPeriod week { m_old.addDays(10), m_old.addDays(16) };
        const auto section = copy.section(m_resident.id, week);
        QVERIFY(section);
        // The forty test entries are one a day from m_old, before any of the demo journal.
        QCOMPARE(section.value().blocks.size(), 7);
        const auto document = copy.document(m_resident.id, week, u"Karin Ek, enhetschef"_s, m_demo.clock.nowMs());
        QVERIFY(document);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(document.value().writePdf(buffer));
        QTemporaryDir tmp;
        QFile file(tmp.filePath(u"week.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(buffer.data());
        file.close();
        const QString text = pdfText(file.fileName());
        QVERIFY(text.contains(week.text()));
        QVERIFY(text.contains(u"Anteckning 10."_s) && text.contains(u"Anteckning 16."_s));
        QVERIFY(!text.contains(u"Anteckning 9."_s) && !text.contains(u"Anteckning 17."_s));
        QVERIFY(!text.contains(u"Ursprunglig lydelse"_s));
        const auto empty = copy.section(m_resident.id, { QDate(1990, 1, 1), QDate(1990, 1, 2) });
        QVERIFY(empty && empty.value().blocks.isEmpty());
    }

    void theArchiveHasEveryPart()
    {
        // Margit (the demo's first resident) has every kind of content: a cover sheet in two versions, a register
        // entry, a life story, a power of attorney, a fall report, a checklist, consents (one run out), a release.
        report::CaseArchive archive(m_demo.store->db(), &models::doctexts::fieldLabel);
        archive.addPart([](store::Database &, const core::Id &) -> Result<report::FlowSection> {
            return report::FlowSection { u"En senare del"_s, {}, u"Inget i den senare delen."_s };
        });
        const auto document = archive.document(m_resident.id, u"Karin Ek, enhetschef"_s, m_demo.clock.nowMs());
        QVERIFY(document);
        QStringList titles;
        for (const auto &section : document.value().sections()) {
            titles << section.title;
        }
        const QStringList parts { u"Försättsblad"_s, u"Beslut och insatser"_s, u"Genomförandeplan"_s,
            u"Social journal"_s, u"Signeringslistor"_s, u"Handlingar"_s, u"Levnadsberättelse"_s, u"Fullmakter"_s,
            u"Avtal om handhavande av den enskildes medel"_s, u"Fallrapporter"_s,
            u"Checklistor för förebyggande av fallolyckor"_s, u"Samtyckesregister"_s, u"Utlämnande av handlingar"_s,
            u"En senare del"_s };
        QCOMPARE(titles, parts);
        const int pages = document.value().pageCount();
        QVERIFY(pages >= parts.size()); // every part starts on a page of its own

        // The PDF as poppler reads it: each part's heading and what characterises its content.
        QTemporaryDir tmp;
        QFile file(tmp.filePath(u"archive.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(document.value().writePdf(file));
        file.close();
        const QString text = pdfText(file.fileName()).simplified();
        for (const QString &title : parts) {
            QVERIFY2(text.contains(title), qPrintable(title));
        }
        const QStringList content { u"Enhetens del, gällande version"_s,
            u"Sonen Per bor i Umeå och vill ha brev."_s, // latest cover sheet
            u"Enhetens del, ersatt version 1"_s, // … and the version it replaced
            u"Färdtjänsten i Ekvik kommun"_s, // a register entry from the tablet
            u"Hon arbetade i trettio år på postkontoret"_s, u"Namn på den som gav samtycke: Margit Lindqvist"_s,
            u"Vem har fullmakten? Dottern Eva Lindqvist"_s, u"Badrummet i Margits rum"_s,
            u"Har sjuksköterskan fått veta? Ja"_s, u"Kommentar: Nattlampan vid sängen fungerar inte."_s,
            u"Samtycke för sjuksköterskan i kommunens hälso- och sjukvård: Gäller"_s,
            u"Samtycke för arbetsterapeuten i kommunens rehabilitering: Har gått ut"_s, u"Begäran"_s,
            u"(den enskilde): utlämnat"_s, u"Beslut: Utlämnande."_s,
            u"De innehåller inga uppgifter som kan skada någon annan."_s };
        for (const QString &expected : content) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }

        // Looked at: the cover sheet, the first signing-list page and the new parts at the end, through the same
        // painter as the PDF.
        QVERIFY(document.value().renderPage(0, 90).save(QStringLiteral(SCREENSHOT_DIR "/case-archive-1.png")));
        QVERIFY(document.value().renderPage(2, 90).save(QStringLiteral(SCREENSHOT_DIR "/case-archive-3.png")));
        for (int i = 1; i <= 10; ++i) {
            const QString png = QStringLiteral(SCREENSHOT_DIR "/case-archive-end-%1.png").arg(i);
            QVERIFY(document.value().renderPage(pages - 11 + i, 90).save(png));
        }
    }

    void theArchiveShowsConflictsAndAgreements()
    {
        // Gösta (the demo's second resident): two tablets saved his cover sheet from one version, and his god man
        // signed a money agreement.
        report::CaseArchive archive(m_demo.store->db(), &models::doctexts::fieldLabel);
        const auto document
            = archive.document(m_demo.data.residents.at(1).id, u"Karin Ek, enhetschef"_s, m_demo.clock.nowMs());
        QVERIFY(document);
        const auto &sections = document.value().sections();
        const auto texts = [&](int part) {
            QStringList all;
            for (const auto &block : sections.at(part).blocks) {
                for (const auto &paragraph : block) {
                    all << paragraph.text;
                }
            }
            return all.join(u'\n');
        };
        QCOMPARE(texts(0).count(u"Enhetens del, gällande version, en av 2 som sparades samtidigt"_s), 2);
        QCOMPARE(texts(0).count(u"Enhetens del, ersatt version 1"_s), 1);
        QCOMPARE(sections.at(8).title, u"Avtal om handhavande av den enskildes medel"_s);
        QVERIFY(texts(8).contains(u"Högst 800 kronor i kassan."_s));
        QVERIFY(texts(8).contains(u"Undertecknat av: Per Bergström och enhetschef Helena"_s));
        QVERIFY(document.value().renderPage(0, 90).save(QStringLiteral(SCREENSHOT_DIR "/case-archive-conflict.png")));
    }

    void theArchiveKeepsTheOlderReleases()
    {
        // A release written in the older one-row form (the demo's third resident) is in the archive too.
        report::CaseArchive archive(m_demo.store->db());
        const auto document
            = archive.document(m_demo.data.residents.at(2).id, u"Karin Ek, enhetschef"_s, m_demo.clock.nowMs());
        QVERIFY(document);
        const auto &release = document.value().sections().last();
        QCOMPARE(release.title, u"Utlämnande av handlingar"_s);
        QVERIFY(!release.blocks.isEmpty());
        QCOMPARE(release.blocks.constFirst().constFirst().text.left(24), u"Kopia till den enskilde "_s);
    }
};

QTEST_MAIN(JournalCopyTest)
#include "journalcopytest.moc"
