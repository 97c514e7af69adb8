// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/report/mmpainter.h"
#include "app/report/signinglistlayout.h"
#include "app/report/signingmonth.h"

namespace akten::report {

/**
 * Paints the grid of one page: column headings (time, insats, day and weekday), one band per row with the time
 * and "HSL", the insats, and a cell per day: shaded when nothing is planned, the signers' marks otherwise.
 */
class SigningGridPainter
{
public:
    /** Fill of a cell where the plan has nothing that day. */
    static inline const QColor unscheduled { 0xc8, 0xc8, 0xc8 };
    /** Not-done lines: dark red, and always the word "Ej" (never colour alone). */
    static inline const QColor notDoneColor { 0x9a, 0x1b, 0x1b };

    SigningGridPainter(const SigningMonth &month, const SigningListLayout &layout);

    void paint(MmPainter &p, int page) const;

    /** The marks of a timed cell, one line each, centred in `cell`; retracted ones struck through. */
    static void paintMarks(MmPainter &p, const QRectF &cell, const QList<SignatureMark> &marks);
    /** An as-needed cell: the count, or nothing. */
    static void paintCount(MmPainter &p, const QRectF &cell, int count);

private:
    void paintColumnHeads(MmPainter &p, const QRectF &grid) const;
    void paintRow(MmPainter &p, const SigningRow &row, double top, double height) const;

    const SigningMonth &m_month;
    const SigningListLayout &m_layout;
};

} // namespace akten::report
