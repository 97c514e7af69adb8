// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

namespace akten::platform {

/**
 * Whether the machine has a keyboard attached, from the kernel's input device list (Linux: /proc/bus/input/devices):
 * a device with the kbd handler that sends keys with auto-repeat (EV_KEY and EV_REP), which power and sleep buttons,
 * lid switches and media remotes do not. A USB keyboard-wedge badge reader counts as a keyboard too: a tablet with
 * one sets [input] on_screen_keyboard = on. False when the list cannot be read.
 */
[[nodiscard]] bool hasHardwareKeyboard(const QString &devicesFile = QStringLiteral("/proc/bus/input/devices"));

/** The same decision from the text of such a list (tests). */
[[nodiscard]] bool listHasKeyboard(const QString &devices);

} // namespace akten::platform
