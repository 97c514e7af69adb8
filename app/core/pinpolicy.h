// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

namespace akten::core {

/** Why a PIN was refused at enrolment; the UI shows pinProblemSv() for each. */
enum class PinProblem { None, TooShort, NotDigits, Common, Mismatch };

/**
 * PIN rules at enrolment: at least 6 digits, digits only, entered the same twice, and not a common PIN — repeats
 * (111111), ascending or descending runs (123456, 987654), pairs or triples repeated (121212, 123123), and a list of
 * PINs that lead every leaked-PIN frequency table (at least 20 refused in all, see the test).
 */
[[nodiscard]] PinProblem checkNewPin(const QString &pin, const QString &repeated);
[[nodiscard]] bool isCommonPin(const QString &pin);
/** Swedish explanation for staff at the enrolment screen. */
[[nodiscard]] QString pinProblemSv(PinProblem problem);

constexpr int kMinimumPinLength = 6;

} // namespace akten::core
