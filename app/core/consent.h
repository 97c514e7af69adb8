// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/recordmeta.h"

#include <QDate>
#include <QString>

#include <optional>

namespace akten::core {

enum class ConsentAction { Given, Revoked };

/** Consent to lift secrecy: for whom, which data, for how long; revocable by a later event. Append-only. */
struct ConsentEvent
{
    RecordMeta meta;
    Id residentId;
    ConsentAction action = ConsentAction::Given;
    QString recipient; ///< who may receive the information
    QString scope; ///< which data
    QDate validFrom;
    std::optional<QDate> validTo;
    QString givenBy; ///< the resident or their representative
};

/** A released copy of documentation (utlämnande): who got it, what it covers, when, who released it. Append-only. */
struct ReleaseRecord
{
    RecordMeta meta;
    Id residentId;
    QString recipient;
    QString covers;
    QDate releasedOn;
    bool recipientVerified = false;
    bool harmReviewDone = false; ///< checked for information that could harm others
};

} // namespace akten::core
