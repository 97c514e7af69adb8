// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Printed copies of a record (a journal copy, the archive export): text that flows over A4 portrait pages under a
// header that names the resident on every page. Sensitive: the paragraphs are the record; never log them.
#pragma once

#include "app/core/result.h"

#include <QImage>
#include <QList>
#include <QString>

class QIODevice;
class QPaintDevice;
class QPainter;

namespace akten::report {

/** One paragraph of a printed record. */
struct FlowParagraph
{
    enum class Style {
        Heading, ///< a part's title ("Social journal")
        Subheading, ///< an entry's date and kind
        Body,
        Meta, ///< who wrote it and when (smaller, grey)
        Struck, ///< a corrected original: struck through and grey, still readable
        Note, ///< a correction or the resident's objection: marked with a bar in the margin
    };
    Style style = Style::Body;
    QString text; ///< line breaks start new lines
};

/** Paragraphs kept on one page when they fit (a journal entry with its corrections). */
using FlowBlock = QList<FlowParagraph>;

/** One part of a printed record: it starts on a new page under its heading. */
struct FlowSection
{
    QString title;
    QList<FlowBlock> blocks;
    QString emptyText; ///< shown when there are no blocks ("Inga anteckningar under perioden.")
};

/** What every page shows at the top, with "Sida n av N". */
struct PageHeader
{
    QString documentTitle; ///< "Kopia av social journal"
    QString resident; ///< "Margit Andersson, 19340412-1234"
    QString unit;
    QString printedBy; ///< "Karin Ek, enhetschef"
    QString printedAt; ///< "2026-11-29 09:12"
    QString scope; ///< "Period 2026-10-01 – 2026-10-31", "Hela journalen"
};

/**
 * A document of sections laid out on A4 portrait (18 mm margins) for a given device's font metrics and painted on it:
 * a PDF from Qt's own writer, or a page as an image through the very same painting (for tests and previews).
 * Section painters (report/journalcopy.h, report/casearchive.h) only build FlowSections; parts added later plug in
 * as more sections. Needs a QGuiApplication (fonts).
 */
class FlowDocument
{
public:
    FlowDocument(PageHeader header, QList<FlowSection> sections);

    /** Writes every page to `out` (PDF/A-1b); returns the page count. */
    [[nodiscard]] Result<int> writePdf(QIODevice &out) const;
    /** The page count when laid out at `dpi`. */
    [[nodiscard]] int pageCount(int dpi = 150) const;
    /** Page `page` (from 0) on a white A4 image at `dpi`; a null image if there is no such page. */
    [[nodiscard]] QImage renderPage(int page, int dpi = 150) const;

    [[nodiscard]] const PageHeader &header() const { return m_header; }
    [[nodiscard]] const QList<FlowSection> &sections() const { return m_sections; }

private:
    struct Line
    {
        FlowParagraph::Style style;
        QString text;
        double y = 0; ///< top, mm from the page's top
    };
    using Page = QList<Line>;
    [[nodiscard]] QList<Page> layout(const QPaintDevice &device) const;
    void paintPage(QPainter &painter, const Page &page, int number, int count) const;

    PageHeader m_header;
    QList<FlowSection> m_sections;
};

} // namespace akten::report
