// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/catalogue.h"

#include <QTest>

using akten::core::IbicCatalogue;
using namespace Qt::StringLiterals;

class CatalogueTest : public QObject
{
    Q_OBJECT

private:
    static const QByteArray &header()
    {
        static const QByteArray h("area,area_title_sv,code,title_sv,title_en,note\n");
        return h;
    }
    /** A minimal valid catalogue: one code in each of the 11 areas. */
    static QByteArray minimal()
    {
        QByteArray csv = header();
        for (int area = 1; area <= 9; ++area) {
            csv += QByteArray::number(area) + ",Område,d" + QByteArray::number(area) + "10,Titel,Title,\n";
        }
        csv += "10,Känsla av trygghet,b1528A,Känsla av trygghet,Feeling of security,\n";
        csv += "11,\"Stöd, närstående\",e398A,\"Personligt stöd, närstående\",Support,\n";
        return csv;
    }

private Q_SLOTS:
    void bundledCatalogueLoads()
    {
        const auto catalogue = IbicCatalogue::bundled();
        QVERIFY2(catalogue.ok(), catalogue.ok() ? "" : qPrintable(catalogue.error().message));
        QVERIFY(!catalogue.value().version().isEmpty());
        QCOMPARE(catalogue.value().lifeAreas().size(), 11);
        QCOMPARE(catalogue.value().area(5)->titleSv, u"Personlig vård"_s);
        QCOMPARE(catalogue.value().find(u"d510"_s)->titleSv, u"Att tvätta sig"_s);
        QCOMPARE(catalogue.value().find(u"d510"_s)->lifeArea, 5);
        QCOMPARE(catalogue.value().find(u"b1528A"_s)->lifeArea, 10);
        QCOMPARE(catalogue.value().find(u"e398A"_s)->lifeArea, 11);
        QVERIFY(catalogue.value().area(8)->titleSv.contains(u"arbete"_s)); // quoted title with commas
        QVERIFY(!catalogue.value().relatedFactors().isEmpty());
        QVERIFY(catalogue.value().find(u"d1"_s)->isChapter);
        QVERIFY(!catalogue.value().find(u"x999"_s));
    }

    void quotedFieldsAndCrlf()
    {
        QByteArray csv = minimal();
        csv.replace("\n", "\r\n");
        const auto catalogue = IbicCatalogue::fromCsv(csv, u"test"_s);
        QVERIFY(catalogue.ok());
        QCOMPARE(catalogue.value().area(11)->titleSv, u"Stöd, närstående"_s);
        QCOMPARE(catalogue.value().find(u"e398A"_s)->titleSv, u"Personligt stöd, närstående"_s);
    }

    void malformedCataloguesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("bad header") << QByteArray("area,code\n1,d1\n") << u"header"_s;
        QTest::newRow("area out of range") << (minimal() + "12,X,d999,T,T,\n") << u"area"_s;
        QTest::newRow("duplicate code") << (minimal() + "1,Område,d110,Titel,Title,\n") << u"duplicate"_s;
        QTest::newRow("malformed code") << (minimal() + "1,Område,510,Titel,Title,\n") << u"malformed"_s;
        QTest::newRow("missing area") << QByteArray(minimal()).replace("9,Område,d910,Titel,Title,\n", "")
                                      << u"life area 9"_s;
        QTest::newRow("unterminated quote") << (minimal() + "1,\"Område,d120,Titel,Title,\n") << u"quote"_s;
        QTest::newRow("too few fields") << (minimal() + "1,Område,d130\n") << u"fields"_s;
    }

    void malformedCataloguesAreRejected()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const auto catalogue = IbicCatalogue::fromCsv(csv, u"test"_s);
        QVERIFY(!catalogue.ok());
        QVERIFY2(catalogue.error().message.contains(expected), qPrintable(catalogue.error().message));
    }
};

QTEST_GUILESS_MAIN(CatalogueTest)
#include "cataloguetest.moc"
