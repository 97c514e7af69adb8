// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/exportsigningcommand.h"

#include "app/aktenctl/cli.h"
#include "app/auth/accessaudit.h"
#include "app/auth/sessionpolicy.h"
#include "app/core/clock.h"
#include "app/report/signinglistpdf.h"
#include "app/report/signingmonthreader.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"
#include "app/store/masterdatarepository.h"

#include <QDir>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace akten::cli {
namespace {

/** "2026-11" → 1 November 2026; anything else (no day, no time zone needed) is refused. */
std::optional<QDate> parseMonth(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    return first.isValid() ? std::optional(first) : std::nullopt;
}

} // namespace

int runExportSigningCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
    const QCommandLineOption residentOption(u"resident"_s, u"The resident whose list is printed."_s, u"ID"_s);
    const QCommandLineOption monthOption(u"month"_s, u"The month (care time zone)."_s, u"YYYY-MM"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PDF file to write."_s, u"FILE"_s);
    const QCommandLineOption staffOption(u"staff"_s, u"The staff member who prints it (default: system)."_s, u"ID"_s);
    parser.addOptions({ residentOption, monthOption, outOption, staffOption });
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    if (!parser.isSet(residentOption) || !parser.isSet(monthOption) || !parser.isSet(outOption)) {
        return printError(u"--resident ID, --month YYYY-MM and --out FILE.pdf are required"_s, Usage);
    }
    const auto residentOrError = idOption(parser, residentOption);
    const auto staffOrError = idOption(parser, staffOption);
    if (!residentOrError || !staffOrError) {
        return printError(residentOrError ? staffOrError.error() : residentOrError.error(), Usage);
    }
    const core::Id residentId = *residentOrError.value();
    const std::optional<core::Id> staffId = staffOrError.value();
    const auto month = parseMonth(parser.value(monthOption));
    if (!month) {
        return printError(u"--month must be a month as YYYY-MM (2026-11): %1"_s.arg(parser.value(monthOption)), Usage);
    }
    const QString out = QDir::cleanPath(QDir(QDir::currentPath()).absoluteFilePath(parser.value(outOption)));

    const core::SystemClock clock;
    auto opened = options.openStore(clock);
    if (!opened) {
        return printError(opened.error());
    }
    store::DeviceStore &store = *opened.value().second;
    store::MasterDataRepository master(store.db());
    const auto resident = master.resident(residentId);
    if (!resident) {
        return printError(resident.error().code == ErrorCode::NotFound
                ? u"no resident %1 in this store; nothing was written"_s.arg(core::idToString(residentId))
                : resident.error().message);
    }
    std::optional<auth::SessionUser> printer;
    if (staffId) {
        const auto staff = master.staffMember(*staffId);
        if (!staff) {
            return printError(staff.error().code == ErrorCode::NotFound
                    ? u"no staff member %1 in this store; nothing was written"_s.arg(core::idToString(*staffId))
                    : staff.error().message);
        }
        printer = auth::sessionUserOf(staff.value());
    }
    const auto document
        = report::SigningMonthReader(store.db())
              .read(residentId, *month, clock.nowMs(), printer ? printer->displayName : u"systemet (aktenctl)"_s);
    if (!document) {
        return printError(document.error());
    }
    auth::AccessAudit audit(store);
    const auto pages = report::SigningListPdf::save(document.value(), out, [&](int) {
        return audit.record(printer ? &*printer : nullptr, u"export.signing_list"_s, residentId,
            resident.value().unitId, month->toString(u"yyyy-MM"_s));
    });
    if (!pages) {
        return printError(pages.error().message + u"; nothing was written"_s);
    }
    printOut(u"exported %1 (%2 %3)"_s.arg(out).arg(pages.value()).arg(pages.value() == 1 ? u"page"_s : u"pages"_s));
    return Ok;
}

} // namespace akten::cli
