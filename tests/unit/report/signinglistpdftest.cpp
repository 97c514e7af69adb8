// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SigningListPdf and SigningListPainter: the demo resident's month painted to an image (saved as a PNG to look at)
// and written by QPdfWriter; saving is atomic and waits for the audit.
#include "tests/unit/report/signingmonthfixture.h"

#include "app/report/signinglistpainter.h"
#include "app/report/signinglistpdf.h"
#include "app/report/signingmonthreader.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

/** Share of pixels that are not white. */
double inkOf(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            ink += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
        }
    }
    return double(ink) / (double(image.width() / 2) * double(image.height() / 2));
}

report::SigningMonth manyRows(const report::SigningMonth &from, int copies)
{
    report::SigningMonth month = from;
    month.rows.clear();
    for (int n = 0; n < copies; ++n) {
        for (report::SigningRow row : from.rows) {
            row.time = row.time.isValid() ? row.time.addSecs(60 * n) : row.time;
            month.rows.append(row);
        }
    }
    return month;
}

} // namespace

class SigningListPdfTest : public QObject
{
    Q_OBJECT

private:
    test::SigningMonthFixture m_fixture;
    report::SigningMonth m_month;
    QTemporaryDir m_tmp;

    static void savePng(const QImage &image, const QString &name)
    {
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        QVERIFY(image.save(QStringLiteral(SCREENSHOT_DIR) + u'/' + name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.create());
        auto read = report::SigningMonthReader(m_fixture.demo.store->db())
                        .read(m_fixture.resident.id, m_fixture.day, m_fixture.nowMs, u"Eva Ek"_s);
        QVERIFY(read.ok());
        m_month = read.value();
    }

    void pageOneRendersToAnImage()
    {
        const QImage page = report::SigningListPdf::renderPage(m_month, 0, 150);
        QCOMPARE(page.size(), QSize(1754, 1240)); // A4 landscape at 150 dpi
        savePng(page, u"signing-list-month-page1.png"_s);
        const double ink = inkOf(page);
        QVERIFY2(ink > 0.03 && ink < 0.5, qPrintable(QString::number(ink)));
        // The grid's frame: a dark line down the left margin (10 mm) beside the first row.
        const int x = int(10.0 * 150 / 25.4 + 0.5);
        const int y = int((10.0 + 21.0 + 8.0 + 2.0) * 150 / 25.4);
        QVERIFY(
            qGray(page.pixel(x, y)) < 100 || qGray(page.pixel(x + 1, y)) < 100 || qGray(page.pixel(x - 1, y)) < 100);
    }

    void manyRowsGoOnTheNextPages()
    {
        const report::SigningMonth month = manyRows(m_month, 4);
        const report::SigningListPainter painter(month);
        QVERIFY(painter.pageCount() >= 2);
        const QImage second = report::SigningListPdf::renderPage(month, 1, 150);
        savePng(second, u"signing-list-many-rows-page2.png"_s);
        QVERIFY(inkOf(second) > 0.03);
    }

    void pdfHasEveryPage()
    {
        const report::SigningMonth month = manyRows(m_month, 4);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto pages = report::SigningListPdf::write(month, buffer);
        QVERIFY(pages.ok());
        QCOMPARE(pages.value(), report::SigningListPainter(month).pageCount());
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF-1."));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const auto pageObjects = QString::fromLatin1(pdf).count(QRegularExpression(u"/Type\\s*/Page\\b(?!s)"_s));
        QCOMPARE(pageObjects, pages.value());
        QVERIFY(pdf.contains("/FontFile2")); // fonts embedded: readable without this machine's fonts
    }

    void saveCommitsOnlyAfterTheAudit()
    {
        const QString path = m_tmp.filePath(u"list.pdf"_s);
        int auditedPages = 0;
        const auto saved = report::SigningListPdf::save(m_month, path, [&](int pages) {
            [&] { QVERIFY(!QFileInfo::exists(path)); }(); // the audit event comes first
            auditedPages = pages;
            return Status {};
        });
        QVERIFY(saved.ok());
        QCOMPARE(auditedPages, saved.value());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"list.pdf"_s });
    }

    void aFailedAuditLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.pdf"_s);
        const auto saved = report::SigningListPdf::save(m_month, path, [](int) {
            return Status(Error { ErrorCode::Io, u"audit log full"_s });
        });
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().message, u"audit log full"_s);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void anUnwritablePlaceIsRefusedWithoutAudit()
    {
        bool audited = false;
        const auto audit = [&](int) {
            audited = true;
            return Status {};
        };
        QVERIFY(!report::SigningListPdf::save(m_month, m_tmp.path(), audit).ok()); // a directory
        QVERIFY(!report::SigningListPdf::save(m_month, m_tmp.filePath(u"missing/list.pdf"_s), audit).ok());
        QVERIFY(!audited);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"missing"_s)));
    }
};

QTEST_MAIN(SigningListPdfTest)
#include "signinglistpdftest.moc"
