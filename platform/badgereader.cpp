// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/badgereader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace akten::platform {

void BadgeReader::setState(ReaderState state, const QString &detail)
{
    m_detail = detail;
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

QString normaliseUidHex(const QString &text)
{
    QString hex = text.trimmed().toUpper();
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    static const QRegularExpression pattern(u"^(?:[0-9A-F]{2}){4,10}$"_s);
    return pattern.match(hex).hasMatch() ? hex : QString();
}

} // namespace akten::platform
