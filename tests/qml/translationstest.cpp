// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Every UI string has an English translation, and the compiled one is loaded for --language en.
#include "app/shell/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated()
    {
        QFile ts(QStringLiteral(TS_FILE));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == "source"_L1) {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == "translation"_L1) {
                QVERIFY2(xml.attributes().value("type"_L1) != "unfinished"_L1, qPrintable(source));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(u"untranslated: "_s + source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
    }

    void englishIsLoadedAndSwedishNeedsNone()
    {
        QVERIFY(!akten::shell::installTranslation(*QCoreApplication::instance(), u"sv"_s));
        QVERIFY(!akten::shell::installTranslation(*QCoreApplication::instance(), u"C"_s)); // no locale: Swedish
        QVERIFY(!akten::shell::installTranslation(*QCoreApplication::instance(), u"de"_s)); // no German: Swedish
        const auto english = akten::shell::installTranslation(*QCoreApplication::instance(), u"en"_s);
        QVERIFY(english);
        QCOMPARE(QCoreApplication::translate("ResidentListPage", "Boende"), u"Residents"_s);
        QCOMPARE(QCoreApplication::translate("Startup", "Journalens fil är skadad eller ofullständig."),
            u"The record file is damaged or incomplete."_s);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translationstest.moc"
