// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SigningListLayout: A4 landscape geometry and the page split of many rows.
#include "app/report/signinglistlayout.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

/** A month of `rows` rows; every `tall`-th row has a cell with two not-done marks (four lines). */
report::SigningMonth monthOf(int rows, int tall = 0)
{
    report::SigningMonth month;
    month.month = QDate(2026, 11, 1);
    for (int i = 0; i < rows; ++i) {
        report::SigningRow row { QTime(6, 0).addSecs(i * 600), u"Insats %1"_s.arg(i), false, false,
            QList<report::SigningCell>(month.dayCount(), report::SigningCell { true, {}, 0 }) };
        if (tall > 0 && i % tall == 0) {
            const report::SignatureMark notDone { u"AB"_s, true, u'A', false, false };
            row.days[4].marks = { notDone, notDone };
        }
        month.rows.append(row);
    }
    return month;
}

} // namespace

class SigningListLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageIsA4LandscapeWithTheGridBetweenHeaderAndFooter()
    {
        const report::SigningListLayout layout(monthOf(3));
        QCOMPARE(report::SigningListLayout::pageRect().size(), QSizeF(297, 210));
        QVERIFY(layout.gridRect().top() >= report::SigningListLayout::headerRect().bottom());
        QCOMPARE(layout.gridRect().bottom(), layout.footerRect().top());
        QCOMPARE(layout.footerRect().bottom(), 200.0);
        QCOMPARE(
            layout.dayLeft(0), 10.0 + report::SigningListLayout::timeWidth + report::SigningListLayout::insatsWidth);
        QCOMPARE(layout.dayLeft(29) + layout.dayWidth(), 287.0); // November: 30 days fill the width
        QVERIFY(layout.dayWidth() > 6.5); // room for "AB*" and "Ej A" at 7.5 pt
        QCOMPARE(layout.pageCount(), 1);
        QCOMPARE(layout.rowsOn(0), (QList<qsizetype> { 0, 1, 2 }));
    }

    void rowHeightGrowsWithTheMarksInACell()
    {
        const report::SigningMonth month = monthOf(2, 1);
        QCOMPARE(month.rows.at(0).lineCount(), 4); // two not-done marks: signum and "Ej A" each
        QCOMPARE(monthOf(1).rows.at(0).lineCount(), 2); // room to sign by hand
        QVERIFY(report::SigningListLayout::rowHeight(month.rows.at(0))
            > report::SigningListLayout::rowHeight(monthOf(1).rows.at(0)));
    }

    void manyRowsSplitOverPagesInOrderNeverCut_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("tall");
        QTest::newRow("40 rows") << 40 << 0;
        QTest::newRow("40 rows, every third tall") << 40 << 3;
        QTest::newRow("one page exactly") << 16 << 0;
    }

    void manyRowsSplitOverPagesInOrderNeverCut()
    {
        QFETCH(int, rows);
        QFETCH(int, tall);
        const report::SigningMonth month = monthOf(rows, tall);
        const report::SigningListLayout layout(month);
        const double room = layout.gridRect().height() - report::SigningListLayout::columnHeadHeight;
        QCOMPARE(layout.rowScale() == 1.0, layout.pageCount() > 1); // several pages: rows as they are
        QList<qsizetype> all;
        for (int page = 0; page < layout.pageCount(); ++page) {
            double used = 0;
            for (qsizetype row : layout.rowsOn(page)) {
                used += report::SigningListLayout::rowHeight(month.rows.at(row));
            }
            QVERIFY2(used <= room, qPrintable(u"page %1: %2 of %3 mm"_s.arg(page).arg(used).arg(room)));
            if (page + 1 < layout.pageCount()) { // a page ends only when the next row would not fit
                used += report::SigningListLayout::rowHeight(month.rows.at(layout.rowsOn(page + 1).constFirst()));
                QVERIFY(used > room);
            }
            all += layout.rowsOn(page);
        }
        QCOMPARE(all.size(), rows);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i), i);
        }
        QVERIFY(layout.pageCount() >= int(rows * 8.0 / room)); // at 8 mm a row
    }

    void aShortListGetsTallerRowsToSignByHand()
    {
        const report::SigningListLayout layout(monthOf(5));
        QCOMPARE(layout.rowScale(), report::SigningListLayout::maxRowScale);
        const report::SigningListLayout full(monthOf(16));
        const double room = full.gridRect().height() - report::SigningListLayout::columnHeadHeight;
        QVERIFY(full.rowScale() >= 1.0);
        QVERIFY(16 * report::SigningListLayout::rowHeight(monthOf(1).rows.at(0)) * full.rowScale() <= room + 1e-9);
    }

    void fortyRowsTakeThreePages() { QCOMPARE(report::SigningListLayout(monthOf(40)).pageCount(), 3); }

    void aMonthWithoutRowsIsOnePage()
    {
        const report::SigningListLayout layout(monthOf(0));
        QCOMPARE(layout.pageCount(), 1);
        QVERIFY(layout.rowsOn(0).isEmpty());
    }

    void footerGrowsWithTheSigners()
    {
        report::SigningMonth month = monthOf(1);
        const double oneLine = report::SigningListLayout(month).footerHeight();
        for (int i = 0; i < 5; ++i) {
            month.signers.append({ u"S%1"_s.arg(i), u"Namn %1"_s.arg(i), QString() });
        }
        const report::SigningListLayout layout(month);
        QCOMPARE(layout.signerLines(), 2);
        QCOMPARE(layout.footerHeight(), oneLine + report::SigningListLayout::footerLineHeight);
    }
};

QTEST_GUILESS_MAIN(SigningListLayoutTest)
#include "signinglistlayouttest.moc"
