// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/pinpolicy.h"

#include <QSet>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

/** Whether the PIN is one short block repeated: 121212, 123123, 12341234. */
bool isRepeatedBlock(const QString &pin)
{
    for (qsizetype block = 1; block <= pin.size() / 2; ++block) {
        if (pin.size() % block != 0) {
            continue;
        }
        bool repeated = true;
        for (qsizetype i = block; i < pin.size() && repeated; ++i) {
            repeated = pin.at(i) == pin.at(i - block);
        }
        if (repeated) {
            return true;
        }
    }
    return false;
}

/** Whether every digit is one more (or one less) than the one before, wrapping 9 -> 0: 123456, 987654, 890123. */
bool isRun(const QString &pin)
{
    for (const int step : { 1, 9 }) {
        bool run = true;
        for (qsizetype i = 1; i < pin.size() && run; ++i) {
            run = (pin.at(i - 1).digitValue() + step) % 10 == pin.at(i).digitValue();
        }
        if (run) {
            return true;
        }
    }
    return false;
}

} // namespace

bool isCommonPin(const QString &pin)
{
    // Frequent 6-digit PINs that are neither a run nor a repeated block (keyboard and keypad patterns, years).
    static const QSet<QString> frequent { u"112233"_s, u"123321"_s, u"654321"_s, u"159753"_s, u"147258"_s, u"258369"_s,
        u"147852"_s, u"121314"_s, u"696969"_s, u"131313"_s, u"102030"_s, u"100200"_s, u"123654"_s, u"789456"_s,
        u"456123"_s, u"159357"_s, u"753951"_s, u"000007"_s, u"112358"_s, u"314159"_s, u"199001"_s, u"202020"_s,
        u"520520"_s, u"998877"_s, u"778899"_s };
    return frequent.contains(pin) || isRepeatedBlock(pin) || isRun(pin);
}

PinProblem checkNewPin(const QString &pin, const QString &repeated)
{
    if (pin.size() < kMinimumPinLength) {
        return PinProblem::TooShort;
    }
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9') {
            return PinProblem::NotDigits;
        }
    }
    if (isCommonPin(pin)) {
        return PinProblem::Common;
    }
    if (pin != repeated) {
        return PinProblem::Mismatch;
    }
    return PinProblem::None;
}

QString pinProblemSv(PinProblem problem)
{
    switch (problem) {
    case PinProblem::None:
        return {};
    case PinProblem::TooShort:
        return QCoreApplication::translate("Auth", "Koden måste ha minst sex siffror.");
    case PinProblem::NotDigits:
        return QCoreApplication::translate("Auth", "Koden får bara innehålla siffror.");
    case PinProblem::Common:
        return QCoreApplication::translate("Auth", "Koden är för lätt att gissa. Välj en annan kod.");
    case PinProblem::Mismatch:
        return QCoreApplication::translate("Auth", "Koderna är inte lika. Skriv samma kod två gånger.");
    }
    return {};
}

} // namespace akten::core
