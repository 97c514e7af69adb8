// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/easyread.h"
#include "app/core/result.h"

#include <functional>

class QIODevice;

namespace akten::report {

/** The easy-read plan as printed for the resident: a title, then one large card per activity. */
struct EasyReadDocument
{
    QString title; ///< "Margits plan"
    QString subtitle; ///< "Så här får du stöd. Planen gäller från 12 mars 2026."
    QList<core::EasyReadCard> cards;
};

/**
 * The easy-read plan as a PDF from Qt's own writer (A4 portrait, PDF/A-1b, large text: 16 pt and up), written
 * atomically like the signing list (report/signinglistpdf.h): no audit, no file. Needs a QGuiApplication (fonts).
 */
class EasyReadPdf
{
public:
    [[nodiscard]] static Result<int> write(const EasyReadDocument &document, QIODevice &out);
    [[nodiscard]] static Result<int> save(
        const EasyReadDocument &document, const QString &path, const std::function<Status(int pages)> &beforeCommit);
};

} // namespace akten::report
