// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/easyreadpdf.h"

#include <QColor>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace akten::report {

namespace {

// Painted in points (1/72 inch) on A4 portrait: 595 × 842, 40 pt margins.
constexpr int kDpi = 72;
constexpr qreal kWidth = 595;
constexpr qreal kHeight = 842;
constexpr qreal kMargin = 40;
constexpr qreal kSymbolWidth = 70;
constexpr qreal kGap = 14;

QFont font(qreal points, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

/** Height `text` takes in `font` wrapped to `width`. */
qreal heightOf(QPainter &p, const QFont &f, const QString &text, qreal width)
{
    p.setFont(f);
    return p.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text).height();
}

qreal drawText(QPainter &p, const QFont &f, const QString &text, qreal x, qreal y, qreal width)
{
    const qreal h = heightOf(p, f, text, width);
    p.drawText(QRectF(x, y, width, h), Qt::TextWordWrap, text);
    return h;
}

} // namespace

Result<int> EasyReadPdf::write(const EasyReadDocument &document, QIODevice &out)
{
    QPdfWriter writer(&out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setTitle(document.title);
    writer.setCreator(u"Akten"_s);
    writer.setResolution(kDpi);
    if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()))) {
        return Error { ErrorCode::Internal, u"the PDF writer refused the A4 page"_s };
    }
    QPainter p;
    if (!p.begin(&writer)) {
        return Error { ErrorCode::Io, u"could not start the PDF"_s };
    }
    const qreal width = kWidth - 2 * kMargin;
    const qreal textX = kMargin + kSymbolWidth + kGap;
    const qreal textWidth = width - kSymbolWidth - kGap - 12;
    int pages = 1;
    qreal y = kMargin;
    p.setPen(Qt::black);
    y += drawText(p, font(30, true), document.title, kMargin, y, width) + 6;
    y += drawText(p, font(17), document.subtitle, kMargin, y, width) + 20;
    for (const core::EasyReadCard &card : document.cards) {
        const qreal cardHeight = 24 + heightOf(p, font(20, true), card.title, textWidth) + 8
            + heightOf(p, font(18, true), card.when, textWidth) + 8 + heightOf(p, font(16), card.text, textWidth);
        if (y + cardHeight > kHeight - kMargin && y > kMargin + 1) {
            if (!writer.newPage()) {
                return Error { ErrorCode::Io, u"could not add page %1 to the PDF"_s.arg(pages + 1) };
            }
            ++pages;
            y = kMargin;
        }
        p.setPen(QPen(QColor(0x0E, 0x5E, 0x6F), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(kMargin, y, width, cardHeight), 10, 10);
        p.setPen(QColor(0x0E, 0x5E, 0x6F));
        p.setFont(font(36));
        p.drawText(QRectF(kMargin + 8, y + 10, kSymbolWidth, kSymbolWidth), Qt::AlignCenter, card.symbol);
        p.setPen(Qt::black);
        qreal ty = y + 12;
        ty += drawText(p, font(20, true), card.title, textX, ty, textWidth) + 8;
        p.setPen(QColor(0x0E, 0x5E, 0x6F));
        ty += drawText(p, font(18, true), card.when, textX, ty, textWidth) + 8;
        p.setPen(Qt::black);
        drawText(p, font(16), card.text, textX, ty, textWidth);
        y += cardHeight + kGap;
    }
    if (!p.end()) {
        return Error { ErrorCode::Io, u"could not finish the PDF"_s };
    }
    return pages;
}

Result<int> EasyReadPdf::save(
    const EasyReadDocument &document, const QString &path, const std::function<Status(int pages)> &beforeCommit)
{
    if (QFileInfo(path).isDir()) {
        return Error { ErrorCode::InvalidInput, u"%1 is a directory"_s.arg(path) };
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()) };
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // a resident's care: owner only
    const auto pages = write(document, file);
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (auto audited = beforeCommit(pages.value()); !audited) {
        file.cancelWriting();
        return audited.error();
    }
    if (!file.commit()) {
        return Error { ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()) };
    }
    return pages.value();
}

} // namespace akten::report
