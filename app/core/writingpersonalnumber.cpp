// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A full personal identity number in journal text (the guideline 7.1 counts it among a person's personal
// circumstances under secrecy; it is on the record already and does not belong in a note).
#include "app/core/writingrules.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace akten::core::writing {
namespace {

// Personnummer YYYYMMDD-NNNN, YYMMDD-NNNN (+ for 100 years or older), YYYYMMDDNNNN, YYMMDDNNNN; checked further
// below (date, Luhn), so that dates, times and phone numbers are not taken for one.
const QRegularExpression &personalNumberPattern()
{
    static const QRegularExpression re(u"(?<![\\d\\-+/.])((?:18|19|20)?\\d{6})([-+]?)(\\d{4})(?!\\d)"_s);
    return re;
}

bool luhnValid(QStringView tenDigits)
{
    int sum = 0;
    for (qsizetype i = 0; i < tenDigits.size(); ++i) {
        int d = tenDigits.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return sum % 10 == 0;
}

bool isPersonalNumber(const QString &date, const QString &separator, const QString &serial)
{
    const bool century = date.size() == 8;
    if (!century && separator.isEmpty() && date.startsWith(u'0')) {
        return false; // ten bare digits from 0: a Swedish phone number ("0701234567") is read as one
    }
    const QString yymmdd = date.right(6);
    const int month = yymmdd.mid(2, 2).toInt();
    int day = yymmdd.mid(4, 2).toInt();
    if (day > 60) {
        day -= 60; // samordningsnummer
    }
    const int yy = yymmdd.left(2).toInt();
    const bool validDate = century ? QDate::isValid(date.left(4).toInt(), month, day)
                                   : (QDate::isValid(2000 + yy, month, day) || QDate::isValid(1900 + yy, month, day));
    return validDate && luhnValid(QString(yymmdd + serial));
}

} // namespace

QList<std::pair<qsizetype, qsizetype>> findPersonalNumbers(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    QRegularExpressionMatchIterator numbers = personalNumberPattern().globalMatch(text);
    while (numbers.hasNext()) {
        const QRegularExpressionMatch m = numbers.next();
        if (isPersonalNumber(m.captured(1), m.captured(2), m.captured(3))) {
            found.append({ m.capturedStart(), m.capturedEnd() });
        }
    }
    return found;
}

} // namespace akten::core::writing
