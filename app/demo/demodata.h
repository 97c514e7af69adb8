// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/consent.h"
#include "app/core/daynotes.h"
#include "app/core/followup.h"
#include "app/core/journal.h"
#include "app/core/masterdata.h"
#include "app/core/plan.h"
#include "app/core/qualityreview.h"
#include "app/core/recorddocuments.h"
#include "app/core/signing.h"

#include <QList>

namespace akten::demo {

/** A demo staff badge: card UID and the documented demo PIN (demo data only; never a real credential). */
struct DemoBadge
{
    core::Id staffId;
    QString uidHex;
    QString demoPin;
};

/** Everything the demo unit holds, as core values, ready to be seeded into a store. */
struct DemoData
{
    QList<core::Unit> units;
    QList<core::Staff> staff;
    QList<core::Resident> residents;
    QList<core::Decision> decisions;
    QList<core::DocumentRecord> documents;
    QList<core::PlanRevision> plans;
    QList<core::PlanFollowUpRecord> followUps; ///< plan follow-ups with the resident (the revisions they led to)
    QList<core::JournalEntry> journal;
    QList<core::Correction> corrections;
    QList<core::Signature> signatures;
    QList<core::SignatureRetraction> retractions;
    QList<core::ConsentEvent> consents;
    QList<core::ReleaseRecord> releases; ///< releases as written before requests and decisions were kept (none now)
    QList<core::ReleaseEvent> releaseEvents; ///< requests to read or copy the record, and the decisions on them
    QList<core::DayNote> dayNotes;
    QList<core::DayNoteReview> dayNoteReviews;
    QList<core::RecordDocument> recordDocuments; ///< cover sheet versions, register entries, life story, falls, …
    QList<DemoBadge> badges;
    QList<core::QualitySample> qualitySamples; ///< last year's quality review sample (D9); this year's is drawn
    QList<core::QualityReview> qualityReviews;
};

} // namespace akten::demo
