// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planneededitor.h"

#include "app/models/plantexts.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using akten::core::PlanActivity;
using akten::core::PlanField;
using akten::core::PlanNeed;

PlanNeedEditor::PlanNeedEditor(akten::core::PlanRevision &plan, const QList<akten::core::PlanFinding> &findings,
    std::function<akten::core::Id()> newId, std::function<void()> edited, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_findings(findings)
    , m_newId(std::move(newId))
    , m_edited(std::move(edited))
{ }

void PlanNeedEditor::show(int index, const QString &title)
{
    m_index = index >= 0 && index < m_plan.needs.size() ? index : -1;
    m_title = m_index < 0 ? QString() : title;
    m_activity = activityCount() > 0 ? 0 : -1;
    Q_EMIT changed();
}

PlanNeed *PlanNeedEditor::need()
{
    return m_index < 0 || m_index >= m_plan.needs.size() ? nullptr : &m_plan.needs[m_index];
}

const PlanNeed *PlanNeedEditor::need() const
{
    return m_index < 0 || m_index >= m_plan.needs.size() ? nullptr : &m_plan.needs.at(m_index);
}

PlanActivity *PlanNeedEditor::activity()
{
    PlanNeed *n = need();
    return !n || m_activity < 0 || m_activity >= n->activities.size() ? nullptr : &n->activities[m_activity];
}

const PlanActivity *PlanNeedEditor::activity() const
{
    const PlanNeed *n = need();
    return !n || m_activity < 0 || m_activity >= n->activities.size() ? nullptr : &n->activities.at(m_activity);
}

void PlanNeedEditor::editNeed(const std::function<void(PlanNeed &)> &change)
{
    if (PlanNeed *n = need()) {
        change(*n);
        m_edited();
        Q_EMIT changed();
    }
}

void PlanNeedEditor::editActivity(const std::function<void(PlanActivity &)> &change)
{
    if (PlanActivity *a = activity()) {
        change(*a);
        m_edited();
        Q_EMIT changed();
    }
}

// clang-format off
QString PlanNeedEditor::code() const { return need() ? need()->icfCode : QString(); }
QString PlanNeedEditor::ownView() const { return need() ? need()->ownView : QString(); }
QString PlanNeedEditor::ownResources() const { return need() ? need()->ownResources : QString(); }
int PlanNeedEditor::grade() const { return need() ? int(need()->grade) : int(akten::core::ProblemGrade::NotSpecified); }
QString PlanNeedEditor::goal() const { return need() ? need()->goal : QString(); }
bool PlanNeedEditor::goalVague() const { return need() && akten::core::isVagueGoal(need()->goal); }
int PlanNeedEditor::activityCount() const { return need() ? int(need()->activities.size()) : 0; }
QString PlanNeedEditor::description() const { return activity() ? activity()->description : QString(); }
bool PlanNeedEditor::compensating() const
{
    return activity() && activity()->mode == akten::core::WorkingMode::Compensating;
}
QString PlanNeedEditor::ownPart() const { return activity() ? activity()->ownPart : QString(); }
bool PlanNeedEditor::asNeeded() const { return activity() && activity()->asNeeded; }
QString PlanNeedEditor::situation() const { return activity() ? activity()->when : QString(); }
QString PlanNeedEditor::byWhom() const { return activity() ? activity()->byWhom : QString(); }
QString PlanNeedEditor::wish() const { return activity() ? activity()->wish : QString(); }
QString PlanNeedEditor::wishNotMet() const { return activity() ? activity()->wishNotMet : QString(); }
QString PlanNeedEditor::preview() const { return activity() ? akten::models::signingPreview(*activity()) : QString(); }
QString PlanNeedEditor::codeError() const { return akten::models::planErrorAt(m_findings, PlanField::IcfCode, m_index, -1); }
QString PlanNeedEditor::goalError() const { return akten::models::planErrorAt(m_findings, PlanField::Goal, m_index, -1); }
QString PlanNeedEditor::whenError() const { return akten::models::planErrorAt(m_findings, PlanField::ActivityWhen, m_index, m_activity); }
QString PlanNeedEditor::byWhomError() const { return akten::models::planErrorAt(m_findings, PlanField::ActivityByWhom, m_index, m_activity); }

void PlanNeedEditor::setOwnView(const QString &v) { editNeed([&](PlanNeed &n) { n.ownView = v; }); }
void PlanNeedEditor::setOwnResources(const QString &v) { editNeed([&](PlanNeed &n) { n.ownResources = v; }); }
void PlanNeedEditor::setGoal(const QString &v) { editNeed([&](PlanNeed &n) { n.goal = v; }); }
void PlanNeedEditor::setDescription(const QString &v) { editActivity([&](PlanActivity &a) { a.description = v; }); }
void PlanNeedEditor::setOwnPart(const QString &v) { editActivity([&](PlanActivity &a) { a.ownPart = v; }); }
void PlanNeedEditor::setSituation(const QString &v) { editActivity([&](PlanActivity &a) { a.when = v; }); }
void PlanNeedEditor::setByWhom(const QString &v) { editActivity([&](PlanActivity &a) { a.byWhom = v; }); }
void PlanNeedEditor::setWish(const QString &v) { editActivity([&](PlanActivity &a) { a.wish = v; }); }
void PlanNeedEditor::setWishNotMet(const QString &v) { editActivity([&](PlanActivity &a) { a.wishNotMet = v; }); }
// clang-format on

QString PlanNeedEditor::insatsId() const
{
    const PlanNeed *n = need();
    if (!n || n->activities.isEmpty() || n->activities.constFirst().insatsId.isNull()) {
        return {};
    }
    return akten::core::idToString(n->activities.constFirst().insatsId);
}

QStringList PlanNeedEditor::times() const
{
    QStringList result;
    for (const QTime &t : activity() ? activity()->times : QList<QTime> {}) {
        result.append(t.toString(u"HH:mm"_s));
    }
    return result;
}

void PlanNeedEditor::setGrade(int grade)
{
    const auto value = static_cast<akten::core::ProblemGrade>(grade);
    editNeed([&](PlanNeed &n) { n.grade = value; });
}

void PlanNeedEditor::setInsatsId(const QString &id)
{
    // The need implements one insats of the decision: every activity of it carries the link.
    const akten::core::Id insats = akten::core::idFromString(id);
    editNeed([&](PlanNeed &n) {
        for (PlanActivity &a : n.activities) {
            a.insatsId = insats;
        }
    });
}

void PlanNeedEditor::setActivityIndex(int index)
{
    if (index != m_activity && index >= 0 && index < activityCount()) {
        m_activity = index;
        Q_EMIT changed();
    }
}

void PlanNeedEditor::setCompensating(bool v)
{
    editActivity([&](PlanActivity &a) {
        a.mode = v ? akten::core::WorkingMode::Compensating : akten::core::WorkingMode::Supporting;
    });
}

void PlanNeedEditor::setAsNeeded(bool v)
{
    editActivity([&](PlanActivity &a) {
        a.asNeeded = v;
        if (v) {
            a.times.clear(); // "vid behov" has no times
        }
    });
}

void PlanNeedEditor::addActivity()
{
    PlanNeed *n = need();
    if (!n) {
        return;
    }
    PlanActivity a;
    a.id = m_newId();
    a.insatsId = n->activities.isEmpty() ? akten::core::Id {} : n->activities.constFirst().insatsId;
    n->activities.append(a);
    m_activity = int(n->activities.size()) - 1;
    m_edited();
    Q_EMIT changed();
}

void PlanNeedEditor::removeActivity()
{
    PlanNeed *n = need();
    if (!n || !activity()) {
        return;
    }
    n->activities.removeAt(m_activity);
    m_activity = std::min(m_activity, int(n->activities.size()) - 1);
    m_edited();
    Q_EMIT changed();
}

bool PlanNeedEditor::addTime(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*([01]?\\d|2[0-3])[:.]?([0-5]\\d)\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch() || !activity()) {
        return false;
    }
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    editActivity([&](PlanActivity &a) {
        a.asNeeded = false;
        if (!a.times.contains(time)) {
            a.times.append(time);
            std::sort(a.times.begin(), a.times.end());
        }
    });
    return true;
}

void PlanNeedEditor::removeTime(const QString &text)
{
    const QTime time = QTime::fromString(text, u"HH:mm"_s);
    editActivity([&](PlanActivity &a) { a.times.removeAll(time); });
}

QList<int> PlanNeedEditor::weekdays() const
{
    return activity() ? activity()->weekdays : QList<int> {};
}

bool PlanNeedEditor::hasWeekday(int isoDay) const
{
    return activity() && activity()->weekdays.contains(isoDay);
}

void PlanNeedEditor::toggleWeekday(int isoDay)
{
    if (isoDay < 1 || isoDay > 7) {
        return;
    }
    editActivity([&](PlanActivity &a) {
        if (!a.weekdays.removeOne(isoDay)) {
            a.weekdays.append(isoDay);
        }
    });
}

void PlanNeedEditor::startGoal(const QString &starter)
{
    editNeed([&](PlanNeed &n) {
        const QString rest = n.goal.trimmed();
        QString start = starter;
        start.remove(u'…');
        n.goal = start.trimmed() + u' ' + rest; // the cursor goes after the starter
    });
}
