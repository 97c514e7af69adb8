// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>
#include <QRectF>
#include <QStringList>

namespace akten::report {

/**
 * A QPainter addressed in millimetres from the page's top-left corner. The painter itself is not scaled: fonts
 * keep their point sizes at the device's own resolution (a PDF writer at 1200 dpi, an image at 150 dpi).
 */
class MmPainter
{
public:
    explicit MmPainter(QPainter &painter)
        : m_painter(painter)
        , m_k(painter.device()->logicalDpiX() / 25.4)
    { }

    [[nodiscard]] QPainter &painter() { return m_painter; }
    [[nodiscard]] double px(double mm) const { return mm * m_k; }
    [[nodiscard]] double mm(double px) const { return px / m_k; }
    [[nodiscard]] QRectF rect(const QRectF &mm) const
    {
        return { px(mm.x()), px(mm.y()), px(mm.width()), px(mm.height()) };
    }

    /** DejaVu Sans (installed with the app) at `points`. */
    [[nodiscard]] static QFont font(double points, bool bold = false)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    /** Width of `text` in millimetres. */
    [[nodiscard]] double textWidth(const QFont &f, const QString &text) const
    {
        return mm(QFontMetricsF(f, m_painter.device()).horizontalAdvance(text));
    }

    /**
     * `text` broken at spaces into lines of at most `widthMm`, at most `maxLines` of them; the last one ends in
     * "…" when the text does not fit.
     */
    [[nodiscard]] QStringList wrapped(const QFont &f, const QString &text, double widthMm, int maxLines) const
    {
        const QFontMetricsF metrics(f, m_painter.device());
        const double width = px(widthMm);
        QStringList lines;
        QString current;
        const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString candidate = current.isEmpty() ? words.at(i) : current + u' ' + words.at(i);
            if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
                current = candidate;
                continue;
            }
            if (lines.size() + 1 == maxLines) {
                current = candidate + u' ' + words.mid(i + 1).join(u' ');
                break;
            }
            lines << current;
            current = words.at(i);
        }
        if (!current.isEmpty()) {
            lines << metrics.elidedText(current, Qt::ElideRight, width);
        }
        return lines;
    }

    void text(const QRectF &mm, int flags, const QString &text, const QFont &f, const QColor &color = Qt::black)
    {
        m_painter.setFont(f);
        m_painter.setPen(color);
        m_painter.drawText(rect(mm), flags, text);
    }
    void fill(const QRectF &mm, const QColor &color) { m_painter.fillRect(rect(mm), color); }
    void line(double x1, double y1, double x2, double y2, double widthMm, const QColor &color = Qt::black)
    {
        m_painter.setPen(QPen(color, px(widthMm), Qt::SolidLine, Qt::FlatCap));
        m_painter.drawLine(QPointF(px(x1), px(y1)), QPointF(px(x2), px(y2)));
    }
    void frame(const QRectF &mm, double widthMm, const QColor &color = Qt::black)
    {
        m_painter.setPen(QPen(color, px(widthMm), Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(rect(mm));
    }

private:
    QPainter &m_painter;
    double m_k; ///< device pixels per millimetre
};

} // namespace akten::report
