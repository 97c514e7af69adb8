// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/daynotelistmodel.h"

#include "app/core/caretime.h"
#include "app/core/daynotes.h"
#include "app/models/modelsupport.h"

using namespace Qt::StringLiterals;

DayNoteListModel::DayNoteListModel(Scope scope, QObject *parent)
    : RowListModel(
        { { NoteIdRole, "noteId" }, { ResidentIdRole, "residentId" }, { ResidentNameRole, "residentName" },
            { AuthorRole, "author" }, { WrittenRole, "written" }, { TextRole, "text" }, { DaysLeftRole, "daysLeft" },
            { DaysLeftTextRole, "daysLeftText" }, { ReviewedRole, "reviewed" }, { ReviewTextRole, "reviewText" },
            { MaskedRole, "masked" }, { DueForReviewRole, "dueForReview" } },
        parent, NoteIdRole)
    , m_scope(scope)
{ }

DayNoteListModel::~DayNoteListModel() = default;

void DayNoteListModel::show(const QList<akten::store::DayNoteListing> &notes, qint64 nowMs, const QString &error)
{
    QList<Row> rows;
    for (const auto &listing : notes) {
        const int left = akten::core::dayNoteDaysLeft(listing.note.meta.wallMs, nowMs);
        QString review;
        if (listing.review) {
            const QString who = listing.reviewerName.isEmpty() ? tr("okänd") : listing.reviewerName;
            review = listing.review->outcome == akten::core::DayNoteReviewOutcome::Moved
                ? tr("Flyttad till journalen av %1").arg(who)
                : tr("Granskad av %1: inget att flytta").arg(who);
        }
        // Unit-wide lists never show a protected identity's words: they may name the person.
        const bool masked = m_scope == Scope::Unit && listing.residentProtected;
        const QString author
            = listing.authorTitle.isEmpty() ? listing.authorName : listing.authorName + u", "_s + listing.authorTitle;
        rows.append({ { NoteIdRole, akten::core::idToString(listing.note.meta.id) },
            { ResidentIdRole, akten::core::idToString(listing.note.residentId) },
            { ResidentNameRole, listing.residentProtected ? tr("Skyddad identitet") : listing.residentName },
            { AuthorRole, author },
            { WrittenRole,
                akten::models::formatDateTimeSv(
                    QDateTime::fromMSecsSinceEpoch(listing.note.meta.wallMs, akten::core::careTimeZone())) },
            { TextRole,
                masked ? tr("Anteckningen gäller en boende med skyddad identitet. Den läses i den boendes akt.")
                       : listing.note.text },
            { MaskedRole, masked }, { DaysLeftRole, left },
            { DueForReviewRole, !listing.review && akten::core::dayNoteDueForReview(listing.note.meta.wallMs, nowMs) },
            { DaysLeftTextRole, left == 0 ? tr("Raderas i dag") : tr("Raderas om %n dagar", "", left) },
            { ReviewedRole, listing.review.has_value() }, { ReviewTextRole, review } });
    }
    setRows(rows, error);
}
