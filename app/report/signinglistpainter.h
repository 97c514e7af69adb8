// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/report/signinglistlayout.h"
#include "app/report/signingmonth.h"

class QPainter;

namespace akten::report {

class MmPainter;

/**
 * Paints one page of the monthly signing list onto whatever device the painter has (a QPdfWriter, a printer, or a
 * QImage of the same A4 landscape size): the header (resident, unit, month, printed by and when), the grid, and
 * the footer (what the marks mean, the reasons' letters, who the initials are, "Sida 1 av 2").
 */
class SigningListPainter
{
public:
    /** `month` must outlive the painter. */
    explicit SigningListPainter(const SigningMonth &month);

    [[nodiscard]] int pageCount() const { return m_layout.pageCount(); }
    /** Paints `page` (from 0); the device's top-left corner is the page's. */
    void paint(QPainter &painter, int page) const;

private:
    void paintHeader(MmPainter &p) const;
    void paintFooter(MmPainter &p, int page) const;
    void paintLegend(MmPainter &p, double top) const;
    void paintSigners(MmPainter &p, double top) const;

    const SigningMonth &m_month;
    SigningListLayout m_layout;
};

} // namespace akten::report
