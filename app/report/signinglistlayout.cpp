// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/signinglistlayout.h"

#include <algorithm>

namespace akten::report {

SigningListLayout::SigningListLayout(const SigningMonth &month)
    : m_dayCount(std::max(month.dayCount(), 1))
    , m_signers(month.signers.size())
{
    const double rowsHeight = gridRect().height() - columnHeadHeight;
    QList<qsizetype> page;
    double used = 0;
    for (qsizetype i = 0; i < month.rows.size(); ++i) {
        const double height = rowHeight(month.rows.at(i));
        if (!page.isEmpty() && used + height > rowsHeight) {
            m_pages.append(page); // the row goes on with the next page; a row is never cut in two
            page.clear();
            used = 0;
        }
        page.append(i);
        used += height;
    }
    if (m_pages.isEmpty() && used > 0) {
        m_rowScale = std::clamp(rowsHeight / used, 1.0, maxRowScale); // one page: its rows may use the room
    }
    m_pages.append(page); // a month without rows still prints one page that says so
}

double SigningListLayout::rowHeight(const SigningRow &row)
{
    return row.lineCount() * lineHeight + rowPadding;
}

int SigningListLayout::signerLines() const
{
    return int(std::max<qsizetype>(1, (m_signers + signersPerLine - 1) / signersPerLine));
}

double SigningListLayout::footerHeight() const
{
    // A gap, the legend, the signature clarification and the page number.
    return 2.0 + (legendLines + signerLines() + 1) * footerLineHeight;
}

QRectF SigningListLayout::gridRect() const
{
    const double top = margin + headerHeight;
    return { margin, top, pageWidth - 2 * margin, pageHeight - margin - footerHeight() - top };
}

QRectF SigningListLayout::footerRect() const
{
    return { margin, pageHeight - margin - footerHeight(), pageWidth - 2 * margin, footerHeight() };
}

double SigningListLayout::dayWidth() const
{
    return (pageWidth - 2 * margin - timeWidth - insatsWidth) / m_dayCount;
}

double SigningListLayout::dayLeft(int index) const
{
    return margin + timeWidth + insatsWidth + index * dayWidth();
}

} // namespace akten::report
