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
 * Enrols the demo badges with their documented PINs (Argon2id verifiers, ~0.1 s each) in one transaction, with a
 * "badge.enrol" system event per badge. Separate from seedDemo() because hashing takes time the other tests do not
 * need.
 */
[[nodiscard]] Status enrolDemoBadges(store::DeviceStore &store, const QList<DemoBadge> &badges);

} // namespace akten::demo
