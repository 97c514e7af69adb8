// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/pinpolicy.h"

#include <QTest>

using namespace akten::core;
using namespace Qt::StringLiterals;

class PinPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAGoodPin()
    {
        QCOMPARE(checkNewPin(u"482915"_s, u"482915"_s), PinProblem::None);
        QCOMPARE(checkNewPin(u"70318264"_s, u"70318264"_s), PinProblem::None);
    }

    void refusesShortNonDigitAndMismatched()
    {
        QCOMPARE(checkNewPin(u"48291"_s, u"48291"_s), PinProblem::TooShort);
        QCOMPARE(checkNewPin(u""_s, u""_s), PinProblem::TooShort);
        QCOMPARE(checkNewPin(u"48a915"_s, u"48a915"_s), PinProblem::NotDigits);
        QCOMPARE(checkNewPin(u"４８２９１５"_s, u"４８２９１５"_s), PinProblem::NotDigits); // full-width digits
        QCOMPARE(checkNewPin(u"482915"_s, u"482916"_s), PinProblem::Mismatch);
        QVERIFY(!pinProblemSv(PinProblem::Common).isEmpty());
    }

    void refusesAtLeastTwentyCommonPins()
    {
        const QStringList common { u"000000"_s, u"111111"_s, u"999999"_s, u"123456"_s, u"234567"_s, u"654321"_s,
            u"987654"_s, u"121212"_s, u"123123"_s, u"112233"_s, u"123321"_s, u"159753"_s, u"147258"_s, u"696969"_s,
            u"102030"_s, u"789456"_s, u"12345678"_s, u"11111111"_s, u"890123"_s, u"202020"_s, u"314159"_s,
            u"998877"_s };
        QVERIFY(common.size() >= 20);
        for (const QString &pin : common) {
            QVERIFY2(isCommonPin(pin), qPrintable(pin));
            QCOMPARE(checkNewPin(pin, pin), PinProblem::Common);
        }
        QVERIFY(!isCommonPin(u"482915"_s));
        QVERIFY(!isCommonPin(u"130792"_s));
    }
};

QTEST_GUILESS_MAIN(PinPolicyTest)
#include "pinpolicytest.moc"
