// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planeditorcontroller.h"

#include "app/core/caretime.h"
#include "app/core/catalogue.h"
#include "app/core/clock.h"
#include "app/core/rules.h"
#include "app/models/modelsupport.h"
#include "app/models/planeditorservice.h"
#include "app/models/planeditorstart.h"
#include "app/models/plantexts.h"
#include "app/store/database.h"
#include "app/store/masterdatarepository.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using akten::core::PlanField;

namespace {

Q_LOGGING_CATEGORY(lcPlanEditor, "akten.models.planeditor")

constexpr int kDraftDelayMs = 500;

} // namespace

PlanEditorController::PlanEditorController(akten::store::Database &db, akten::store::MasterDataRepository &master,
    PlanEditorService &service, const akten::core::IbicCatalogue &catalogue, const akten::core::Clock &clock,
    QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_master(master)
    , m_service(service)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_insatser(new FilterChoiceListModel(this))
    , m_needs(new FilterChoiceListModel(this))
    , m_gaps(new FilterChoiceListModel(this))
    , m_picker(new IcfPickerModel(catalogue, this))
    , m_need(new PlanNeedEditor(
          m_plan, m_findings, [this] { return akten::core::IdGenerator(m_clock).next(); },
          [this] {
              needsChanged();
              edited();
          },
          this))
    , m_participation(new PlanParticipationEditor(
          m_plan, m_findings, [this] { edited(); }, this))
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &PlanEditorController::saveDraft);
}

PlanEditorController::~PlanEditorController()
{
    if (m_draftTimer.isActive()) {
        saveDraft(); // what was typed last is not lost when the app quits
    }
}

void PlanEditorController::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    if (m_draftTimer.isActive()) {
        saveDraft();
    }
    m_viewer = viewer;
    reset();
}

void PlanEditorController::reset()
{
    m_draftTimer.stop();
    m_residentId = {};
    m_residentName.clear();
    m_birthDate = {};
    m_baseId = {};
    m_decisionId = {};
    m_decisionGoals.clear();
    m_plan = {};
    m_findings.clear();
    m_draftText.clear();
    m_message.clear();
    m_insatser->setChoices({});
    m_gaps->setChoices({});
    m_picker->setQuery({});
    m_picker->setArea(0);
    needsChanged();
    m_need->show(-1, {});
    m_participation->setChild(false);
    Q_EMIT changed();
}

bool PlanEditorController::mayEdit(const QString &residentId) const
{
    const auto resident = m_master.resident(akten::core::idFromString(residentId));
    return m_viewer && resident && PlanEditorService::mayEdit(*m_viewer, resident.value());
}

bool PlanEditorController::openFor(const QString &residentId)
{
    const auto id = akten::core::idFromString(residentId);
    auto start = m_viewer ? loadPlanEditorStart(m_db, m_master, m_clock, *m_viewer, id) : std::nullopt;
    if (!start) {
        return false;
    }
    reset();
    m_residentId = id;
    m_residentName = start->residentName;
    m_birthDate = start->birthDate;
    m_baseId = start->baseId;
    m_decisionId = start->decisionId;
    m_decisionGoals = start->decisionGoals;
    m_insatser->setChoices(start->insatser);
    m_plan = std::move(start->plan);
    if (start->draftUpdatedMs) {
        m_draftText = tr("Utkast från %1 är tillbaka")
                          .arg(akten::models::formatDateTimeSv(QDateTime::fromMSecsSinceEpoch(*start->draftUpdatedMs)));
    }
    QStringList recent;
    for (const akten::core::PlanNeed &n : std::as_const(m_plan.needs)) {
        recent.append(n.icfCode);
    }
    m_picker->setRecent(recent);
    m_picker->setOftenUsed(start->unitCodes);
    m_participation->setChild(
        m_birthDate.isValid() && akten::core::ageOn(m_birthDate, akten::core::careDate(m_clock.nowMs())) < 18);
    needsChanged();
    m_need->show(m_plan.needs.isEmpty() ? -1 : 0, needTitle(0));
    Q_EMIT changed();
    return true;
}

QString PlanEditorController::needTitle(int index) const
{
    if (index < 0 || index >= m_plan.needs.size()) {
        return {};
    }
    const auto code = m_catalogue.find(m_plan.needs.at(index).icfCode);
    return code ? code->titleSv : m_plan.needs.at(index).icfCode; // a retired code stays readable
}

void PlanEditorController::needsChanged()
{
    QList<FilterChoiceListModel::Choice> choices;
    for (int i = 0; i < m_plan.needs.size(); ++i) {
        choices.append({ QString::number(i), needTitle(i) });
    }
    m_needs->setChoices(choices);
}

void PlanEditorController::addNeed(const QString &code)
{
    const auto found = m_catalogue.find(code);
    if (!isOpen() || !found) {
        return;
    }
    akten::core::PlanNeed need;
    need.id = akten::core::IdGenerator(m_clock).next();
    need.lifeArea = found->lifeArea;
    need.icfCode = found->code;
    akten::core::PlanActivity first;
    first.id = akten::core::IdGenerator(m_clock).next();
    if (m_insatser->count() == 1) { // one insats: every need implements it
        first.insatsId
            = akten::core::idFromString(m_insatser->index(0).data(FilterChoiceListModel::ValueRole).toString());
    }
    need.activities.append(first);
    m_plan.needs.append(need);
    m_picker->used(found->code);
    needsChanged();
    m_need->show(int(m_plan.needs.size()) - 1, found->titleSv);
    edited();
}

