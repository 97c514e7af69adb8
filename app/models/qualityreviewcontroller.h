// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/qualityreview.h"
#include "app/models/qualityquestionnaire.h"
#include "app/models/qualityresultlistmodel.h"
#include "app/models/qualitysamplelistmodel.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QualityReviewService;
namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
}
namespace akten::store {
class MasterDataRepository;
}

/**
 * "Kvalitetsgranskning" (domain.md D9): a unit's sample of set plans for a year, drawing it, the questionnaire per
 * sampled plan and the unit's result. For the unit manager and SAS, never on a kiosk. Showing the sample is a view of
 * personal data (resident names): audited ("view.quality_review") before anything is shown.
 */
class QualityReviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool allowed READ allowed NOTIFY changed)
    Q_PROPERTY(int year READ year NOTIFY changed)
    Q_PROPERTY(bool latestYear READ latestYear NOTIFY changed)
    Q_PROPERTY(QStringList unitNames READ unitNames NOTIFY changed)
    Q_PROPERTY(int unitIndex READ unitIndex NOTIFY changed)
    Q_PROPERTY(bool drawn READ drawn NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString smallNote READ smallNote NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QualitySampleListModel *plans READ plans CONSTANT)
    Q_PROPERTY(QualityResultListModel *results READ results CONSTANT)
    Q_PROPERTY(QualityQuestionnaire *questionnaire READ questionnaire CONSTANT)

public:
    QualityReviewController(QualityReviewService &service, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, bool kiosk, QObject *parent = nullptr);
    ~QualityReviewController() override;
    Q_DISABLE_COPY_MOVE(QualityReviewController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Shows this year's sample of the first unit the viewer reviews; false (nothing shown) if not allowed. */
    Q_INVOKABLE bool open();
    /** Another year (this year at most) or unit. */
    Q_INVOKABLE bool showYear(int year);
    Q_INVOKABLE bool showUnit(int index);
    /** Draws the sample of the shown unit and year. */
    Q_INVOKABLE bool draw();
    /** Opens the questionnaire for a sampled plan not yet reviewed. */
    Q_INVOKABLE bool review(const QString &residentId);

    [[nodiscard]] bool allowed() const;
    [[nodiscard]] int year() const { return m_year; }
    [[nodiscard]] bool latestYear() const;
    [[nodiscard]] QStringList unitNames() const;
    [[nodiscard]] int unitIndex() const { return m_unitIndex; }
    [[nodiscard]] bool drawn() const { return m_sample.has_value(); }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString smallNote() const;
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QualitySampleListModel *plans() const { return m_plans; }
    [[nodiscard]] QualityResultListModel *results() const { return m_results; }
    [[nodiscard]] QualityQuestionnaire *questionnaire() const { return m_questionnaire; }

Q_SIGNALS:
    void changed();

private:
    /** Reads and shows the sample of the shown unit and year (audited); false if it cannot be shown. */
    bool load();
    void clear(const QString &message);

    QualityReviewService &m_service;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    const bool m_kiosk;
    std::optional<akten::auth::SessionUser> m_viewer;
    QList<akten::core::Unit> m_units; ///< the units the viewer reviews
    int m_unitIndex = 0;
    int m_year = 0;
    std::optional<akten::core::QualitySample> m_sample;
    QString m_summary;
    QString m_message;
    QualitySampleListModel *m_plans = nullptr;
    QualityResultListModel *m_results = nullptr;
    QualityQuestionnaire *m_questionnaire = nullptr;
};
