// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/signinglistpainter.h"

#include "app/report/mmpainter.h"
#include "app/report/signinggridpainter.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace akten::report {
namespace {

using L = SigningListLayout;
constexpr double legendPoints = 8.0;
constexpr double sampleWidth = 8.0;

/** One legend entry: a sample drawn as the grid draws it, and what it means. */
struct LegendItem
{
    std::function<void(MmPainter &, const QRectF &)> sample;
    QString meaning;
};

QList<LegendItem> legendItems()
{
    const auto marks = [](SignatureMark mark) {
        return [mark](MmPainter &p, const QRectF &box) { SigningGridPainter::paintMarks(p, box, { mark }); };
    };
    return {
        { marks({ u"AB"_s, false, {}, false, false }), u"signum: förnamn och efternamn"_s },
        { marks({ u"AB"_s, false, {}, true, false }), u"signerad i efterhand"_s },
        { marks({ u"AB"_s, false, {}, false, true }), u"makulerad (står kvar)"_s },
        { [](MmPainter &p, const QRectF &box) {
             p.text(box, Qt::AlignCenter, u"Ej A"_s, MmPainter::font(7.5, true), SigningGridPainter::notDoneColor);
         },
            u"ej utförd, orsak A (under signum)"_s },
        { [](MmPainter &p, const QRectF &box) { SigningGridPainter::paintCount(p, box, 2); },
            u"antal gånger, vid behov"_s },
        { [](MmPainter &, const QRectF &) {}, u"tom ruta: inte signerad"_s },
        { [](MmPainter &p, const QRectF &box) { p.fill(box, SigningGridPainter::unscheduled); },
            u"ingen insats planerad den dagen"_s },
        { [](MmPainter &p, const QRectF &box) { p.text(box, Qt::AlignCenter, u"HSL"_s, MmPainter::font(6.5, true)); },
            u"delegerad hälso- och sjukvårdsuppgift"_s },
    };
}

} // namespace

SigningListPainter::SigningListPainter(const SigningMonth &month)
    : m_month(month)
    , m_layout(month)
{ }

void SigningListPainter::paint(QPainter &painter, int page) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    MmPainter p(painter);
    paintHeader(p);
    SigningGridPainter(m_month, m_layout).paint(p, page);
    paintFooter(p, page);
    painter.restore();
}

void SigningListPainter::paintHeader(MmPainter &p) const
{
    const QRectF header = L::headerRect();
    const double x = header.left();
    const double w = header.width();
    const double y = header.top();
    p.text({ x, y, w, 8 }, Qt::AlignLeft | Qt::AlignVCenter, u"Signeringslista, "_s + monthLabelSv(m_month.month),
        MmPainter::font(16, true));
    p.text({ x, y + 8.5, w, 5.5 }, Qt::AlignLeft | Qt::AlignVCenter,
        m_month.residentName + u", "_s + m_month.personalNumber, MmPainter::font(12, true));
    p.text({ x, y + 8.5, w, 5.5 }, Qt::AlignRight | Qt::AlignVCenter,
        m_month.room.isEmpty() ? u"Enhet: "_s + m_month.unitName
                               : u"Enhet: %1, %2"_s.arg(m_month.unitName, m_month.room),
        MmPainter::font(11));
    p.text({ x, y + 14.5, w, 5 }, Qt::AlignLeft | Qt::AlignVCenter,
        u"Utskriven av %1 den %2"_s.arg(m_month.printedBy, dateTimeLabelSv(m_month.printedAt)), MmPainter::font(9));
    if (m_month.protectedIdentity) {
        p.text({ x, y + 14.5, w, 5 }, Qt::AlignRight | Qt::AlignVCenter,
            u"Skyddade personuppgifter: förvara oåtkomligt för obehöriga"_s, MmPainter::font(9, true));
    }
}

