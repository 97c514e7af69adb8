// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/rowlistmodel.h"
#include "app/store/daynoterepository.h"

/**
 * Day notes as a list, newest first: the resident, who wrote it and when, the text, how many days are left before
 * the purge removes it and how it was reviewed. Filled by DayNotesController (the unit's handover, the review
 * queue, one resident's notes). GUI thread.
 */
class DayNoteListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by DayNotesController")

public:
    enum Roles {
        NoteIdRole = Qt::UserRole + 1,
        ResidentIdRole,
        ResidentNameRole,
        AuthorRole, ///< "Anna Berg, undersköterska"
        WrittenRole, ///< "12 sep 2026 14:45"
        TextRole,
        DaysLeftRole, ///< days until the purge removes it
        DaysLeftTextRole, ///< "Raderas om 14 dagar"
        ReviewedRole,
        ReviewTextRole, ///< "Flyttad till journalen av Anna Berg", "Granskad: inget att flytta (Anna Berg)"
        MaskedRole, ///< a protected identity's note in a unit-wide list: the text is read in the record only
        DueForReviewRole, ///< from day 75, not yet reviewed: "Flytta till journalen" / "Inget att flytta"
    };
    Q_ENUM(Roles)

    /** Unit-wide (the handover, the review queue) or one resident's notes (the record, opened on purpose). */
    enum class Scope { Unit, Resident };

    explicit DayNoteListModel(Scope scope, QObject *parent = nullptr);
    ~DayNoteListModel() override;
    Q_DISABLE_COPY_MOVE(DayNoteListModel)

    /** Shows `notes` as of `nowMs` (for the days left), or empties the list and shows `error`. */
    void show(const QList<akten::store::DayNoteListing> &notes, qint64 nowMs, const QString &error = {});

private:
    Scope m_scope;
};
