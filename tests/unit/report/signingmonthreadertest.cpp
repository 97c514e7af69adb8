// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SigningMonthReader over the seeded demo store: which row and cell says what for one resident's month.
#include "tests/unit/report/signingmonthfixture.h"

#include "app/report/signingmonthreader.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class SigningMonthReaderTest : public QObject
{
    Q_OBJECT

private:
    test::SigningMonthFixture m_fixture;
    report::SigningMonth m_month;
    QHash<core::Id, QString> m_initials;

    /** The row of an occurrence (its time and insats) and the cell of its day. */
    const report::SigningCell *cellOf(const store::DayOccurrence &item) const
    {
        for (const report::SigningRow &row : m_month.rows) {
            if (row.asNeeded == item.occurrence.asNeeded && row.insats == item.occurrence.description
                && (row.asNeeded || row.time == item.occurrence.time)) {
                return &row.days.at(item.occurrence.day.day() - 1);
            }
        }
        return nullptr;
    }

    QString initialsOf(const core::Signature &s) const { return m_initials.value(s.meta.authorId); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.create());
        m_initials = report::SigningMonthReader::initialsOf(m_fixture.demo.data.staff);
        auto read = report::SigningMonthReader(m_fixture.demo.store->db())
                        .read(m_fixture.resident.id, m_fixture.day, m_fixture.nowMs, u"Eva Ek"_s);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        m_month = read.value();
    }

    void headerNamesResidentUnitMonthAndPrinter()
    {
        QCOMPARE(m_month.residentName, m_fixture.resident.displayName());
        QCOMPARE(m_month.personalNumber, m_fixture.resident.personalNumber);
        QVERIFY(m_month.unitName == u"Björkgården"_s || m_month.unitName == u"Solrosen"_s);
        QCOMPARE(m_month.month, QDate(m_fixture.day.year(), m_fixture.day.month(), 1));
        QCOMPARE(m_month.printedBy, u"Eva Ek"_s);
        QCOMPARE(m_month.printedAt.toMSecsSinceEpoch(), m_fixture.nowMs);
        QCOMPARE(report::monthLabelSv(QDate(2026, 11, 1)), u"november 2026"_s);
    }

    void oneRowPerInsatsAndTimeSolLssBeforeHsl()
    {
        QVERIFY(!m_month.rows.isEmpty());
        QSet<QString> seen;
        for (qsizetype i = 0; i < m_month.rows.size(); ++i) {
            const report::SigningRow &row = m_month.rows.at(i);
            QCOMPARE(row.days.size(), m_month.dayCount());
            const QString key = row.timeLabel() + u' ' + row.insats;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            if (i > 0) {
                const report::SigningRow &before = m_month.rows.at(i - 1);
                QVERIFY(!before.delegatedHsl || row.delegatedHsl); // HSL tasks kept apart, after the rest
                if (before.delegatedHsl == row.delegatedHsl) {
                    QVERIFY(!before.asNeeded || row.asNeeded);
                    QVERIFY(before.asNeeded != row.asNeeded || before.asNeeded || before.time <= row.time);
                }
            }
        }
        QVERIFY(std::any_of(m_month.rows.cbegin(), m_month.rows.cend(), [](const auto &r) { return r.asNeeded; }));
    }

    void doneCellShowsTheSignersInitials()
    {
        const QList<store::DayOccurrence> day = m_fixture.items(m_fixture.resident, m_fixture.day.addDays(-1));
        int checked = 0;
        for (const store::DayOccurrence &item : day) {
            if (item.occurrence.asNeeded || item.status.valid.size() != 1 || !item.status.retracted.isEmpty()) {
                continue;
            }
            const report::SigningCell *cell = cellOf(item);
            QVERIFY(cell);
            QVERIFY(cell->scheduled);
            QCOMPARE(cell->marks.size(), 1);
            const report::SignatureMark &mark = cell->marks.constFirst();
            QCOMPARE(mark.initials, initialsOf(item.status.valid.constFirst()));
            QCOMPARE(mark.initials.size(), 2);
            QVERIFY(!mark.retracted && !mark.late);
            QCOMPARE(mark.notDone, item.status.valid.constFirst().outcome == core::SignatureOutcome::NotDone);
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void retractedSignatureStaysStruckThrough()
    {
        const report::SigningCell *cell = cellOf(m_fixture.retracted);
        QVERIFY(cell);
        QCOMPARE(cell->marks.size(), 1);
        QVERIFY(cell->marks.constFirst().retracted);
        QCOMPARE(cell->marks.constFirst().initials, initialsOf(m_fixture.retracted.status.valid.constFirst()));
    }

    void retractedThenNotDoneShowsBothWithTheReasonLetter()
    {
        const report::SigningCell *cell = cellOf(m_fixture.retractedThenNotDone);
        QVERIFY(cell);
        QCOMPARE(cell->marks.size(), 2);
        QVERIFY(cell->marks.at(0).retracted);
        const report::SignatureMark &notDone = cell->marks.at(1);
        QVERIFY(!notDone.retracted);
        QVERIFY(notDone.notDone);
        QCOMPARE(notDone.reasonLetter, QChar(u'A'));
        const QString signum = m_initials.value(m_fixture.colleague.id);
        QCOMPARE(notDone.lines(), (QStringList { signum, u"Ej A"_s }));
        QCOMPARE(cell->lineCount(), 3);
        QCOMPARE(report::reasonLetter(core::NotDoneReason::Absent), QChar(u'B'));
        QCOMPARE(report::reasonLetter(core::NotDoneReason::NotPossible), QChar(u'C'));
        QCOMPARE(report::reasonLetter(core::NotDoneReason::Other), QChar(u'D'));
        QCOMPARE(report::reasonLetter(core::NotDoneReason::Unspecified), QChar(u'?'));
    }

    void doubleSignatureShowsBothAndTheLateOneStarred()
    {
        const report::SigningCell *cell = cellOf(m_fixture.lateTwin);
        QVERIFY(cell);
        QCOMPARE(cell->marks.size(), 2);
        QCOMPARE(cell->marks.at(0).initials, initialsOf(m_fixture.lateTwin.status.valid.constFirst()));
        QVERIFY(!cell->marks.at(0).late);
        QVERIFY(cell->marks.at(1).late);
        QCOMPARE(cell->marks.at(1).signum(), m_initials.value(m_fixture.colleague.id) + u'*');
    }

    void asNeededRowCountsTheDaysSignatures()
    {
        const report::SigningCell *cell = cellOf(m_fixture.asNeeded);
        QVERIFY(cell);
        QVERIFY(cell->marks.isEmpty());
        QCOMPARE(cell->count, m_fixture.asNeeded.status.valid.size() + 2);
    }

    void futureDaysAreLeftEmptyButShowWhatIsPlanned()
    {
        int future = 0;
        for (const report::SigningRow &row : std::as_const(m_month.rows)) {
            for (int d = m_fixture.day.day(); d < m_month.dayCount(); ++d) {
                QVERIFY(row.days.at(d).marks.isEmpty());
                QCOMPARE(row.days.at(d).count, 0);
                future += row.days.at(d).scheduled ? 1 : 0;
            }
        }
        QCOMPARE(future > 0, m_fixture.day.day() < m_month.dayCount());
    }

    void signersAreClarifiedByName()
    {
        const auto colleague = std::find_if(m_month.signers.cbegin(), m_month.signers.cend(),
            [&](const report::Signer &s) { return s.name == m_fixture.colleague.displayName(); });
        QVERIFY(colleague != m_month.signers.cend());
        QCOMPARE(colleague->initials, m_initials.value(m_fixture.colleague.id));
        QCOMPARE(colleague->title, m_fixture.colleague.title);
        QVERIFY(std::is_sorted(m_month.signers.cbegin(), m_month.signers.cend(),
            [](const auto &a, const auto &b) { return a.initials < b.initials; }));
    }

    void weekdayInsatserAreShadedOnOtherDays()
    {
        // The LSS residents' plans have activities on some weekdays only: a row's planned days share weekdays.
        report::SigningMonthReader reader(m_fixture.demo.store->db());
        int partial = 0;
        for (const core::Resident &r : m_fixture.demo.data.residents) {
            const auto month = reader.read(r.id, m_fixture.day, m_fixture.nowMs, u"Eva Ek"_s);
            QVERIFY(month.ok());
            for (const report::SigningRow &row : month.value().rows) {
                // Between the first and the last planned day (the plan in force), planned and free days of the week
                // never overlap.
                const auto planned = [&row](int d) { return row.days.at(d).scheduled; };
                int first = 0;
                int last = int(row.days.size()) - 1;
                while (first < last && !planned(first)) {
                    ++first;
                }
                while (last > first && !planned(last)) {
                    --last;
                }
                QSet<int> plannedOn;
                QSet<int> freeOn;
                for (int d = first; d <= last; ++d) {
                    (planned(d) ? plannedOn : freeOn).insert(month.value().month.addDays(d).dayOfWeek());
                }
                QVERIFY(!plannedOn.intersects(freeOn));
                partial += !freeOn.isEmpty() && last - first >= 13 ? 1 : 0;
            }
        }
        QVERIFY(partial > 0);
    }

    void initialsTellApartTwoPeopleWithTheSameOnes()
    {
        const auto staff = [](const QString &first, const QString &last) {
            core::Staff s;
            s.id = core::Id::createUuid();
            s.firstName = first;
            s.lastName = last;
            return s;
        };
        const core::Staff anna = staff(u"Anna"_s, u"Berg"_s);
        const core::Staff axel = staff(u"axel"_s, u"Bohlin"_s);
        const core::Staff carl = staff(u"Carl"_s, u"Dahl"_s);
        const auto initials = report::SigningMonthReader::initialsOf({ anna, axel, carl });
        QCOMPARE(initials.value(anna.id), u"ABe"_s);
        QCOMPARE(initials.value(axel.id), u"ABo"_s);
        QCOMPARE(initials.value(carl.id), u"CD"_s);
    }

    void unknownResidentIsNotFound()
    {
        const auto read = report::SigningMonthReader(m_fixture.demo.store->db())
                              .read(core::Id::createUuid(), m_fixture.day, m_fixture.nowMs, u"Eva Ek"_s);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(SigningMonthReaderTest)
#include "signingmonthreadertest.moc"
