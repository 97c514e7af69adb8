// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/signinggridpainter.h"

using namespace Qt::StringLiterals;

namespace akten::report {
namespace {

using L = SigningListLayout;

const QColor ruleColor { 0x80, 0x80, 0x80 };
const QColor weekendHead { 0xe4, 0xe4, 0xe4 };
const QColor retractedColor { 0x50, 0x50, 0x50 };
constexpr double thin = 0.15;
constexpr double bold = 0.4;
constexpr double cellPoints = 8.0;
constexpr double labelPoints = 8.0;

} // namespace

SigningGridPainter::SigningGridPainter(const SigningMonth &month, const SigningListLayout &layout)
    : m_month(month)
    , m_layout(layout)
{ }

void SigningGridPainter::paint(MmPainter &p, int page) const
{
    const QRectF grid = m_layout.gridRect();
    paintColumnHeads(p, grid);
    double y = grid.top() + L::columnHeadHeight;
    const QList<qsizetype> rows = m_layout.rowsOn(page);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SigningRow &row = m_month.rows.at(rows.at(i));
        const double height = L::rowHeight(row) * m_layout.rowScale();
        paintRow(p, row, y, height);
        const bool firstHsl = i > 0 && row.delegatedHsl && !m_month.rows.at(rows.at(i - 1)).delegatedHsl;
        p.line(grid.left(), y, grid.right(), y, firstHsl ? 2 * bold : thin, firstHsl ? Qt::black : ruleColor);
        y += height;
    }
    if (rows.isEmpty()) {
        y += 12.0;
        p.text({ grid.left(), y - 12.0, grid.width(), 12.0 }, Qt::AlignCenter,
            u"Inga insatser på signeringslistan den här månaden."_s, MmPainter::font(10));
    }
    // Columns: a firmer rule before each Monday, so a week is easy to follow across the page.
    for (int d = 1; d < m_month.dayCount(); ++d) {
        const bool monday = m_month.month.addDays(d).dayOfWeek() == 1;
        p.line(m_layout.dayLeft(d), grid.top(), m_layout.dayLeft(d), y, monday ? 0.3 : thin,
            monday ? Qt::black : ruleColor);
    }
    p.line(grid.left() + L::timeWidth, grid.top(), grid.left() + L::timeWidth, y, thin, ruleColor);
    p.line(m_layout.dayLeft(0), grid.top(), m_layout.dayLeft(0), y, bold);
    p.line(grid.left(), grid.top() + L::columnHeadHeight, grid.right(), grid.top() + L::columnHeadHeight, bold);
    p.frame({ grid.left(), grid.top(), grid.width(), y - grid.top() }, bold);
}

void SigningGridPainter::paintColumnHeads(MmPainter &p, const QRectF &grid) const
{
    const double top = grid.top();
    const double half = L::columnHeadHeight / 2;
    p.text({ grid.left(), top, L::timeWidth, L::columnHeadHeight }, Qt::AlignCenter, u"Tid"_s,
        MmPainter::font(labelPoints, true));
    p.text({ grid.left() + L::timeWidth + 1.5, top, L::insatsWidth - 3, L::columnHeadHeight },
        Qt::AlignLeft | Qt::AlignVCenter, u"Insats"_s, MmPainter::font(labelPoints, true));
    for (int d = 0; d < m_month.dayCount(); ++d) {
        const QDate day = m_month.month.addDays(d);
        const QRectF cell { m_layout.dayLeft(d), top, m_layout.dayWidth(), L::columnHeadHeight };
        if (day.dayOfWeek() >= 6) {
            p.fill(cell, weekendHead);
        }
        p.text({ cell.left(), top + 0.3, cell.width(), half }, Qt::AlignCenter, QString::number(d + 1),
            MmPainter::font(labelPoints, true));
        p.text({ cell.left(), top + half - 0.3, cell.width(), half }, Qt::AlignCenter, weekdayLabelSv(day),
            MmPainter::font(6.5));
    }
}

void SigningGridPainter::paintRow(MmPainter &p, const SigningRow &row, double top, double height) const
{
    const double left = m_layout.gridRect().left();
    // The time (and "HSL" under it) and the insats are centred in the row, like the marks.
    const QStringList timeLines = row.asNeeded ? QStringList { u"Vid"_s, u"behov"_s } : QStringList { row.timeLabel() };
    double y = top + (height - (timeLines.size() + (row.delegatedHsl ? 1 : 0)) * L::lineHeight) / 2;
    for (const QString &line : timeLines) {
        p.text({ left, y, L::timeWidth, L::lineHeight }, Qt::AlignCenter, line,
            MmPainter::font(labelPoints, !row.asNeeded));
        y += L::lineHeight;
    }
    if (row.delegatedHsl) {
        const QFont badge = MmPainter::font(6.5, true);
        const double width = p.textWidth(badge, u"HSL"_s) + 1.4;
        const QRectF box { left + (L::timeWidth - width) / 2, y + 0.2, width, L::lineHeight - 0.4 };
        p.frame(box, 0.2);
        p.text(box, Qt::AlignCenter, u"HSL"_s, badge);
    }
    const QFont insatsFont = MmPainter::font(labelPoints);
    const QStringList insatsLines = p.wrapped(insatsFont, row.insats, L::insatsWidth - 3, row.lineCount());
    y = top + (height - insatsLines.size() * L::lineHeight) / 2;
    for (const QString &line : insatsLines) {
        p.text({ left + L::timeWidth + 1.5, y, L::insatsWidth - 3, L::lineHeight }, Qt::AlignLeft | Qt::AlignVCenter,
            line, insatsFont);
        y += L::lineHeight;
    }
    for (int d = 0; d < row.days.size(); ++d) {
        const SigningCell &cell = row.days.at(d);
        const QRectF rect { m_layout.dayLeft(d), top, m_layout.dayWidth(), height };
        if (!cell.scheduled) {
            p.fill(rect, unscheduled);
        } else if (row.asNeeded) {
            paintCount(p, rect, cell.count);
        } else {
            paintMarks(p, rect, cell.marks);
        }
    }
}

void SigningGridPainter::paintMarks(MmPainter &p, const QRectF &cell, const QList<SignatureMark> &marks)
{
    qsizetype lines = 0;
    for (const SignatureMark &mark : marks) {
        lines += mark.lines().size();
    }
    double y = cell.center().y() - lines * L::lineHeight / 2;
    for (const SignatureMark &mark : marks) {
        const QStringList markLines = mark.lines();
        for (qsizetype i = 0; i < markLines.size(); ++i) {
            const bool reason = i > 0;
            const QFont f = MmPainter::font(cellPoints, reason);
            const QRectF line { cell.left(), y, cell.width(), L::lineHeight };
            p.text(line, Qt::AlignCenter, markLines.at(i), f,
                mark.retracted ? retractedColor
                    : reason   ? notDoneColor
                               : QColor(Qt::black));
            if (mark.retracted) {
                const double half = p.textWidth(f, markLines.at(i)) / 2 + 0.5;
                p.line(line.center().x() - half, line.center().y(), line.center().x() + half, line.center().y(), 0.3);
            }
            y += L::lineHeight;
        }
    }
}

void SigningGridPainter::paintCount(MmPainter &p, const QRectF &cell, int count)
{
    if (count > 0) {
        p.text(cell, Qt::AlignCenter, QString::number(count), MmPainter::font(8.5, true));
    }
}

} // namespace akten::report
