// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/demo/demodata.h"

namespace akten::store {
class DeviceStore;
}

namespace akten::demo {

/**
 * Writes the demo data into a store in one transaction: master data, then every record in time order with its
 * audit event (author, role, resident, unit, "write.<kind>"), then a "demo.seed" system event. All or nothing.
 */
[[nodiscard]] Status seedDemo(store::DeviceStore &store, const DemoData &data);

} // namespace akten::demo
