// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/qualityquestionnaire.h"

#include "app/models/qualityreviewservice.h"

using namespace Qt::StringLiterals;
using namespace akten;

QString QualityQuestionnaire::questionText(int question)
{
    switch (question) {
    case 0:
        return tr("Följer planen beslutet?");
    case 1:
        return tr("Är planen individuell?");
    case 2:
        return tr("Är den enskildes delaktighet dokumenterad?");
    case 3:
        return tr("Är målen mätbara?");
    case 4:
        return tr("Är uppföljningen gjord i tid?");
    default:
        return {};
    }
}

QualityQuestionnaire::QualityQuestionnaire(QualityReviewService &service, QObject *parent)
    : RowListModel({ { QuestionRole, "question" }, { AnswerRole, "answer" }, { CommentRole, "comment" },
                       { ProblemRole, "problem" } },
        parent, QuestionRole)
    , m_service(service)
{ }

void QualityQuestionnaire::start(
    const auth::SessionUser &viewer, const core::Id &sampleId, const core::SampledPlan &plan, const QString &planName)
{
    m_viewer = viewer;
    m_review = {};
    m_review.sampleId = sampleId;
    m_review.residentId = plan.residentId;
    m_review.revisionId = plan.revisionId;
    m_planName = planName;
    m_message.clear();
    show();
}

void QualityQuestionnaire::cancel()
{
    m_viewer.reset();
    m_review = {};
    m_planName.clear();
    m_message.clear();
    setRows({});
    Q_EMIT changed();
}

void QualityQuestionnaire::setAnswer(int question, const QString &code)
{
    if (question < 0 || question >= core::kReviewQuestionCount) {
        return;
    }
    m_review.items[question].answer = core::reviewAnswerFromCode(code);
    show();
}

void QualityQuestionnaire::setComment(int question, const QString &comment)
{
    if (question >= 0 && question < core::kReviewQuestionCount) {
        m_review.items[question].comment = comment.left(core::kMaxReviewComment);
    }
}

bool QualityQuestionnaire::save()
{
    if (!m_viewer) {
        return false;
    }
    const auto outcome = m_service.review(*m_viewer, m_review);
    using P = QualityReviewService::Problem;
    switch (outcome.problem) {
    case P::None:
        cancel();
        Q_EMIT saved();
        return true;
    case P::Incomplete:
        m_message = tr("Svara Ja, Delvis eller Nej på varje fråga innan du sparar. Ingenting har sparats.");
        break;
    case P::NotInSample:
    case P::NoSample:
        m_message = tr("Planen finns inte i årets urval och kan inte granskas här. Ingenting har sparats.");
        break;
    case P::AlreadyReviewed:
        m_message = tr("Planen är redan granskad i år. Ingenting har sparats.");
        break;
    case P::CaseClosed:
        m_message = tr("Ärendet är avslutat och akten är låst, så planen granskas inte. Ingenting har sparats.");
        break;
    case P::NotAllowed:
        m_message = tr("Bara enhetschefen eller SAS granskar planer. Ingenting har sparats.");
        break;
    default:
        m_message = tr("Granskningen kunde inte sparas. Ingenting har sparats, försök igen.");
        break;
    }
    show(outcome.unanswered);
    return false;
}

void QualityQuestionnaire::show(const QList<int> &unanswered)
{
    QList<Row> rows;
    for (int q = 0; q < core::kReviewQuestionCount; ++q) {
        const core::ReviewItem &item = m_review.items.at(q);
        rows.append({ { QuestionRole, questionText(q) },
            { AnswerRole, item.answer ? core::toCode(*item.answer) : QString() }, { CommentRole, item.comment },
            { ProblemRole, unanswered.contains(q) && !item.answer ? tr("Välj Ja, Delvis eller Nej.") : QString() } });
    }
    setRows(rows);
    Q_EMIT changed();
}
