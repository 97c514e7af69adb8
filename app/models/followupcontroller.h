// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/catalogue.h"
#include "app/models/followupgoallistmodel.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store
class FollowUpService;

/**
 * The follow-up wizard's state ("Följ upp planen", ux.md "Uppföljning"): the current set plan's goals with a
 * result and a comment each, the resident's answers to the three questions, and what happens next. save() hands it
 * to FollowUpService; what is missing is said at the field in Swedish and nothing is saved. Choices are ints in the
 * order of core's enums, -1 for none chosen: result uppnått 0 / delvis 1 / ej 2; answer ja 0 / delvis 1 / nej 2 /
 * vill inte svara 3; outcome fortsätt 0 / revidera 1 / kontakta handläggaren 2; reason mer 1 / mindre 2 / upphört 3.
 */
class FollowUpController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    Q_PROPERTY(QString residentName READ residentName NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(FollowUpGoalListModel *goals READ goals CONSTANT)
    Q_PROPERTY(int benefit READ benefit WRITE setBenefit NOTIFY changed)
    Q_PROPERTY(int value READ value WRITE setValue NOTIFY changed)
    Q_PROPERTY(int quality READ quality WRITE setQuality NOTIFY changed)
    Q_PROPERTY(int outcome READ outcome WRITE setOutcome NOTIFY changed)
    Q_PROPERTY(int reason READ reason WRITE setReason NOTIFY changed)
    /// What is missing, per field ("benefit", "value", "quality", "outcome", "reason"); empty when nothing is.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY changed)

public:
    FollowUpController(akten::store::Database &db, akten::store::MasterDataRepository &master, FollowUpService &service,
        const akten::core::IbicCatalogue &catalogue, QObject *parent = nullptr);
    ~FollowUpController() override;
    Q_DISABLE_COPY_MOVE(FollowUpController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Whether the viewer may follow up this resident's plan (kontaktman or unit manager, a set plan). */
    Q_INVOKABLE bool mayFollowUp(const QString &residentId) const;
    /** Starts a follow-up of the resident's current set plan; false (errorText) if there is none to follow up. */
    Q_INVOKABLE bool start(const QString &residentId);
    Q_INVOKABLE void setGoalResult(int row, int result);
    Q_INVOKABLE void setGoalComment(int row, const QString &comment);
    /** "Spara uppföljningen": true when written (the wizard closes); otherwise the gaps are shown at the fields. */
    Q_INVOKABLE bool save();
    Q_INVOKABLE void cancel();

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString residentName() const { return m_residentName; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] FollowUpGoalListModel *goals() const { return m_goals; }
    [[nodiscard]] int benefit() const { return m_benefit; }
    [[nodiscard]] int value() const { return m_value; }
    [[nodiscard]] int quality() const { return m_quality; }
    [[nodiscard]] int outcome() const { return m_outcome; }
    [[nodiscard]] int reason() const { return m_reason; }
    [[nodiscard]] QVariantMap fieldErrors() const { return m_fieldErrors; }
    void setBenefit(int v);
    void setValue(int v);
    void setQuality(int v);
    void setOutcome(int v);
    void setReason(int v);

Q_SIGNALS:
    void changed();
    /** A follow-up was written for this resident (the record and the deadlines reload). */
    void saved(const QString &residentId);

private:
    void setChoice(int &field, int v, const QString &errorKey);

    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
    FollowUpService &m_service;
    const akten::core::IbicCatalogue &m_catalogue;
    std::optional<akten::auth::SessionUser> m_viewer;
    FollowUpGoalListModel *m_goals = nullptr;
    bool m_open = false;
    akten::core::Id m_residentId;
    akten::core::Id m_revisionId;
    QString m_residentName;
    QString m_errorText;
    int m_benefit = -1;
    int m_value = -1;
    int m_quality = -1;
    int m_outcome = -1;
    int m_reason = -1;
    QVariantMap m_fieldErrors;
};
