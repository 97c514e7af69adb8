// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "core/caretime.h"

#include <QDateTime>

namespace akten::core {

QTimeZone careTimeZone()
{
    static const QTimeZone zone = [] {
        const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
        return stockholm.isValid() ? stockholm : QTimeZone::systemTimeZone();
    }();
    return zone;
}

QDate careDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, careTimeZone()).date();
}

QDate careToday()
{
    return careDate(QDateTime::currentMSecsSinceEpoch());
}

} // namespace akten::core
