// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The small list models that QML sees instead of QVariantList properties: QAbstractItemModelTester on each, the role
// names the QML delegates bind to, count and empty.
#include "models/demobadgelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class BoundaryListModelsTest : public QObject
{
    Q_OBJECT

private:
    static QByteArrayList roleNamesOf(const QAbstractItemModel &model)
    {
        QByteArrayList names = model.roleNames().values();
        std::sort(names.begin(), names.end());
        return names;
    }

private Q_SLOTS:
    void demoBadges()
    {
        DemoBadgeListModel none;
        QAbstractItemModelTester noneTester(&none, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(none.count(), 0);
        QVERIFY(none.empty());

        DemoBadgeListModel badges({ { u"Helena Strand"_s, u"enhetschef"_s, u"04DE0000000001"_s, u"246801"_s },
            { u"Anna Berg"_s, u"undersköterska"_s, u"04DE0000000002"_s, u"246802"_s } });
        QAbstractItemModelTester tester(&badges, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(roleNamesOf(badges), (QByteArrayList { "name", "pin", "title", "uidHex" }));
        QCOMPARE(badges.count(), 2);
        QVERIFY(!badges.empty());
        const QModelIndex anna = badges.index(1);
        QCOMPARE(anna.data(DemoBadgeListModel::NameRole).toString(), u"Anna Berg"_s);
        QCOMPARE(anna.data(DemoBadgeListModel::TitleRole).toString(), u"undersköterska"_s);
        QCOMPARE(anna.data(DemoBadgeListModel::UidHexRole).toString(), u"04DE0000000002"_s);
        QCOMPARE(anna.data(DemoBadgeListModel::PinRole).toString(), u"246802"_s);
    }
};

QTEST_GUILESS_MAIN(BoundaryListModelsTest)
#include "boundarylistmodelstest.moc"
