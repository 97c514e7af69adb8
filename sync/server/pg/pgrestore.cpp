// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/pg/pgrestore.h"

#include "sync/server/centralbackup.h"
#include "sync/server/pg/pgconnection.h"

using namespace Qt::StringLiterals;

namespace akten::sync::pg {

Result<std::pair<QList<std::pair<QString, qint64>>, qint64>> moveRestoredLogOn(
    const QString &conninfo, const QByteArray &password)
{
    auto connection = PgConnection::connect(conninfo, password);
    if (!connection) {
        return connection.error();
    }
    PgConnection &db = *connection.value();
    QList<std::pair<QString, qint64>> counts;
    for (const char *table : { "devices", "units", "staff", "residents", "rejected", "tamper_alarms" }) {
        auto count = db.exec(u"SELECT count(*) FROM "_s + QLatin1String(table));
        if (!count) {
            return count.error();
        }
        counts.append({ QLatin1String(table), count.value().int64(0, 0) });
    }
    auto kinds = db.exec(u"SELECT kind, count(*) FROM records GROUP BY kind ORDER BY kind"_s);
    if (!kinds) {
        return kinds.error();
    }
    for (int row = 0; row < kinds.value().rows(); ++row) {
        counts.append({ u"records "_s + kinds.value().text(row, 0), kinds.value().int64(row, 1) });
    }
    // setval() marks the value as used: the next position is one beyond it.
    auto moved = db.exec(u"SELECT setval(pg_get_serial_sequence('records', 'position'), "
                         "(SELECT COALESCE(max(position), 0) FROM records) + $1::bigint)"_s,
        { QString::number(kRestorePositionJump) });
    if (!moved) {
        return moved.error();
    }
    return std::pair { counts, moved.value().int64(0, 0) + 1 };
}

} // namespace akten::sync::pg
