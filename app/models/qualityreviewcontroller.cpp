// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/qualityreviewcontroller.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/modelsupport.h"
#include "app/models/qualityquestionnaire.h"
#include "app/models/qualityresultlistmodel.h"
#include "app/models/qualityreviewservice.h"
#include "app/models/qualitysamplelistmodel.h"
#include "app/store/masterdatarepository.h"

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

int percent(int part, int whole)
{
    return whole <= 0 ? 0 : (part * 100 + whole / 2) / whole;
}

} // namespace

QualityReviewController::QualityReviewController(QualityReviewService &service, store::MasterDataRepository &master,
    auth::AccessAudit &audit, const core::Clock &clock, bool kiosk, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
    , m_kiosk(kiosk)
    , m_plans(new QualitySampleListModel(this))
    , m_results(new QualityResultListModel(this))
    , m_questionnaire(new QualityQuestionnaire(service, this))
{
    connect(m_questionnaire, &QualityQuestionnaire::saved, this, [this] {
        load();
        m_message = tr("Granskningen är sparad.");
        Q_EMIT changed();
    });
}

QualityReviewController::~QualityReviewController() = default;

void QualityReviewController::setViewer(const std::optional<auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    m_units.clear();
    m_unitIndex = 0;
    m_questionnaire->cancel();
    clear({});
}

bool QualityReviewController::allowed() const
{
    return !m_kiosk && m_viewer
        && (m_viewer->role == core::StaffRole::UnitManager || m_viewer->role == core::StaffRole::Sas);
}

bool QualityReviewController::latestYear() const
{
    return m_year >= core::careDate(m_clock.nowMs()).year();
}

QStringList QualityReviewController::unitNames() const
{
    QStringList names;
    for (const core::Unit &unit : m_units) {
        names << unit.name;
    }
    return names;
}

QString QualityReviewController::smallNote() const
{
    return m_sample && m_sample->small
        ? tr("Enheten är liten: utan förra årets planer fanns för få planer kvar, så urvalet tog även planer som "
             "granskades förra året.")
        : QString();
}

bool QualityReviewController::open()
{
    m_units.clear();
    m_unitIndex = 0;
    m_questionnaire->cancel();
    if (!allowed()) {
        clear(m_kiosk ? tr("Kvalitetsgranskningen görs på en surfplatta, inte på väggskärmen.")
                      : tr("Kvalitetsgranskningen är för enhetschefen och SAS."));
        return false;
    }
    const auto units = m_master.units();
    for (const core::Unit &unit : units ? units.value() : QList<core::Unit> {}) {
        if (QualityReviewService::mayReview(*m_viewer, unit.id)) {
            m_units.append(unit);
        }
    }
    m_year = core::careDate(m_clock.nowMs()).year();
    if (m_units.isEmpty()) {
        clear(tr("Det finns ingen enhet att granska."));
        return false;
    }
    return load();
}

bool QualityReviewController::showYear(int year)
{
    if (!allowed() || m_units.isEmpty()
        || core::checkYear(year, core::careDate(m_clock.nowMs())) != core::YearProblem::None) {
        return false;
    }
    m_year = year;
    m_questionnaire->cancel();
    return load();
}

bool QualityReviewController::showUnit(int index)
{
    if (!allowed() || index < 0 || index >= m_units.size()) {
        return false;
    }
    m_unitIndex = index;
    m_questionnaire->cancel();
    return load();
}

bool QualityReviewController::draw()
{
    if (!allowed() || m_units.isEmpty()) {
        return false;
    }
    const auto outcome = m_service.draw(*m_viewer, m_units.at(m_unitIndex).id, m_year);
    using P = QualityReviewService::Problem;
    if (!outcome) {
        load();
        m_message = outcome.problem == P::AlreadyDrawn ? tr("Urvalet för året är redan draget och dras inte om.")
            : outcome.problem == P::NoPlans            ? tr("Enheten har ingen fastställd plan att granska.")
            : outcome.problem == P::BadYear            ? tr("Urval dras bara för i år eller tidigare år.")
                                                       : tr("Urvalet kunde inte dras. Ingenting har sparats.");
        Q_EMIT changed();
        return false;
    }
    const bool shown = load();
    m_message = tr("Urvalet är draget.");
    Q_EMIT changed();
    return shown;
}

bool QualityReviewController::review(const QString &residentId)
{
    if (!allowed() || !m_sample) {
        return false;
    }
    for (int row = 0; row < m_plans->count(); ++row) {
        const QModelIndex index = m_plans->index(row);
        if (index.data(QualitySampleListModel::ResidentIdRole).toString() != residentId) {
            continue;
        }
        if (index.data(QualitySampleListModel::ReviewedRole).toBool()) {
            m_message = tr("Planen är redan granskad i år.");
            Q_EMIT changed();
            return false;
        }
        if (m_service.caseClosed(core::idFromString(residentId))) {
            m_message = tr("Ärendet är avslutat och akten är låst, så planen granskas inte.");
            Q_EMIT changed();
            return false;
        }
        const auto plan = std::find_if(m_sample->plans.cbegin(), m_sample->plans.cend(),
            [&](const core::SampledPlan &p) { return core::idToString(p.residentId) == residentId; });
        if (plan == m_sample->plans.cend()) {
            return false;
        }
        m_message.clear();
        m_questionnaire->start(
            *m_viewer, m_sample->meta.id, *plan, index.data(QualitySampleListModel::NameRole).toString());
        Q_EMIT changed();
        return true;
    }
    return false;
}

void QualityReviewController::clear(const QString &message)
{
    m_sample.reset();
    m_summary.clear();
    m_message = message;
    m_plans->setRows({});
    m_results->setRows({});
    Q_EMIT changed();
}

bool QualityReviewController::load()
{
    const core::Unit &unit = m_units.at(m_unitIndex);
    const auto sample = m_service.sample(unit.id, m_year);
    const auto reviews = m_service.reviews(unit.id, m_year);
    const auto eligible = m_service.setPlans(unit.id);
    if (!sample || !reviews || !eligible) {
        clear(tr("Urvalet kunde inte läsas."));
        return false;
    }
    if (!m_audit.record(&*m_viewer, u"view.quality_review"_s, std::nullopt, unit.id, u"year=%1"_s.arg(m_year))) {
        clear(tr("Urvalet kan inte visas eftersom åtkomsten inte kunde loggas."));
        return false;
    }
    clear({});
    m_sample = sample.value();
    if (!m_sample) {
        const int planCount = int(eligible.value().size());
        m_summary = tr("Inget urval är draget för %1. Enheten har %2 fastställda planer; urvalet blir %3.")
                        .arg(m_year)
                        .arg(planCount)
                        .arg(core::sampleSize(planCount));
        Q_EMIT changed();
        return true;
    }
    const auto drawer = m_master.staffMember(m_sample->meta.authorId);
    m_summary = tr("%1 av %2 fastställda planer (minst 10 procent). Draget %3 av %4. Slumptal: %5.")
                    .arg(m_sample->plans.size())
                    .arg(m_sample->eligible)
                    .arg(models::formatDateSv(core::careDate(m_sample->meta.wallMs)),
                        drawer ? drawer.value().displayName() : tr("okänd"), QString::number(m_sample->seed));
    QList<RowListModel::Row> rows;
    for (const core::SampledPlan &plan : std::as_const(m_sample->plans)) {
        const auto resident = m_master.resident(plan.residentId);
        const bool masked = !resident || resident.value().protectedIdentity;
        const auto done
            = std::find_if(reviews.value().cbegin(), reviews.value().cend(), [&](const core::QualityReview &r) {
                  return r.residentId == plan.residentId && r.revisionId == plan.revisionId;
              });
        rows.append({ { QualitySampleListModel::ResidentIdRole, core::idToString(plan.residentId) },
            { QualitySampleListModel::NameRole, masked ? tr("Skyddad identitet") : resident.value().displayName() },
            { QualitySampleListModel::DetailRole, masked ? QString() : resident.value().room },
            { QualitySampleListModel::ReviewedRole, done != reviews.value().cend() },
            { QualitySampleListModel::StatusRole,
                done == reviews.value().cend()
                    ? (m_service.caseClosed(plan.residentId) ? tr("Ärendet avslutat – granskas inte")
                                                             : tr("Inte granskad"))
                    : tr("Granskad %1 av %2, %3")
                          .arg(models::formatDateSv(done->date), done->reviewerName, done->reviewerTitle) } });
    }
    m_plans->setRows(rows);
    const core::QualityResult result = core::qualityResult(*m_sample, reviews.value());
    QList<RowListModel::Row> results;
    for (int q = 0; q < core::kReviewQuestionCount; ++q) {
        const auto &c = result.counts.at(q);
        results.append({ { QualityResultListModel::QuestionRole, QualityQuestionnaire::questionText(q) },
            { QualityResultListModel::YesRole, percent(c[0], result.reviewed) },
            { QualityResultListModel::PartlyRole, percent(c[1], result.reviewed) },
            { QualityResultListModel::NoRole, percent(c[2], result.reviewed) },
            { QualityResultListModel::SummaryRole,
                tr("Ja %1 %, Delvis %2 %, Nej %3 %")
                    .arg(percent(c[0], result.reviewed))
                    .arg(percent(c[1], result.reviewed))
                    .arg(percent(c[2], result.reviewed)) } });
    }
    m_results->setRows(result.reviewed > 0 ? results : QList<RowListModel::Row> {});
    m_summary += u"\n"_s + tr("Granskade: %1 av %2.").arg(result.reviewed).arg(result.sampled);
    Q_EMIT changed();
    return true;
}
