// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

namespace akten::auth {

/** Why a PIN was refused at enrolment; the UI shows a Swedish message for each. */
enum class PinProblem { None, TooShort, NotDigits, Common, Mismatch };

/**
 * PIN rules at enrolment: at least 6 digits, digits only, not on the list of common PINs (repeats, sequences,
 * birth-year-like patterns, keyboard patterns; at least 20), and entered the same twice.
 */
class PinPolicy
{
public:
    static constexpr int kMinimumLength = 6;
    [[nodiscard]] static PinProblem check(const QString &pin, const QString &repeated);
    [[nodiscard]] static bool isCommon(const QString &pin);
    [[nodiscard]] static QString messageSv(PinProblem problem);
};

} // namespace akten::auth
