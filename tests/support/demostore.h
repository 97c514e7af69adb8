// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "app/core/caretime.h"
#include "app/core/catalogue.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/models/modelsupport.h"
#include "app/store/devicestore.h"

#include <QTemporaryDir>
#include <QTime>

#include <optional>

namespace akten::test {

/** One device store seeded with the demo unit as of today (care time zone), and the bundled IBIC catalogue. */
struct DemoStore
{
    QTemporaryDir tmp;
    ManualClock clock;
    TestKeyProvider keys;
    std::optional<store::DeviceStore> store;
    std::optional<core::IbicCatalogue> catalogue;
    demo::DemoData data;

    /** The store's clock stands at today 23:59 (care time), the moment the demo data is seeded as of. */
    bool create()
    {
        const QDate today = core::careToday();
        clock.set(core::careInstantMs(today, QTime(23, 59)));
        auto created = store::DeviceStore::create(tmp.filePath(QStringLiteral("s")), keys, clock);
        auto bundled = core::IbicCatalogue::bundled();
        if (!created || !bundled) {
            return false;
        }
        store.emplace(std::move(created).value());
        catalogue.emplace(std::move(bundled).value());
        data = demo::generateDemoUnit(today, store->deviceId(), 20261122, QTime(23, 59));
        return demo::seedDemo(*store, data).ok();
    }
};

} // namespace akten::test
