// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/rules.h"
#include "app/core/masterdata.h"

#include <QTest>

using namespace akten::core;
using namespace Qt::StringLiterals;

class RulesTest : public QObject
{
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(RulesTest)
#include "rulestest.moc"
