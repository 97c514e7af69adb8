// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// "Min akt" in plain words (core/ownaccess.h): days as one says them, the part of the day, the help given and the
// writer by first name and title.
#include "app/core/ownaccess.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class OwnAccessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daysAsOneSaysThem()
    {
        const QDate sunday(2026, 11, 29);
        QCOMPARE(core::plainDay(sunday, sunday), u"I dag"_s);
        QCOMPARE(core::plainDay(sunday.addDays(-1), sunday), u"I går"_s);
        QCOMPARE(core::plainDay(QDate(2026, 11, 24), sunday), u"I tisdags"_s);
        QCOMPARE(core::plainDay(QDate(2026, 11, 23), sunday), u"I måndags"_s);
        QCOMPARE(core::plainDay(QDate(2026, 11, 22), sunday), u"Den 22 november"_s); // a week ago: the date
        QCOMPARE(core::plainWhen(QDateTime(QDate(2026, 11, 24), QTime(20, 15)), sunday), u"I tisdags på kvällen"_s);
        QCOMPARE(core::plainPartOfDay(QTime(7, 30)), u"på morgonen"_s);
        QCOMPARE(core::plainPartOfDay(QTime(10, 0)), u"på förmiddagen"_s);
        QCOMPARE(core::plainPartOfDay(QTime(12, 30)), u"mitt på dagen"_s);
        QCOMPARE(core::plainPartOfDay(QTime(15, 0)), u"på eftermiddagen"_s);
        QCOMPARE(core::plainPartOfDay(QTime(23, 30)), u"på natten"_s);
        QCOMPARE(core::plainPartOfDay(QTime(3, 0)), u"på natten"_s);
    }

    void helpAndWriters()
    {
        QCOMPARE(core::plainHelp(u"Dusch"_s, core::SignatureOutcome::Done, core::NotDoneReason::Unspecified),
            u"Du fick hjälp med: Dusch."_s);
        QCOMPARE(core::plainHelp(u"Promenad"_s, core::SignatureOutcome::NotDone, core::NotDoneReason::Declined),
            u"Promenad blev inte av. Du ville inte den gången."_s);
        QCOMPARE(core::plainAuthor(u"Anna Berg"_s, u"undersköterska"_s), u"Anna, undersköterska"_s);
        QCOMPARE(core::plainAuthor(u"Anna"_s, QString()), u"Anna"_s);
        QCOMPARE(core::plainList({ u"Dusch"_s }), u"Dusch"_s);
        QCOMPARE(core::plainList({ u"Dusch"_s, u"Promenad"_s, u"Kvällsmat"_s }), u"Dusch, Promenad och Kvällsmat"_s);
    }
};

QTEST_GUILESS_MAIN(OwnAccessTest)
#include "ownaccesstest.moc"
