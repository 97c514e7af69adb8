// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/shell/settings.h"

#include <memory>

class QObject;

namespace akten::platform {
class BadgeReader;
}

namespace akten::shell {

/** Builds the configured reader backend. `keyEvents` is what a keyboard wedge filters (the application). */
[[nodiscard]] std::unique_ptr<platform::BadgeReader> createBadgeReader(
    const ReaderSettings &settings, QObject *keyEvents);

} // namespace akten::shell
