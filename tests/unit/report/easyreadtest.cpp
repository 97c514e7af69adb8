// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The easy-read plan (core/easyread.h, report/easyreadpdf.h): plain times ("Varje dag klockan 21.30", weekdays,
// "När du vill ha hjälp"), one card per activity in life-area order with no ICF code or grade in it, and the PDF:
// written whole, nothing committed when the audit refuses. Writes build/<preset>/screenshots/easy-read-plan.pdf;
// its first page is looked at through pdftoppm.
#include "app/core/easyread.h"
#include "app/report/easyreadpdf.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

core::PlanActivity activity(const QString &what, QList<QTime> times, QList<int> weekdays = {}, bool asNeeded = false)
{
    core::PlanActivity a;
    a.description = what;
    a.how = u"Personalen följer med och hjälper till."_s;
    a.when = u"Kvällen"_s;
    a.times = std::move(times);
    a.weekdays = std::move(weekdays);
    a.asNeeded = asNeeded;
    return a;
}

core::PlanRevision plan()
{
    core::PlanRevision p;
    core::PlanNeed safety { {}, 10, u"b1528A"_s, core::ProblemGrade::Severe, {}, u"Att känna trygghet."_s,
        { activity(u"Tillsyn natt"_s, { QTime(3, 0), QTime(23, 0) }) } };
    core::PlanNeed care { {}, 5, u"d530"_s, core::ProblemGrade::Severe, {}, u"Att få stöd."_s,
        { activity(u"Toalettbesök före natten"_s, { QTime(21, 30) }),
            activity(u"Stöd vid toalettbesök under dagen"_s, {}, {}, true) } };
    core::PlanNeed song { {}, 9, u"d920"_s, core::ProblemGrade::Mild, {}, u"Att sjunga."_s,
        { activity(u"Sångstunden"_s, { QTime(14, 0) }, { 3, 1 }) } };
    p.needs = { safety, care, song };
    p.status = core::PlanStatus::Established;
    return p;
}

} // namespace

class EasyReadTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTimes()
    {
        QCOMPARE(core::easyReadWhen(activity(u"a"_s, { QTime(21, 30) })), u"Varje dag klockan 21.30"_s);
        QCOMPARE(core::easyReadWhen(activity(u"a"_s, { QTime(20, 0), QTime(8, 30) })),
            u"Varje dag klockan 08.30 och 20.00"_s);
        QCOMPARE(core::easyReadWhen(activity(u"a"_s, { QTime(14, 0) }, { 4, 1 })),
            u"På måndagar och torsdagar klockan 14.00"_s);
        QCOMPARE(core::easyReadWhen(activity(u"a"_s, {}, {}, true)), u"När du vill ha hjälp"_s);
        QCOMPARE(core::easyReadWhen(activity(u"a"_s, {})), u"Kvällen"_s); // no times: the plan's own words
    }

    void oneCardPerActivityWithoutCodesOrGrades()
    {
        const auto cards = core::easyReadCards(plan());
        QCOMPARE(cards.size(), 4);
        QCOMPARE(cards.at(0).area, u"Sköta om sig själv"_s); // area 5 first
        QCOMPARE(cards.at(0).symbol, u"\u2665"_s);
        QCOMPARE(cards.at(2).title, u"Sångstunden"_s);
        QCOMPARE(cards.at(3).when, u"Varje dag klockan 03.00 och 23.00"_s);
        for (const auto &card : cards) {
            for (const QString &field : { card.area, card.title, card.text, card.when }) {
                QVERIFY2(!field.contains(u"d530"_s) && !field.contains(u"b1528"_s), qPrintable(field));
                QVERIFY(!field.contains(u"Totala"_s) && !field.contains(u"Svåra"_s));
            }
        }
        QCOMPARE(core::easyReadAreaTitle(12), QString());
    }

    void printedWholeOrNotAtAll()
    {
        report::EasyReadDocument doc { u"Margits plan"_s, u"Så här får du stöd. Planen gäller från 12 mars 2026."_s,
            {} };
        for (int i = 0; i < 3; ++i) {
            doc.cards += core::easyReadCards(plan()); // 12 cards: more than one page
        }
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto pages = report::EasyReadPdf::write(doc, buffer);
        QVERIFY(pages);
        QVERIFY(pages.value() >= 2);
        QVERIFY(buffer.data().startsWith("%PDF-"));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.pdf"_s);
        const auto refused = report::EasyReadPdf::save(doc, path, [](int) {
            return Status { Error { ErrorCode::Io, u"disk full"_s } };
        });
        QVERIFY(!refused);
        QVERIFY(!QFile::exists(path)); // no audit, no file

        doc.cards = core::easyReadCards(plan());
        QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
        const QString shown = QStringLiteral(SCREENSHOT_DIR "/easy-read-plan.pdf");
        int audited = 0;
        const auto saved = report::EasyReadPdf::save(doc, shown, [&](int p) {
            audited = p;
            return Status {};
        });
        QVERIFY(saved);
        QCOMPARE(audited, 1);
        QVERIFY(QFile::exists(shown));
    }
};

QTEST_MAIN(EasyReadTest)
#include "easyreadtest.moc"
