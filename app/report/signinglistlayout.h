// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/report/signingmonth.h"

#include <QList>
#include <QRectF>

namespace akten::report {

/**
 * Where the monthly list goes on A4 landscape pages, in millimetres, and which rows go on which page. Pure
 * arithmetic on line counts (no fonts), so the page split is the same on a PDF writer, a printer and an image.
 */
class SigningListLayout
{
public:
    static constexpr double pageWidth = 297.0;
    static constexpr double pageHeight = 210.0;
    static constexpr double margin = 10.0;
    static constexpr double headerHeight = 21.0; ///< title, resident and unit, printed by
    static constexpr double columnHeadHeight = 8.0; ///< "Tid", "Insats", day numbers and weekdays
    static constexpr double timeWidth = 14.0;
    static constexpr double insatsWidth = 52.0;
    static constexpr double lineHeight = 3.3; ///< one line of a cell (7.5 pt)
    static constexpr double rowPadding = 1.4;
    static constexpr double footerLineHeight = 4.0; ///< one line of the legend (8 pt)
    static constexpr int legendLines = 3; ///< what the marks mean (two lines), the reasons' letters
    static constexpr int signersPerLine = 4;
    static constexpr double maxRowScale = 1.5; ///< a short list gets taller rows, up to this much, to sign by hand

    explicit SigningListLayout(const SigningMonth &month);

    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }
    /** Indices into SigningMonth::rows on `page` (from 0), in order. */
    [[nodiscard]] QList<qsizetype> rowsOn(int page) const { return m_pages.value(page); }
    /** A row's height before rowScale(). */
    [[nodiscard]] static double rowHeight(const SigningRow &row);
    /**
     * How much every row is stretched (1 … maxRowScale) so that a list with room to spare uses it: the same on
     * every page, so the rows of a list are the same height throughout.
     */
    [[nodiscard]] double rowScale() const { return m_rowScale; }

    [[nodiscard]] static QRectF pageRect() { return { 0, 0, pageWidth, pageHeight }; }
    [[nodiscard]] static QRectF headerRect() { return { margin, margin, pageWidth - 2 * margin, headerHeight }; }
    /** The grid: column headings, then rows from gridTop() + columnHeadHeight. */
    [[nodiscard]] QRectF gridRect() const;
    [[nodiscard]] QRectF footerRect() const;
    [[nodiscard]] double dayWidth() const;
    /** Left edge of day `index` (0 = the 1st). */
    [[nodiscard]] double dayLeft(int index) const;
    [[nodiscard]] double footerHeight() const;
    [[nodiscard]] int signerLines() const;

private:
    int m_dayCount;
    qsizetype m_signers;
    QList<QList<qsizetype>> m_pages;
    double m_rowScale = 1.0;
};

} // namespace akten::report