QString PlanEditorController::summaryOf(int index) const
{
    return index < 0 || index >= m_plan.needs.size() ? QString() : akten::models::needSummary(m_plan.needs.at(index));
}

void PlanEditorController::showNeed(int index)
{
    m_need->show(index, needTitle(index));
}

void PlanEditorController::removeNeed(int index)
{
    if (index < 0 || index >= m_plan.needs.size()) {
        return;
    }
    m_plan.needs.removeAt(index);
    m_findings.clear();
    needsChanged();
    m_need->show(-1, {});
    edited();
}

QStringList PlanEditorController::insatsNames() const
{
    QStringList names;
    for (int i = 0; i < m_insatser->count(); ++i)
        names.append(m_insatser->index(i).data(FilterChoiceListModel::LabelRole).toString());
    return names;
}

QString PlanEditorController::insatsName(const QString &insatsId) const
{
    for (int i = 0; i < m_insatser->count(); ++i) {
        if (m_insatser->index(i).data(FilterChoiceListModel::ValueRole).toString() == insatsId) {
            return m_insatser->index(i).data(FilterChoiceListModel::LabelRole).toString();
        }
    }
    return {};
}

void PlanEditorController::linkInsats(int index)
{
    if (index >= 0 && index < m_insatser->count()) {
        m_need->setInsatsId(m_insatser->index(index).data(FilterChoiceListModel::ValueRole).toString());
    }
}

bool PlanEditorController::review()
{
    m_findings = akten::core::checkPlan(m_plan, m_catalogue, m_birthDate, akten::core::careDate(m_clock.nowMs()));
    QList<FilterChoiceListModel::Choice> gaps;
    for (const akten::core::PlanFinding &f : std::as_const(m_findings)) {
        const QString where = f.need >= 0 ? needTitle(f.need) + u": "_s : QString();
        gaps.append({ u"%1:%2:%3"_s.arg(f.need).arg(f.activity).arg(int(f.field)),
            where + akten::models::planFindingText(f.field) });
    }
    m_gaps->setChoices(gaps);
    m_need->refresh();
    m_participation->refresh();
    Q_EMIT changed();
    return m_findings.isEmpty();
}

bool PlanEditorController::establish()
{
    if (!isOpen() || !m_viewer) {
        return false;
    }
    saveDraft(); // whatever happens below, the plan as written is safe
    if (!review()) {
        m_message = tr("Planen är inte fastställd: det saknas uppgifter, se rutorna nedan.");
        Q_EMIT changed();
        return false;
    }
    const akten::store::PlanDraft draft { m_baseId, m_decisionId, m_clock.nowMs(), m_plan };
    const auto outcome = m_service.set(*m_viewer, m_residentId, draft);
    if (!outcome) {
        qCWarning(lcPlanEditor) << "the plan was not set:" << outcome.logMessage;
        using P = PlanEditorService::Problem;
        m_findings = outcome.findings;
        m_message = outcome.problem == P::OutOfScope
            ? tr("Den boende hör inte till dina enheter. Planen är inte fastställd.")
            : outcome.problem == P::NotAllowed ? tr("Bara kontaktmannen och enhetschefen kan fastställa planen.")
            : outcome.problem == P::Invalid    ? tr("Planen är inte fastställd: det saknas uppgifter.")
                                               : tr("Planen kunde inte sparas. Utkastet finns kvar.");
        m_need->refresh();
        m_participation->refresh();
        Q_EMIT changed();
        return false;
    }
    reset();
    Q_EMIT established();
    return true;
}

void PlanEditorController::edited()
{
    if (!m_findings.isEmpty()) {
        // After a refusal the checks run again with every change: a filled field loses its error at once.
        review();
        if (m_findings.isEmpty()) {
            m_message.clear();
        }
    }
    if (!m_draftTimer.isActive()) {
        m_draftTimer.start();
    }
}

void PlanEditorController::saveDraft()
{
    m_draftTimer.stop();
    if (!isOpen() || !m_viewer) {
        return;
    }
    const qint64 now = m_clock.nowMs();
    const akten::store::PlanDraft draft { m_baseId, m_decisionId, now, m_plan };
    if (const auto saved = akten::store::PlanDraftRepository(m_db).save(m_viewer->staffId, m_residentId, draft);
        !saved) {
        qCWarning(lcPlanEditor) << "the draft could not be saved:" << saved.error().message;
        m_draftText = tr("Utkastet kunde inte sparas");
    } else {
        m_draftText = tr("Utkast sparat %1")
                          .arg(QDateTime::fromMSecsSinceEpoch(now, akten::core::careTimeZone()).toString(u"HH:mm"_s));
    }
    Q_EMIT changed();
}

void PlanEditorController::close()
{
    if (m_draftTimer.isActive()) {
        saveDraft();
    }
    reset();
}

void PlanEditorController::discard()
{
    if (m_viewer && isOpen()) {
        if (const auto removed = akten::store::PlanDraftRepository(m_db).remove(m_viewer->staffId, m_residentId);
            !removed) {
            qCWarning(lcPlanEditor) << "the draft could not be deleted:" << removed.error().message;
        }
    }
    reset();
}

void PlanEditorController::setShortFirstPlan(bool value)
{
    if (value != m_plan.shortFirstPlan && !revising()) {
        m_plan.shortFirstPlan = value;
        edited();
        Q_EMIT changed();
    }
}
