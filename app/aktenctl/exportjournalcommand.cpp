// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/exportjournalcommand.h"

#include "app/aktenctl/cli.h"
#include "app/auth/accessaudit.h"
#include "app/auth/sessionpolicy.h"
#include "app/core/clock.h"
#include "app/report/exportlocation.h"
#include "app/report/journalcopy.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"
#include "app/store/masterdatarepository.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace akten::cli {
namespace {

/** "2026-11-02" → that day; nullopt when not given; an error message for anything else. */
Result<std::optional<QDate>> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option)) {
        return std::optional<QDate> {};
    }
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString text = parser.value(option);
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!pattern.match(text).hasMatch() || !date.isValid()) {
        return Error { ErrorCode::InvalidInput,
            u"--%1 must be a date as YYYY-MM-DD (2026-11-02): %2"_s.arg(option.names().constFirst(), text) };
    }
    return std::optional(date);
}

} // namespace

int runExportJournalCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
    const QCommandLineOption residentOption(u"resident"_s, u"The resident whose journal is copied."_s, u"ID"_s);
    const QCommandLineOption fromOption(u"from"_s, u"The first event date (default: the first entry)."_s, u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, u"The last event date (default: the last entry)."_s, u"DATE"_s);
    const QCommandLineOption outOption(u"out"_s, u"The PDF file to write (must not exist)."_s, u"FILE"_s);
    const QCommandLineOption staffOption(u"staff"_s, u"The staff member who prints it (default: system)."_s, u"ID"_s);
    parser.addOptions({ residentOption, fromOption, toOption, outOption, staffOption });
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    if (!parser.isSet(residentOption) || !parser.isSet(outOption)) {
        return printError(u"--resident ID and --out FILE.pdf are required"_s, Usage);
    }
    const auto residentOrError = idOption(parser, residentOption);
    const auto staffOrError = idOption(parser, staffOption);
    if (!residentOrError || !staffOrError) {
        return printError(residentOrError ? staffOrError.error() : residentOrError.error(), Usage);
    }
    const auto from = dateOption(parser, fromOption);
    const auto to = dateOption(parser, toOption);
    if (!from || !to) {
        return printError(from ? to.error() : from.error(), Usage);
    }
    const report::JournalPeriod period { from.value(), to.value() };
    if (const QString problem = period.problem(); !problem.isEmpty()) {
        return printError(problem + u"; nothing was written"_s, Usage);
    }
    const core::Id residentId = *residentOrError.value();
    const QString out = QDir::cleanPath(QDir(QDir::currentPath()).absoluteFilePath(parser.value(outOption)));
    auto location = report::ExportLocation::forOperator(out);
    if (!location) {
        return printError(location.error().message + u"; nothing was written"_s);
    }
    if (auto free = location.value().check(out); !free) {
        return printError(free.error().message + u"; nothing was written"_s);
    }

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
    if (const auto staffId = staffOrError.value()) {
        const auto staff = master.staffMember(*staffId);
        if (!staff) {
            return printError(staff.error().code == ErrorCode::NotFound
                    ? u"no staff member %1 in this store; nothing was written"_s.arg(core::idToString(*staffId))
                    : staff.error().message);
        }
        printer = auth::sessionUserOf(staff.value());
    }
    const QString printedBy
        = printer ? u"%1, %2"_s.arg(printer->displayName, printer->title) : u"systemet (aktenctl)"_s;
    const auto document = report::JournalCopy(store.db()).document(residentId, period, printedBy, clock.nowMs());
    if (!document) {
        return printError(document.error());
    }
    auth::AccessAudit audit(store);
    const auto pages = location.value().save(
        out, [&](QIODevice &file) { return document.value().writePdf(file); },
        [&](int) {
            return audit.record(printer ? &*printer : nullptr, u"export.journal_copy"_s, residentId,
                resident.value().unitId, period.text());
        });
    if (!pages) {
        return printError(pages.error().message + u"; nothing was written"_s);
    }
    printOut(u"exported %1 (%2 %3)"_s.arg(out).arg(pages.value()).arg(pages.value() == 1 ? u"page"_s : u"pages"_s));
    return Ok;
}

} // namespace akten::cli
