// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "core/rules.h"
#include "core/masterdata.h"

#include <QTest>

using namespace akten::core;
using namespace Qt::StringLiterals;

class RulesTest : public QObject
{
    Q_OBJECT

private:
    static QList<WritingIssue::Kind> kinds(const QString &text, const QStringList &others = {})
    {
        QList<WritingIssue::Kind> result;
        for (const auto &issue : checkJournalText(text, others)) {
            result << issue.kind;
        }
        return result;
    }

private Q_SLOTS:
    void deadlines()
    {
        QCOMPARE(planDueBy(QDate(2026, 3, 1)), QDate(2026, 3, 22));
        QCOMPARE(followUpDueBy(QDate(2026, 3, 1), QDate(1940, 5, 5)), QDate(2026, 9, 1));
        QCOMPARE(followUpDueBy(QDate(2026, 3, 1), QDate(2012, 5, 5)), QDate(2026, 7, 1)); // a child: 4 months
        QCOMPARE(followUpDueBy(QDate(2026, 3, 1), QDate(2008, 3, 1)), QDate(2026, 9, 1)); // 18 that day: adult
        QCOMPARE(dayNoteExpiry(QDate(2026, 1, 1)), QDate(2026, 4, 1));
    }

    void age()
    {
        QCOMPARE(ageOn(QDate(2008, 3, 2), QDate(2026, 3, 1)), 17);
        QCOMPARE(ageOn(QDate(2008, 3, 1), QDate(2026, 3, 1)), 18);
        Resident r;
        r.birthDate = QDate(2012, 6, 1);
        QVERIFY(r.isChildOn(QDate(2026, 1, 1)));
        r.birthDate = QDate();
        QVERIFY(!r.isChildOn(QDate(2026, 1, 1)));
    }

    void cleanTextHasNoIssues()
    {
        QVERIFY(
            checkJournalText(u"Jag hjälpte Margit med duschen. Hon valde själv kläder och var nöjd."_s, {}).isEmpty());
    }

    void abbreviationsAreFound()
    {
        QCOMPARE(kinds(u"Hon fick bl.a. hjälp med dusch."_s), QList { WritingIssue::Kind::Abbreviation });
        QCOMPARE(kinds(u"Ring ssk pga smärta"_s),
            (QList { WritingIssue::Kind::Abbreviation, WritingIssue::Kind::Abbreviation }));
        QVERIFY(kinds(u"Camilla åt lunch."_s).isEmpty()); // "ca" inside a word is not the abbreviation
        QVERIFY(kinds(u"Pgatan"_s).isEmpty());
    }

    void undersignedAndJudgingWords()
    {
        QVERIFY(kinds(u"Undertecknad har talat med dottern."_s).contains(WritingIssue::Kind::Undersigned));
        QVERIFY(kinds(u"Han vägrar äta."_s).contains(WritingIssue::Kind::JudgingWord));
        QVERIFY(kinds(u"Hon var besvärlig i dag."_s).contains(WritingIssue::Kind::JudgingWord));
    }

    void otherResidentsAreNeverNamed()
    {
        const auto issues = checkJournalText(u"Satt med Gösta Bergström vid lunchen."_s, { u"Gösta Bergström"_s });
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.constFirst().kind, WritingIssue::Kind::OtherResidentNamed);
        QVERIFY(!issues.constFirst().adviceSv.isEmpty());
    }
};

QTEST_GUILESS_MAIN(RulesTest)
#include "rulestest.moc"
