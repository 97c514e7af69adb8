// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QJsonObject>
#include <QString>

namespace akten::test {

/** `record` (an id-keyed record in the sync form) as a new record: id and key `id`, `changes` applied to its row. */
[[nodiscard]] inline QJsonObject recordVariant(const QJsonObject &record, const QString &id, const QJsonObject &changes)
{
    QJsonObject copy = record;
    QJsonObject row = copy.value(QLatin1String("row")).toObject();
    row.insert(QStringLiteral("id"), id);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        row.insert(it.key(), it.value());
    }
    copy.insert(QStringLiteral("row"), row);
    copy.insert(QStringLiteral("key"), id);
    return copy;
}

} // namespace akten::test
