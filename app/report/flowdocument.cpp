// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/flowdocument.h"

#include "app/report/mmpainter.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace akten::report {
namespace {

constexpr double kPageWidth = 210;
constexpr double kPageHeight = 297;
constexpr double kMargin = 18;
constexpr double kBodyTop = 36;
constexpr double kBodyBottom = 278;
constexpr double kNoteIndent = 5;
constexpr double kParagraphGap = 1.2;
constexpr double kBlockGap = 4;
const QColor kGrey(0x55, 0x55, 0x55);
const QColor kAccent(0x0E, 0x5E, 0x6F);

QFont fontOf(FlowParagraph::Style style)
{
    using S = FlowParagraph::Style;
    switch (style) {
    case S::Heading:
        return MmPainter::font(15, true);
    case S::Subheading:
        return MmPainter::font(10.5, true);
    case S::Meta:
        return MmPainter::font(8.5);
    case S::Struck: {
        QFont f = MmPainter::font(10);
        f.setStrikeOut(true);
        return f;
    }
    case S::Body:
    case S::Note:
        break;
    }
    return MmPainter::font(10);
}

QColor colourOf(FlowParagraph::Style style)
{
    return style == FlowParagraph::Style::Meta || style == FlowParagraph::Style::Struck ? kGrey : QColor(Qt::black);
}

double indentOf(FlowParagraph::Style style)
{
    return style == FlowParagraph::Style::Note ? kNoteIndent : 0;
}

/** Millimetres per device pixel of `device`. */
double mmPerPx(const QPaintDevice &device)
{
    return 25.4 / device.logicalDpiY();
}

} // namespace

FlowDocument::FlowDocument(PageHeader header, QList<FlowSection> sections)
    : m_header(std::move(header))
    , m_sections(std::move(sections))
{ }

QList<FlowDocument::Page> FlowDocument::layout(const QPaintDevice &device) const
{
    const double k = mmPerPx(device);
    const double width = kPageWidth - 2 * kMargin;
    // The lines of one paragraph as the device measures them (MmPainter::wrapped, one call per written line).
    const auto linesOf = [&](const FlowParagraph &paragraph) {
        const QFont font = fontOf(paragraph.style);
        const QFontMetricsF metrics(font, &device);
        const double available = (width - indentOf(paragraph.style)) / k;
        QStringList lines;
        for (const QString &written : paragraph.text.split(u'\n')) {
            QString current;
            const QStringList words = written.simplified().split(u' ', Qt::SkipEmptyParts);
            for (const QString &word : words) {
                const QString candidate = current.isEmpty() ? word : current + u' ' + word;
                if (!current.isEmpty() && metrics.horizontalAdvance(candidate) > available) {
                    lines << current;
                    current = word;
                } else {
                    current = candidate;
                }
            }
            lines << current; // an empty written line keeps its place
        }
        return std::pair(lines, metrics.lineSpacing() * k);
    };
    QList<Page> pages;
    double y = kBodyTop;
    const auto newPage = [&] {
        pages.append(Page {});
        y = kBodyTop;
    };
    for (const FlowSection &section : m_sections) {
        newPage();
        QList<FlowBlock> blocks = section.blocks;
        blocks.prepend({ { FlowParagraph::Style::Heading, section.title } });
        if (section.blocks.isEmpty() && !section.emptyText.isEmpty()) {
            blocks.append({ { FlowParagraph::Style::Body, section.emptyText } });
        }
        for (const FlowBlock &block : std::as_const(blocks)) {
            QList<Line> lines;
            double height = 0;
            for (const FlowParagraph &paragraph : block) {
                const auto [texts, lineHeight] = linesOf(paragraph);
                for (const QString &text : texts) {
                    lines.append({ paragraph.style, text, height });
                    height += lineHeight;
                }
                height += kParagraphGap;
            }
            // Kept together when it fits on a fresh page; a longer block flows on over the break.
            if (y + height > kBodyBottom && y > kBodyTop && height <= kBodyBottom - kBodyTop) {
                newPage();
            }
            const double top = y;
            double shift = 0;
            for (Line line : std::as_const(lines)) {
                line.y += top - shift;
                const double lineHeight = QFontMetricsF(fontOf(line.style), &device).lineSpacing() * k;
                if (line.y + lineHeight > kBodyBottom && line.y > kBodyTop) {
                    newPage();
                    shift += line.y - kBodyTop;
                    line.y = kBodyTop;
                }
                pages.last().append(line);
                y = line.y + lineHeight;
            }
            y += kBlockGap;
        }
    }
    return pages;
}

