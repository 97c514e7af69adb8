// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The record size rule without writing every record out (issue 19): records::compactJsonSizeBound() is never below
// the compact JSON's size, for the strings that escape worst (control characters, quotes, lone surrogates), text
// outside Latin-1, numbers in their longest forms and nesting; and recordBreach() still refuses a record one byte
// over kMaxRecordBytes and takes one at it, also where the bound alone would have refused it.
#include "app/records/recordrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

qsizetype compactSize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).size();
}

/** A master record (no invariants beyond key and size) whose compact JSON is `filler` plus 62 bytes. */
QJsonObject unitRecord(const QString &filler)
{
    const QString id = u"0b7d1c8e-4d3e-4f0a-9d55-0a1b2c3d4e5f"_s;
    return { { u"kind"_s, u"unit"_s }, { u"key"_s, id },
        { u"row"_s, QJsonObject { { u"id"_s, id }, { u"name"_s, filler } } } };
}

} // namespace

class RecordSizeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBoundIsNeverBelowTheSize_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c) {
            controls += QChar(c);
        }
        QTest::newRow("empty") << QJsonObject {};
        QTest::newRow("controls") << QJsonObject { { controls, controls } };
        QTest::newRow("quotes") << QJsonObject { { u"\"\\"_s, u"\"\\/\"\\"_s.repeated(50) } };
        QTest::newRow("non-latin") << QJsonObject { { u"t"_s, u"åäö ∑ 😀 \u2028"_s.repeated(20) } };
        QTest::newRow("lone surrogates") << QJsonObject { { u"t"_s,
            QString(QString(QChar(0xD800)) + QChar(0xDFFF) + QChar(0xDC00)) } };
        QTest::newRow("numbers") << QJsonObject { { u"a"_s,
            QJsonArray { -2.2250738585072014e-308, std::numeric_limits<double>::max(), -0.1234567890123456789,
                9007199254740993.0, double(qint64(1) << 53), -double(qint64(1) << 53) + 1, 1.5, 0,
                std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                QJsonValue(std::numeric_limits<qint64>::min()), true, false, QJsonValue::Null } } };
        QTest::newRow("nested") << QJsonObject { { u"c"_s,
            QJsonObject { { u"p"_s, QJsonArray { QJsonObject {}, QJsonArray {}, QJsonArray { QJsonArray { 1 } } } },
                { u"b64"_s, QJsonObject { { u"b64"_s, u"AAEC/w=="_s } } } } } };
        QTest::newRow("record") << unitRecord(u"Avdelning Björken"_s);
    }

    void theBoundIsNeverBelowTheSize()
    {
        QFETCH(QJsonObject, object);
        QVERIFY2(records::compactJsonSizeBound(object) >= compactSize(object),
            qPrintable(u"%1 < %2"_s.arg(records::compactJsonSizeBound(object)).arg(compactSize(object))));
    }

    void aRecordOverTheLimitIsRefusedAndOneAtItTaken()
    {
        const qsizetype overhead = compactSize(unitRecord({}));
        const QJsonObject atLimit = unitRecord(QString(records::kMaxRecordBytes - overhead, u'a'));
        QCOMPARE(compactSize(atLimit), records::kMaxRecordBytes);
        QCOMPARE(records::recordBreach(atLimit), QString());
        const QJsonObject over = unitRecord(QString(records::kMaxRecordBytes - overhead + 1, u'a'));
        QCOMPARE(records::recordBreach(over), u"the record is larger than 524288 bytes"_s);
        // Two bytes a character: far under the limit by size, far over it by the bound; written out, then taken.
        const QJsonObject wide = unitRecord(QString(100'000, u'é'));
        QVERIFY(records::compactJsonSizeBound(wide) > records::kMaxRecordBytes);
        QCOMPARE(records::recordBreach(wide), QString());
        const QJsonObject wideOver = unitRecord(QString(300'000, u'é'));
        QCOMPARE(records::recordBreach(wideOver), u"the record is larger than 524288 bytes"_s);
    }
};

QTEST_GUILESS_MAIN(RecordSizeTest)
#include "recordsizetest.moc"
