// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Social journal, corrections and day notes. Append-only except day notes (deleted after 90 days, after review).
// Sensitive: every text field is personal data.
#pragma once

#include "app/core/recordmeta.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace akten::core {

/** What a journal entry is about; from the guideline's list of what must appear in the journal. */
enum class JournalCategory {
    Execution, ///< genomförande: how the insats went, the resident's influence
    Deviation, ///< avvikelse från genomförandeplanen, and why
    ChangedNeeds,
    GoalProgress,
    PlanEvent, ///< plan established, followed up or revised
    Contact, ///< contact with legitimerad personal, relatives, case officer
    Document, ///< an important document arrived or was created
    Complaint,
    InsatsStarted,
    InsatsEnded,
    Consent, ///< consent given or revoked
    Release, ///< a copy of documentation released
    ChildInformation, ///< information given to a child and the child's views (D8)
    FinalNote, ///< the unit manager's closing note
    Influence, ///< how the resident influenced how the insats was carried out
    Meeting, ///< what came up in talks and meetings
    Interpreter, ///< an interpreter or communication aid was used
};

/** A social-journal entry: event date separate from recording time; author shown with name and title. */
struct JournalEntry
{
    RecordMeta meta;
    Id residentId;
    QDate eventDate;
    JournalCategory category = JournalCategory::Execution;
    QString text;
    QString authorName; ///< as it was when written ("Anna Berg")
    QString authorTitle; ///< ("undersköterska")
    bool interpreterUsed = false;
    QTime eventTime {}; ///< when it happened, if stated (invalid: the day only)
    bool hslRecorded = false; ///< a health matter, also recorded in the patient record (HSL), as the writer confirmed
};

/** A correction: a new record pointing at the original entry, which stays readable. */
struct Correction
{
    RecordMeta meta;
    Id residentId;
    Id entryId;
    QString text; ///< the corrected wording or the resident's objection
    QString reason;
    bool residentObjection = false;
    QString authorName;
    QString authorTitle;
};

/**
 * A day/work note (daganteckning) for handover; not the journal; deleted 90 days after creation (core/daynotes.h).
 * Immutable once written; its review is a record of its own (core::DayNoteReview).
 */
struct DayNote
{
    RecordMeta meta;
    Id residentId;
    QString text;
};

} // namespace akten::core