void FlowDocument::paintPage(QPainter &painter, const Page &page, int number, int count) const
{
    MmPainter p(painter);
    const double width = kPageWidth - 2 * kMargin;
    const QString pageText = u"Sida %1 av %2"_s.arg(number).arg(count);
    // The header: what this is, whose, where, who printed it and when, on every page.
    p.text({ kMargin, 10, width * 0.7, 7 }, Qt::AlignLeft | Qt::AlignVCenter, m_header.documentTitle,
        MmPainter::font(12, true), kAccent);
    p.text({ kMargin, 10, width, 7 }, Qt::AlignRight | Qt::AlignVCenter, pageText, MmPainter::font(11, true));
    p.text({ kMargin, 17.5, width * 0.62, 5 }, Qt::AlignLeft | Qt::AlignVCenter, u"Boende: "_s + m_header.resident,
        MmPainter::font(9, true));
    p.text({ kMargin + width * 0.62, 17.5, width * 0.38, 5 }, Qt::AlignRight | Qt::AlignVCenter,
        u"Enhet: "_s + m_header.unit, MmPainter::font(9, true));
    p.text({ kMargin, 23, width * 0.62, 5 }, Qt::AlignLeft | Qt::AlignVCenter,
        u"Utskriven av %1, %2"_s.arg(m_header.printedBy, m_header.printedAt), MmPainter::font(9));
    p.text({ kMargin + width * 0.62, 23, width * 0.38, 5 }, Qt::AlignRight | Qt::AlignVCenter, m_header.scope,
        MmPainter::font(9));
    p.line(kMargin, 30, kMargin + width, 30, 0.4, kAccent);
    for (const Line &line : page) {
        const QFont font = fontOf(line.style);
        const double indent = indentOf(line.style);
        const double height = p.mm(QFontMetricsF(font, painter.device()).lineSpacing());
        if (line.style == FlowParagraph::Style::Note) {
            p.fill({ kMargin + 0.5, line.y, 1.2, height }, kAccent);
        }
        p.text({ kMargin + indent, line.y, width - indent, height }, Qt::AlignLeft | Qt::AlignVCenter, line.text, font,
            colourOf(line.style));
    }
    p.line(kMargin, 283, kMargin + width, 283, 0.2, kGrey);
    p.text({ kMargin, 284.5, width * 0.75, 5 }, Qt::AlignLeft | Qt::AlignVCenter,
        u"Kopia ur Akten. Innehåller personuppgifter: förvaras så att obehöriga inte kan läsa den."_s,
        MmPainter::font(7.5), kGrey);
    p.text({ kMargin, 284.5, width, 5 }, Qt::AlignRight | Qt::AlignVCenter, pageText, MmPainter::font(8.5, true));
}

Result<int> FlowDocument::writePdf(QIODevice &out) const
{
    QPdfWriter writer(&out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // self-contained: readable in the archive
    writer.setTitle(m_header.documentTitle);
    writer.setCreator(u"Akten"_s);
    writer.setResolution(600);
    if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()))) {
        return Error { ErrorCode::Internal, u"the PDF writer refused the A4 page"_s };
    }
    const QList<Page> pages = layout(writer);
    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error { ErrorCode::Io, u"could not start the PDF"_s };
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !writer.newPage()) {
            return Error { ErrorCode::Io, u"could not add page %1 to the PDF"_s.arg(i + 1) };
        }
        paintPage(painter, pages.at(i), int(i + 1), int(pages.size()));
    }
    if (!painter.end()) {
        return Error { ErrorCode::Io, u"could not finish the PDF"_s };
    }
    return int(pages.size());
}

namespace {

QImage blankPage(int dpi)
{
    const double perMm = dpi / 25.4;
    QImage image(int(std::lround(kPageWidth * perMm)), int(std::lround(kPageHeight * perMm)), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(perMm * 1000)));
    image.setDotsPerMeterY(int(std::lround(perMm * 1000)));
    image.fill(Qt::white);
    return image;
}

} // namespace

int FlowDocument::pageCount(int dpi) const
{
    return int(layout(blankPage(dpi)).size());
}

QImage FlowDocument::renderPage(int page, int dpi) const
{
    QImage image = blankPage(dpi);
    const QList<Page> pages = layout(image);
    if (page < 0 || page >= pages.size()) {
        return {};
    }
    QPainter painter(&image);
    paintPage(painter, pages.at(page), page + 1, int(pages.size()));
    painter.end();
    return image;
}

} // namespace akten::report