void SigningListPainter::paintFooter(MmPainter &p, int page) const
{
    const QRectF footer = m_layout.footerRect();
    double y = footer.top() + 2.0;
    paintLegend(p, y);
    y += L::legendLines * L::footerLineHeight;
    paintSigners(p, y);
    y += m_layout.signerLines() * L::footerLineHeight;
    const QRectF last { footer.left(), y, footer.width(), L::footerLineHeight };
    p.text(last, Qt::AlignLeft | Qt::AlignVCenter,
        m_month.residentName + u", "_s + m_month.personalNumber + u", "_s + monthLabelSv(m_month.month),
        MmPainter::font(legendPoints));
    p.text(last, Qt::AlignRight | Qt::AlignVCenter, u"Sida %1 av %2"_s.arg(page + 1).arg(pageCount()),
        MmPainter::font(9, true));
}

void SigningListPainter::paintLegend(MmPainter &p, double top) const
{
    const QRectF footer = m_layout.footerRect();
    const QFont font = MmPainter::font(legendPoints);
    double x = footer.left();
    double y = top;
    for (const LegendItem &item : legendItems()) {
        const double width = sampleWidth + 1.5 + p.textWidth(font, item.meaning);
        if (x + width > footer.right()) {
            x = footer.left();
            y += L::footerLineHeight;
        }
        const QRectF sample { x, y + 0.2, sampleWidth, L::footerLineHeight - 0.4 };
        item.sample(p, sample);
        p.frame(sample, 0.15);
        p.text({ x + sampleWidth + 1.5, y, width, L::footerLineHeight }, Qt::AlignLeft | Qt::AlignVCenter, item.meaning,
            font);
        x += width + 5.0;
    }
    QString reasons = u"Orsak när en insats inte utfördes:   A = Avböjde   B = Var inte på plats   "
                      "C = Gick inte att göra   D = Annan orsak   (orsaken i ord står i social journal)"_s;
    if (m_month.uncodedReasons) {
        reasons += u"   ? = orsak inte kodad (äldre signering)"_s;
    }
    p.text({ footer.left(), top + 2 * L::footerLineHeight, footer.width(), L::footerLineHeight },
        Qt::AlignLeft | Qt::AlignVCenter, reasons, MmPainter::font(legendPoints, true));
}

void SigningListPainter::paintSigners(MmPainter &p, double top) const
{
    const QRectF footer = m_layout.footerRect();
    constexpr double labelWidth = 38.0;
    p.text({ footer.left(), top, labelWidth, L::footerLineHeight }, Qt::AlignLeft | Qt::AlignVCenter,
        u"Signaturförtydligande:"_s, MmPainter::font(legendPoints, true));
    const double column = (footer.width() - labelWidth) / L::signersPerLine;
    const QFont bold = MmPainter::font(legendPoints, true);
    const QFont plain = MmPainter::font(legendPoints);
    for (qsizetype i = 0; i < m_month.signers.size(); ++i) {
        const Signer &signer = m_month.signers.at(i);
        const double x = footer.left() + labelWidth + (i % L::signersPerLine) * column;
        const double y = top + double(i / L::signersPerLine) * L::footerLineHeight;
        p.text({ x, y, 9.0, L::footerLineHeight }, Qt::AlignLeft | Qt::AlignVCenter, signer.initials, bold);
        const QString who = signer.title.isEmpty() ? signer.name : signer.name + u", "_s + signer.title;
        p.text({ x + 9.0, y, column - 10.0, L::footerLineHeight }, Qt::AlignLeft | Qt::AlignVCenter,
            p.wrapped(plain, who, column - 10.0, 1).value(0), plain);
    }
    if (m_month.signers.isEmpty()) {
        p.text({ footer.left() + labelWidth, top, footer.width() - labelWidth, L::footerLineHeight },
            Qt::AlignLeft | Qt::AlignVCenter, u"inga signeringar den här månaden"_s, plain);
    }
}

} // namespace akten::report
