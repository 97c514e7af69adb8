// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/qualityreview.h"
#include "app/models/rowlistmodel.h"

#include <optional>

class QualityReviewService;

/**
 * The review questionnaire for one sampled plan (domain.md D9): one row per question with its answer (Ja / Delvis /
 * Nej as "yes" / "partly" / "no", "" unanswered), a comment and the Swedish message at the question when saving was
 * refused. Saving goes through QualityReviewService; a refusal writes nothing and says why.
 */
class QualityQuestionnaire : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the quality review")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString planName READ planName NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    enum Roles { QuestionRole = Qt::UserRole + 1, AnswerRole, CommentRole, ProblemRole };
    Q_ENUM(Roles)
    explicit QualityQuestionnaire(QualityReviewService &service, QObject *parent = nullptr);

    /** The question in Swedish (core::ReviewQuestion order). */
    [[nodiscard]] static QString questionText(int question);
    /** Starts an empty questionnaire for the plan of `sampleId`. */
    void start(const akten::auth::SessionUser &viewer, const akten::core::Id &sampleId,
        const akten::core::SampledPlan &plan, const QString &planName);
    /** Closes it without saving. */
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void setAnswer(int question, const QString &code);
    Q_INVOKABLE void setComment(int question, const QString &comment);
    /** Saves the review; false with the reasons shown (nothing written). */
    Q_INVOKABLE bool save();

    [[nodiscard]] bool active() const { return m_viewer.has_value(); }
    [[nodiscard]] QString planName() const { return m_planName; }
    [[nodiscard]] QString message() const { return m_message; }

Q_SIGNALS:
    void changed();
    /** A review was stored. */
    void saved();

private:
    void show(const QList<int> &unanswered = {});

    QualityReviewService &m_service;
    std::optional<akten::auth::SessionUser> m_viewer;
    akten::core::QualityReview m_review;
    QString m_planName;
    QString m_message;
};
