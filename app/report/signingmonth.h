// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The monthly signing list as the paper layout shows it: one resident, days × insatser, a mark per signature.
// Sensitive: holds a resident's name, personal number and care; never log it. Swedish text: it is the record.
#pragma once

#include "app/core/signing.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace akten::report {

/** One signature in a day's cell: the signer's initials and what the paper list says about it. */
struct SignatureMark
{
    QString initials; ///< "AB": first letters of the signer's first and last name
    bool notDone = false; ///< shown as a second line "Ej A" with the reason's letter
    QChar reasonLetter; ///< reasonLetter(reasonCode) when not done
    bool late = false; ///< "signerad i efterhand": the initials get a star
    bool retracted = false; ///< makulerad: struck through, still shown

    /** "AB", "AB*". */
    [[nodiscard]] QString signum() const;
    /** The lines the mark takes in its cell: the signum, and "Ej A" when not done. */
    [[nodiscard]] QStringList lines() const;
};

/** One day of one row. */
struct SigningCell
{
    bool scheduled = false; ///< the plan puts the insats on this day (a cell without one is shaded)
    QList<SignatureMark> marks; ///< timed rows: every signature, oldest first, retracted ones included
    int count = 0; ///< as-needed rows: the standing "done" signatures

    /** How many text lines the cell needs (at least one). */
    [[nodiscard]] int lineCount() const;
};

/** One row: an insats at one time of day ("08:30 Morgonhygien"), or an as-needed insats with a count per day. */
struct SigningRow
{
    QTime time; ///< invalid when as needed
    QString insats;
    bool delegatedHsl = false;
    bool asNeeded = false;
    QList<SigningCell> days; ///< index 0 = the 1st of the month

    /** "08:30", or "Vid behov". */
    [[nodiscard]] QString timeLabel() const;
    /** Lines the row needs: two at least (room to sign by hand), more for a cell with several signatures. */
    [[nodiscard]] int lineCount() const;
};

/** A signer named on the list, for the signature clarification (signaturförtydligande). */
struct Signer
{
    QString initials;
    QString name; ///< "Anna Berg"
    QString title; ///< "undersköterska"
};

/** Everything one page set of the monthly list shows. */
struct SigningMonth
{
    QString residentName;
    QString personalNumber;
    bool protectedIdentity = false;
    QString unitName;
    QString room; ///< "Rum 3"; empty for a protected identity
    QDate month; ///< the 1st of the month
    QString printedBy;
    QDateTime printedAt; ///< care time zone
    QList<SigningRow> rows; ///< SoL/LSS insatser first, delegated HSL tasks after them; each group by time
    QList<Signer> signers; ///< everyone whose initials are on the list, by initials
    bool uncodedReasons = false; ///< a not-done signature from before reasons were coded ("?") is on the list

    [[nodiscard]] int dayCount() const { return month.daysInMonth(); }
};

/** The letter a not-done reason has on the paper list: A Avböjde … D Annan orsak, "?" for an uncoded one. */
[[nodiscard]] QChar reasonLetter(core::NotDoneReason reason);
/** "november 2026". */
[[nodiscard]] QString monthLabelSv(const QDate &month);
/** "23 november 2026, 14:05" in the care time zone. */
[[nodiscard]] QString dateTimeLabelSv(const QDateTime &time);
/** "må", "ti", … "sö". */
[[nodiscard]] QString weekdayLabelSv(const QDate &day);

} // namespace akten::report
