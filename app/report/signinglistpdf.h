// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/report/signingmonth.h"

#include <QImage>

#include <functional>

class QIODevice;

namespace akten::report {

/**
 * The monthly signing list as a file: a PDF from Qt's own writer (A4 landscape, PDF/A-1b for the record, fonts
 * embedded), or one page as an image. Needs a QGuiApplication (fonts).
 */
class SigningListPdf
{
public:
    /** Writes every page to `out`; returns the page count. */
    [[nodiscard]] static Result<int> write(const SigningMonth &month, QIODevice &out);

    /**
     * Writes the PDF to `path` atomically: rendered into a QSaveFile next to it, then `beforeCommit` (the audit
     * event, given the page count) and only if that succeeds the file is committed. Any failure leaves no file and
     * no partial file; a file already at `path` stays as it was. The file is readable by its owner only.
     */
    [[nodiscard]] static Result<int> save(
        const SigningMonth &month, const QString &path, const std::function<Status(int pages)> &beforeCommit);

    /** Page `page` (from 0) painted on a white A4 landscape image at `dpi`, the same layout as the PDF. */
    [[nodiscard]] static QImage renderPage(const SigningMonth &month, int page, int dpi = 150);
};

} // namespace akten::report
