// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/qualitysamplecommand.h"

#include "app/aktenctl/cli.h"
#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/qualityreview.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"
#include "app/store/masterdatarepository.h"
#include "app/store/qualityreviewrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace akten::cli {
namespace {

QJsonObject sampleJson(const core::Unit &unit, const core::QualitySample &sample, int drawnCount,
    const QList<core::QualityReview> &reviews)
{
    QJsonArray plans;
    for (const core::SampledPlan &plan : sample.plans) {
        const bool reviewed = std::any_of(reviews.cbegin(), reviews.cend(), [&](const core::QualityReview &r) {
            return r.residentId == plan.residentId && r.revisionId == plan.revisionId;
        });
        plans.append(QJsonObject { { u"resident"_s, core::idToString(plan.residentId) },
            { u"revision"_s, core::idToString(plan.revisionId) }, { u"reviewed"_s, reviewed } });
    }
    const core::QualityResult result = core::qualityResult(sample, reviews);
    QJsonObject answers;
    for (int q = 0; q < core::kReviewQuestionCount; ++q) {
        answers.insert(core::questionCode(q),
            QJsonObject { { u"yes"_s, result.counts[q][0] }, { u"partly"_s, result.counts[q][1] },
                { u"no"_s, result.counts[q][2] } });
    }
    return QJsonObject { { u"unit"_s, core::idToString(unit.id) }, { u"unit_name"_s, unit.name },
        { u"year"_s, sample.year }, { u"seed"_s, QString::number(sample.seed) }, { u"small"_s, sample.small },
        { u"eligible"_s, sample.eligible }, { u"sample_id"_s, core::idToString(sample.meta.id) },
        { u"drawn_by"_s, core::idToString(sample.meta.authorId) }, { u"drawn_hlc"_s, sample.meta.hlc.toString() },
        { u"samples_drawn"_s, drawnCount }, { u"plans"_s, plans }, { u"reviewed"_s, result.reviewed },
        { u"answers"_s, answers } };
}

void printTable(const QJsonObject &s)
{
    printOut(u"%1 (%2), %3: %4 of %5 set plans, seed %6%7"_s.arg(s["unit_name"_L1].toString(), s["unit"_L1].toString())
                 .arg(s["year"_L1].toInt())
                 .arg(s["plans"_L1].toArray().size())
                 .arg(s["eligible"_L1].toInt())
                 .arg(s["seed"_L1].toString(),
                     s["small"_L1].toBool() ? u" (small unit: last year's plans again)"_s : QString()));
    printOut(u"  %1  %2  %3"_s.arg(u"resident"_s, -36).arg(u"revision"_s, -36).arg(u"reviewed"_s));
    for (const QJsonValue &p : s["plans"_L1].toArray()) {
        printOut(u"  %1  %2  %3"_s.arg(p["resident"_L1].toString(), -36)
                     .arg(p["revision"_L1].toString(), -36)
                     .arg(p["reviewed"_L1].toBool() ? u"yes"_s : u"no"_s));
    }
    printOut(u"  reviewed: %1 of %2"_s.arg(s["reviewed"_L1].toInt()).arg(s["plans"_L1].toArray().size()));
}

} // namespace

int runQualitySampleCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
    const QCommandLineOption yearOption(u"year"_s, u"The review year."_s, u"YYYY"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object."_s);
    parser.addOptions({ yearOption, jsonOption });
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    if (!parser.isSet(yearOption)) {
        return printError(u"--year YYYY is required"_s, Usage);
    }
    const core::SystemClock clock;
    const int year = core::parseYear(parser.value(yearOption));
    switch (core::checkYear(year, core::careDate(clock.nowMs()))) {
    case core::YearProblem::None:
        break;
    case core::YearProblem::Future:
        return printError(u"--year %1 is in the future; samples are drawn for this year or earlier"_s.arg(year), Usage);
    case core::YearProblem::TooEarly:
        return printError(u"--year %1 is before 2000"_s.arg(year), Usage);
    case core::YearProblem::Malformed:
        return printError(u"--year must be a year as YYYY (2026): %1"_s.arg(parser.value(yearOption)), Usage);
    }
    auto opened = options.openStore(clock);
    if (!opened) {
        return printError(opened.error());
    }
    store::DeviceStore &store = *opened.value().second;
    const auto units = store::MasterDataRepository(store.db()).units();
    if (!units) {
        return printError(units.error());
    }
    store::QualityReviewRepository repository(store.db());
    QJsonArray samples;
    QStringList undrawn;
    auth::AccessAudit audit(store);
    for (const core::Unit &unit : units.value()) {
        const auto drawn = repository.samples(unit.id, year);
        const auto reviews = repository.reviews(unit.id, year);
        if (!drawn || !reviews) {
            return printError(drawn ? reviews.error() : drawn.error());
        }
        const core::QualitySample *winner = core::winningSample(drawn.value());
        if (!winner) {
            undrawn << unit.name;
            continue;
        }
        // The sample names residents (by id): printing it is logged like a view, as a system event.
        if (auto logged
            = audit.record(nullptr, u"view.quality_sample"_s, std::nullopt, unit.id, u"year=%1 aktenctl"_s.arg(year));
            !logged) {
            return printError(logged.error());
        }
        samples.append(sampleJson(unit, *winner, int(drawn.value().size()), reviews.value()));
    }
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject { { u"year"_s, year }, { u"samples"_s, samples } })
                                       .toJson(QJsonDocument::Compact)));
        return Ok;
    }
    for (const QJsonValue &s : std::as_const(samples)) {
        printTable(s.toObject());
    }
    for (const QString &name : std::as_const(undrawn)) {
        printOut(u"%1, %2: no sample drawn"_s.arg(name).arg(year));
    }
    return Ok;
}

} // namespace akten::cli
