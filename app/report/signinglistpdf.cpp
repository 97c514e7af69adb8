// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/signinglistpdf.h"

#include "app/report/signinglistlayout.h"
#include "app/report/signinglistpainter.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace akten::report {

Result<int> SigningListPdf::write(const SigningMonth &month, QIODevice &out)
{
    QPdfWriter writer(&out);
    // PDF/A-1b: a self-contained file (fonts embedded, no transparency) that stays readable in the archive.
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setTitle(u"Signeringslista, "_s + monthLabelSv(month.month));
    writer.setCreator(u"Akten"_s);
    writer.setResolution(600);
    if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF()))) {
        return Error { ErrorCode::Internal, u"the PDF writer refused the A4 landscape page"_s };
    }
    const SigningListPainter pages(month);
    QPainter painter;
    if (!painter.begin(&writer)) {
        return Error { ErrorCode::Io, u"could not start the PDF"_s };
    }
    for (int page = 0; page < pages.pageCount(); ++page) {
        if (page > 0 && !writer.newPage()) {
            return Error { ErrorCode::Io, u"could not add page %1 to the PDF"_s.arg(page + 1) };
        }
        pages.paint(painter, page);
    }
    if (!painter.end()) {
        return Error { ErrorCode::Io, u"could not finish the PDF"_s };
    }
    return pages.pageCount();
}

Result<int> SigningListPdf::save(
    const SigningMonth &month, const QString &path, const std::function<Status(int pages)> &beforeCommit)
{
    if (QFileInfo(path).isDir()) {
        return Error { ErrorCode::InvalidInput, u"%1 is a directory"_s.arg(path) };
    }
    QSaveFile file(path); // its temporary file is in the same directory; nothing is written anywhere else
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()) };
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // a resident's care: owner only
    const auto pages = write(month, file);
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

QImage SigningListPdf::renderPage(const SigningMonth &month, int page, int dpi)
{
    const double perMm = dpi / 25.4;
    QImage image(int(std::lround(SigningListLayout::pageWidth * perMm)),
        int(std::lround(SigningListLayout::pageHeight * perMm)), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(std::lround(perMm * 1000)));
    image.setDotsPerMeterY(int(std::lround(perMm * 1000)));
    image.fill(Qt::white);
    QPainter painter(&image);
    SigningListPainter(month).paint(painter, page);
    painter.end();
    return image;
}

} // namespace akten::report
