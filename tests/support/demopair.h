// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/store/database.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "app/store/statement.h"

#include <QMap>
#include <QTemporaryDir>

#include <optional>

namespace akten::test {

/**
 * Two device stores for sync tests: A holds the seeded demo unit (its outbox full), B only the demo's master data,
 * as the central store would have sent it down.
 */
struct DemoPair
{
    QTemporaryDir tmp;
    ManualClock clock;
    TestKeyProvider keysA;
    TestKeyProvider keysB;
    std::optional<store::DeviceStore> a;
    std::optional<store::DeviceStore> b;
    demo::DemoData data;

    bool create()
    {
        auto createdA = store::DeviceStore::create(tmp.filePath(QStringLiteral("a")), keysA, clock);
        auto createdB = store::DeviceStore::create(tmp.filePath(QStringLiteral("b")), keysB, clock);
        if (!createdA || !createdB) {
            return false;
        }
        a.emplace(std::move(createdA).value());
        b.emplace(std::move(createdB).value());
        data = demo::generateDemoUnit(QDate(2026, 11, 20), a->deviceId(), 20261122, QTime(12, 0));
        if (!demo::seedDemo(*a, data)) {
            return false;
        }
        return copyMasterTo(*b);
    }

    /** The demo's master data (units, staff, residents) into `store`, as the central store would have sent it down. */
    bool copyMasterTo(store::DeviceStore &store) const
    {
        store::MasterDataRepository master(store.db());
        bool ok = true;
        for (const auto &unit : data.units) {
            ok = ok && master.upsertUnit(unit).ok();
        }
        for (const auto &staff : data.staff) {
            ok = ok && master.upsertStaff(staff).ok();
        }
        for (const auto &resident : data.residents) {
            ok = ok && master.upsertResident(resident).ok();
        }
        return ok;
    }

    /**
     * The records a store wrote itself, by `aktenctl stats` key: what its outbox holds. The demo also carries a plan
     * revision from another tablet (the plan conflict), which is that tablet's to upload.
     */
    static QMap<QString, qint64> ownCounts(store::DeviceStore &store)
    {
        static const QList<QPair<QString, QString>> tables {
            { QStringLiteral("plans"), QStringLiteral("plan_revisions") },
            { QStringLiteral("plan_follow_ups"), QStringLiteral("plan_follow_ups") },
            { QStringLiteral("journal_entries"), QStringLiteral("journal_entries") },
            { QStringLiteral("corrections"), QStringLiteral("corrections") },
            { QStringLiteral("signatures"), QStringLiteral("signatures") },
            { QStringLiteral("signature_retractions"), QStringLiteral("signature_retractions") },
            { QStringLiteral("consent_events"), QStringLiteral("consent_events") },
            { QStringLiteral("release_records"), QStringLiteral("release_records") },
            { QStringLiteral("release_events"), QStringLiteral("release_events") },
            { QStringLiteral("day_notes"), QStringLiteral("day_notes") },
            { QStringLiteral("day_note_reviews"), QStringLiteral("day_note_reviews") },
            { QStringLiteral("record_documents"), QStringLiteral("record_documents") },
            { QStringLiteral("quality_samples"), QStringLiteral("quality_samples") },
            { QStringLiteral("quality_reviews"), QStringLiteral("quality_reviews") },
            { QStringLiteral("case_closures"), QStringLiteral("case_closures") },
            { QStringLiteral("audit_events"), QStringLiteral("audit_events") },
        };
        QMap<QString, qint64> counts;
        for (const auto &[key, table] : tables) {
            auto statement
                = store.db().prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE device_id = ?").arg(table));
            if (!statement) {
                return {};
            }
            auto row = statement.value().bind(1, store.deviceId()).step();
            if (!row || !row.value()) {
                return {};
            }
            counts.insert(key, statement.value().int64(0));
        }
        return counts;
    }
};

} // namespace akten::test
