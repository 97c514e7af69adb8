// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace akten::shell {

/**
 * Installs the UI translation for `language` ("sv", "en", or empty for the system locale). Swedish is the source
 * language and needs none; returns the installed translator (owned by the caller) or null.
 */
[[nodiscard]] std::unique_ptr<QTranslator> installTranslation(QCoreApplication &app, const QString &language);

} // namespace akten::shell
