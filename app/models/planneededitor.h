// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/plancheck.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

/**
 * One need of the plan being edited, and one of its activities, as the editor's "Behov" and "Aktivitet" steps show
 * them: the resident's own words and resources, the staff's grade kept apart, the goal with advice when it cannot be
 * followed up, and the activity's HOW, WHEN (times, weekdays, a situation, "Vid behov"), BY WHOM and wishes, with
 * the line the signing list will show. Edits the plan its PlanEditorController owns; errors from the last refused
 * "Fastställ planen" are said at the fields in Swedish. GUI thread.
 */
class PlanNeedEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by PlanEditorController")
    Q_PROPERTY(int index READ index NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString code READ code NOTIFY changed)
    Q_PROPERTY(QString ownView READ ownView WRITE setOwnView NOTIFY changed)
    Q_PROPERTY(QString ownResources READ ownResources WRITE setOwnResources NOTIFY changed)
    Q_PROPERTY(int grade READ grade WRITE setGrade NOTIFY changed)
    Q_PROPERTY(QString goal READ goal WRITE setGoal NOTIFY changed)
    Q_PROPERTY(bool goalVague READ goalVague NOTIFY changed)
    Q_PROPERTY(QString insatsId READ insatsId WRITE setInsatsId NOTIFY changed)
    Q_PROPERTY(int activityCount READ activityCount NOTIFY changed)
    Q_PROPERTY(int activityIndex READ activityIndex WRITE setActivityIndex NOTIFY changed)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY changed)
    Q_PROPERTY(bool compensating READ compensating WRITE setCompensating NOTIFY changed)
    Q_PROPERTY(QString ownPart READ ownPart WRITE setOwnPart NOTIFY changed)
    Q_PROPERTY(QStringList times READ times NOTIFY changed)
    Q_PROPERTY(QString timesText READ timesText NOTIFY changed)
    Q_PROPERTY(QList<int> weekdays READ weekdays NOTIFY changed)
    Q_PROPERTY(bool asNeeded READ asNeeded WRITE setAsNeeded NOTIFY changed)
    Q_PROPERTY(QString situation READ situation WRITE setSituation NOTIFY changed)
    Q_PROPERTY(QString byWhom READ byWhom WRITE setByWhom NOTIFY changed)
    Q_PROPERTY(QString wish READ wish WRITE setWish NOTIFY changed)
    Q_PROPERTY(QString wishNotMet READ wishNotMet WRITE setWishNotMet NOTIFY changed)
    Q_PROPERTY(QString preview READ preview NOTIFY changed)
    Q_PROPERTY(QString codeError READ codeError NOTIFY changed)
    Q_PROPERTY(QString goalError READ goalError NOTIFY changed)
    Q_PROPERTY(QString whenError READ whenError NOTIFY changed)
    Q_PROPERTY(QString byWhomError READ byWhomError NOTIFY changed)

public:
    /** `edited` is called after every change (the owner saves the draft). */
    PlanNeedEditor(akten::core::PlanRevision &plan, const QList<akten::core::PlanFinding> &findings,
        std::function<akten::core::Id()> newId, std::function<void()> edited, QObject *parent = nullptr);

    /** Shows need `index` (or none: -1) and its first activity; the title is the catalogue's. */
    void show(int index, const QString &title);
    void refresh() { Q_EMIT changed(); }

    [[nodiscard]] int index() const { return m_index; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString code() const;
    [[nodiscard]] QString ownView() const;
    [[nodiscard]] QString ownResources() const;
    [[nodiscard]] int grade() const;
    [[nodiscard]] QString goal() const;
    [[nodiscard]] bool goalVague() const;
    [[nodiscard]] QString insatsId() const;
    [[nodiscard]] int activityCount() const;
    [[nodiscard]] int activityIndex() const { return m_activity; }
    [[nodiscard]] QString description() const;
    [[nodiscard]] bool compensating() const;
    [[nodiscard]] QString ownPart() const;
    [[nodiscard]] QStringList times() const;
    [[nodiscard]] QString timesText() const { return times().join(QStringLiteral(", ")); }
    [[nodiscard]] QList<int> weekdays() const;
    [[nodiscard]] bool asNeeded() const;
    [[nodiscard]] QString situation() const;
    [[nodiscard]] QString byWhom() const;
    [[nodiscard]] QString wish() const;
    [[nodiscard]] QString wishNotMet() const;
    [[nodiscard]] QString preview() const;
    [[nodiscard]] QString codeError() const;
    [[nodiscard]] QString goalError() const;
    [[nodiscard]] QString whenError() const;
    [[nodiscard]] QString byWhomError() const;

    void setOwnView(const QString &v);
    void setOwnResources(const QString &v);
    void setGrade(int grade);
    void setGoal(const QString &v);
    void setInsatsId(const QString &id);
    void setActivityIndex(int index);
    void setDescription(const QString &v);
    void setCompensating(bool v);
    void setOwnPart(const QString &v);
    void setAsNeeded(bool v);
    void setSituation(const QString &v);
    void setByWhom(const QString &v);
    void setWish(const QString &v);
    void setWishNotMet(const QString &v);

    /** A new activity for the need ("Lägg till aktivitet"); it becomes the one shown. */
    Q_INVOKABLE void addActivity();
    Q_INVOKABLE void removeActivity();
    /** Adds a clock time "21:30" (or "2130") to the activity; false if it is not a time. Takes "Vid behov" away. */
    Q_INVOKABLE bool addTime(const QString &text);
    Q_INVOKABLE void removeTime(const QString &text);
    Q_INVOKABLE bool hasWeekday(int isoDay) const;
    Q_INVOKABLE void toggleWeekday(int isoDay);
    /** The goal starter "Att få stöd med…" put in front of the goal (or as the goal). */
    Q_INVOKABLE void startGoal(const QString &starter);

Q_SIGNALS:
    void changed();

private:
    akten::core::PlanNeed *need();
    const akten::core::PlanNeed *need() const;
    akten::core::PlanActivity *activity();
    const akten::core::PlanActivity *activity() const;
    void editActivity(const std::function<void(akten::core::PlanActivity &)> &change);
    void editNeed(const std::function<void(akten::core::PlanNeed &)> &change);

    akten::core::PlanRevision &m_plan;
    const QList<akten::core::PlanFinding> &m_findings;
    std::function<akten::core::Id()> m_newId;
    std::function<void()> m_edited;
    int m_index = -1;
    int m_activity = -1;
    QString m_title;
};
