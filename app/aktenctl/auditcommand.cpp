// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/auditcommand.h"

#include "app/aktenctl/cli.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace akten::cli {
namespace {

/** "2026-11-23" (midnight in Stockholm, the care time zone) or an ISO 8601 date-time with Z or an offset. */
std::optional<qint64> parseSince(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        return QDateTime(date, QTime(0, 0), core::careTimeZone()).toMSecsSinceEpoch();
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    const bool zoned = text.endsWith(u'Z') || text.lastIndexOf(u'+') > 10 || text.lastIndexOf(u'-') > 10;
    if (!time.isValid() || !zoned) {
        return std::nullopt; // a time without a zone would be read in this machine's zone: refuse it
    }
    return time.toMSecsSinceEpoch();
}

QJsonValue idOrNull(const std::optional<core::Id> &id)
{
    return id && !id->isNull() ? QJsonValue(core::idToString(*id)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const core::AuditEvent &e)
{
    return { { u"seq"_s, e.seq },
        { u"at"_s,
            QDateTime::fromMSecsSinceEpoch(e.meta.wallMs, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s) },
        { u"hlc"_s, e.meta.hlc.toString() }, { u"device"_s, e.meta.deviceId },
        { u"staff"_s, idOrNull(e.meta.authorId) }, { u"role"_s, e.staffRole },
        { u"resident"_s, idOrNull(e.residentId) }, { u"unit"_s, idOrNull(e.unitId) }, { u"action"_s, e.action },
        { u"detail"_s, e.detail } };
}

} // namespace

int runAuditCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
    const QCommandLineOption residentOption(u"resident"_s, u"Only events about this resident."_s, u"ID"_s);
    const QCommandLineOption staffOption(u"staff"_s, u"Only events by this staff member."_s, u"ID"_s);
    const QCommandLineOption sinceOption(u"since"_s, u"Only events at or after this time (ISO 8601)."_s, u"TIME"_s);
    const QCommandLineOption actionOption(u"action"_s, u"Only actions starting with PREFIX."_s, u"PREFIX"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON array (required)."_s);
    parser.addOptions({ residentOption, staffOption, sinceOption, actionOption, jsonOption });
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    if (!parser.isSet(jsonOption)) {
        return printError(u"audit prints JSON only: add --json"_s, Usage);
    }
    store::AuditFilter filter;
    for (const auto &[option, target] :
        { std::pair { &residentOption, &filter.residentId }, std::pair { &staffOption, &filter.staffId } }) {
        const auto id = idOption(parser, *option);
        if (!id) {
            return printError(id.error(), Usage);
        }
        *target = id.value();
    }
    if (parser.isSet(sinceOption)) {
        filter.sinceWallMs = parseSince(parser.value(sinceOption));
        if (!filter.sinceWallMs) {
            return printError(
                u"--since must be a date (2026-11-23) or a date-time with a zone (2026-11-23T08:00:00Z): %1"_s.arg(
                    parser.value(sinceOption)),
                Usage);
        }
    }
    filter.actionPrefix = parser.value(actionOption);
    const core::SystemClock clock;
    auto opened = options.openStore(clock);
    if (!opened) {
        return printError(opened.error());
    }
    const store::AuditLog log(opened.value().second->db());
    if (auto verified = log.verify(); !verified) {
        return printError(u"audit chain broken: "_s + verified.error().message);
    }
    const auto events = log.events(filter);
    if (!events) {
        return printError(events.error());
    }
    QJsonArray array;
    for (const auto &event : events.value()) {
        array.append(toJson(event));
    }
    printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    return Ok;
}

} // namespace akten::cli
