// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A quick journal note as staff fill it in: one or more residents, when it happened, what kind of entry, the guided
// fields some kinds have, and the writer's own words. Composed into one entry per resident (never one shared text
// that names the others). Pure rules; Swedish text is what the journal stores. Sensitive: personal data.
#pragma once

#include "app/core/journal.h"

#include <QHash>
#include <QList>
#include <QTime>

namespace akten::core {

/** The longest entry text (characters); a longer one is refused at the field, the draft kept. */
constexpr int kMaxJournalText = 20000;

/** The parts of a note the form asks for; a finding names the field it belongs to. */
enum class NoteField {
    Residents,
    EventDate,
    Category,
    WithWhom, ///< a contact or meeting: with whom (first name and title, or relation)
    About, ///< a contact or meeting: about what
    What, ///< a complaint: what; a deviation: what was not done as planned; an aid: which; a child: what was told
    Action, ///< a complaint: what was done about it; a deviation: why; a child: the child's views
    Considered, ///< a child: how the child's views were considered
    Text,
};

/** What is wrong with a field. */
enum class NoteProblem {
    Missing,
    InFuture, ///< the event date and time lie after now
    BeforeAdmission, ///< the event date lies before the resident moved in
    TooLong,
    OutOfScope, ///< a resident not in the writer's units
};

struct NoteFinding
{
    NoteField field;
    NoteProblem problem;
    bool operator==(const NoteFinding &) const = default;
};

/** A quick note before it is saved (also what a draft holds). */
struct JournalNote
{
    QList<Id> residentIds;
    QDate eventDate;
    QTime eventTime; ///< invalid: the day only
    JournalCategory category = JournalCategory::Execution;
    QString withWhom;
    QString about;
    QString what;
    QString action;
    QString considered;
    QString text; ///< the writer's own words
    bool health = false; ///< about a changed state of health or a delegated health-care task (the HSL boundary)
    bool hslRecorded = false; ///< …and the writer has recorded it in the patient record too
    bool operator==(const JournalNote &) const = default;
};

/** The guided fields a kind of entry asks for, in the form's order (none: the writer's words only). */
[[nodiscard]] QList<NoteField> guidedFields(JournalCategory category);

/** The entry text for one resident: the guided fields as sentences, then the writer's words. */
[[nodiscard]] QString composeJournalText(const JournalNote &note);

/**
 * Everything wrong with the note, by field: no resident, no kind, a guided field left empty, no text at all, an event
 * in the future (at `nowMs`, care time) or before a resident moved in (`movedIn`: resident → date), too long.
 */
[[nodiscard]] QList<NoteFinding> checkNote(const JournalNote &note, qint64 nowMs, const QHash<Id, QDate> &movedIn);

/** A note as a draft's JSON body (this device only, never synced), and back; nullopt if it cannot be read. */
[[nodiscard]] QByteArray encodeDraft(const JournalNote &note);
[[nodiscard]] std::optional<JournalNote> decodeDraft(const QByteArray &json);

} // namespace akten::core
