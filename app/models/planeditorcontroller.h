// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/filterchoicelistmodel.h"
#include "app/models/icfpickermodel.h"
#include "app/models/planneededitor.h"
#include "app/models/planparticipationeditor.h"
#include "app/models/plantexts.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class PlanEditorService;
namespace akten::core {
class Clock;
}
namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store

/**
 * The guided plan editor ("Skapa plan" / "Revidera planen", ux.md §3), used together with the resident: the decision's
 * insatser and the case officer's goals beside the plan, needs picked by IBIC life area and ICF code, each need with
 * its goal and activities (PlanNeedEditor), participation and the child's part, "Granska" with the gaps as links, and
 * "Fastställ planen" (PlanEditorService). Starts from the current revision, or empty; every change is saved as the
 * author's draft in the encrypted store half a second later, so a crash loses nothing. GUI thread.
 */
class PlanEditorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    Q_PROPERTY(QString residentName READ residentName NOTIFY changed)
    Q_PROPERTY(bool revising READ revising NOTIFY changed)
    Q_PROPERTY(bool shortFirstPlan READ shortFirstPlan WRITE setShortFirstPlan NOTIFY changed)
    Q_PROPERTY(QString decisionGoals READ decisionGoals NOTIFY changed)
    Q_PROPERTY(FilterChoiceListModel *insatser READ insatser CONSTANT)
    Q_PROPERTY(QStringList insatsNames READ insatsNames NOTIFY changed)
    Q_PROPERTY(FilterChoiceListModel *needs READ needs CONSTANT)
    Q_PROPERTY(FilterChoiceListModel *gaps READ gaps CONSTANT)
    Q_PROPERTY(IcfPickerModel *picker READ picker CONSTANT)
    Q_PROPERTY(PlanNeedEditor *need READ need CONSTANT)
    Q_PROPERTY(PlanParticipationEditor *participation READ participation CONSTANT)
    Q_PROPERTY(QString needsError READ needsError NOTIFY changed)
    Q_PROPERTY(QString draftText READ draftText NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    PlanEditorController(akten::store::Database &db, akten::store::MasterDataRepository &master,
        PlanEditorService &service, const akten::core::IbicCatalogue &catalogue, const akten::core::Clock &clock,
        QObject *parent = nullptr);
    ~PlanEditorController() override;
    Q_DISABLE_COPY_MOVE(PlanEditorController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);

    /** Whether the logged-in user may create or revise this resident's plan (kontaktman or unit manager). */
    Q_INVOKABLE bool mayEdit(const QString &residentId) const;
    /** Opens the editor: the user's draft for the resident, else the current revision, else an empty plan. */
    Q_INVOKABLE bool openFor(const QString &residentId);
    /** A need for an ICF code from the picker; it becomes the need shown. */
    Q_INVOKABLE void addNeed(const QString &code);
    Q_INVOKABLE void showNeed(int index);
    Q_INVOKABLE void removeNeed(int index);
    /** Links the need shown to the decision's insats number `index` (in `insatsNames`). */
    Q_INVOKABLE void linkInsats(int index);
    /** The title of an insats of the decision by id ("" if none). */
    Q_INVOKABLE QString insatsName(const QString &insatsId) const;
    /** "Granska": fills `gaps` (value "need:activity:field") and says whether the plan may be set. */
    Q_INVOKABLE bool review();
    /** Need `index` in plain words for the review (the goal; each activity and when it is signed). */
    Q_INVOKABLE QString summaryOf(int index) const;
    /** "Fastställ planen": false with errors at the fields (nothing set, draft kept), or sets it. */
    Q_INVOKABLE bool establish();
    /** Leaves the editor; the draft stays. */
    Q_INVOKABLE void close();
    /** Throws the draft away. */
    Q_INVOKABLE void discard();

    [[nodiscard]] bool isOpen() const { return !m_residentId.isNull(); }
    [[nodiscard]] QString residentName() const { return m_residentName; }
    [[nodiscard]] bool revising() const { return !m_baseId.isNull(); }
    [[nodiscard]] bool shortFirstPlan() const { return m_plan.shortFirstPlan; }
    [[nodiscard]] QString decisionGoals() const { return m_decisionGoals; }
    [[nodiscard]] FilterChoiceListModel *insatser() const { return m_insatser; }
    [[nodiscard]] FilterChoiceListModel *needs() const { return m_needs; }
    [[nodiscard]] QStringList insatsNames() const;
    [[nodiscard]] FilterChoiceListModel *gaps() const { return m_gaps; }
    [[nodiscard]] IcfPickerModel *picker() const { return m_picker; }
    [[nodiscard]] PlanNeedEditor *need() const { return m_need; }
    [[nodiscard]] PlanParticipationEditor *participation() const { return m_participation; }
    [[nodiscard]] QString needsError() const
    {
        return akten::models::planErrorAt(m_findings, akten::core::PlanField::Needs);
    }
    [[nodiscard]] QString draftText() const { return m_draftText; }
    [[nodiscard]] QString message() const { return m_message; }

    void setShortFirstPlan(bool value);

Q_SIGNALS:
    void changed();
    /** A revision was set for the resident. */
    void established();

private:
    void reset();
    void edited();
    void saveDraft();
    void needsChanged();
    [[nodiscard]] QString needTitle(int index) const;

    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
    PlanEditorService &m_service;
    const akten::core::IbicCatalogue &m_catalogue;
    const akten::core::Clock &m_clock;
    std::optional<akten::auth::SessionUser> m_viewer;
    akten::core::Id m_residentId;
    QString m_residentName;
    QDate m_birthDate;
    akten::core::Id m_baseId;
    akten::core::Id m_decisionId;
    QString m_decisionGoals;
    akten::core::PlanRevision m_plan;
    QList<akten::core::PlanFinding> m_findings;
    QTimer m_draftTimer;
    QString m_draftText;
    QString m_message;
    FilterChoiceListModel *m_insatser; ///< child of this
    FilterChoiceListModel *m_needs; ///< child of this
    FilterChoiceListModel *m_gaps; ///< child of this
    IcfPickerModel *m_picker; ///< child of this
    PlanNeedEditor *m_need; ///< child of this
    PlanParticipationEditor *m_participation; ///< child of this
};
