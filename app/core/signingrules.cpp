// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/signingrules.h"

#include "app/core/enums.h"

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

QString withComment(const QString &label, const QString &comment)
{
    const QString words = comment.trimmed();
    return words.isEmpty() ? label : label + u": "_s + words;
}

QString timeSv(const Occurrence &o)
{
    return o.asNeeded ? QString() : u" klockan %1"_s.arg(o.time.toString(u"HH:mm"_s));
}

} // namespace

QString notDoneReasonText(NotDoneReason reason, const QString &comment)
{
    return withComment(labelSv(reason), comment);
}

SigningRefusal checkNotDone(NotDoneReason reason, const QString &comment)
{
    if (reason == NotDoneReason::Unspecified) {
        return SigningRefusal::ReasonMissing;
    }
    if (comment.size() > kMaxSigningComment) {
        return SigningRefusal::CommentTooLong;
    }
    if (reason == NotDoneReason::Other && comment.trimmed().isEmpty()) {
        return SigningRefusal::CommentMissing;
    }
    return SigningRefusal::None;
}

SigningRefusal checkRetraction(RetractionReason reason, const QString &comment, bool undo)
{
    if (undo != (reason == RetractionReason::Undone)) {
        return reason == RetractionReason::Unspecified ? SigningRefusal::ReasonMissing : SigningRefusal::NotSignable;
    }
    if (reason == RetractionReason::Unspecified) {
        return SigningRefusal::ReasonMissing;
    }
    if (comment.size() > kMaxSigningComment) {
        return SigningRefusal::CommentTooLong;
    }
    if (reason == RetractionReason::Other && comment.trimmed().isEmpty()) {
        return SigningRefusal::CommentMissing;
    }
    return SigningRefusal::None;
}

QString retractionReasonText(RetractionReason reason, const QString &comment)
{
    return reason == RetractionReason::Undone ? u"ångrat direkt"_s : withComment(labelSv(reason), comment);
}

QString deviationJournalText(
    const QString &residentFirstName, const Occurrence &occurrence, NotDoneReason reason, const QString &comment)
{
    const QString insats = u"\"%1\"%2"_s.arg(occurrence.description, timeSv(occurrence));
    QString text;
    switch (reason) {
    case NotDoneReason::Declined:
        text = u"%1 avböjde insatsen %2."_s.arg(residentFirstName, insats);
        break;
    case NotDoneReason::Absent:
        text = u"%1 var inte på plats och insatsen %2 blev inte utförd."_s.arg(residentFirstName, insats);
        break;
    case NotDoneReason::NotPossible:
        text = u"Insatsen %1 gick inte att utföra för %2."_s.arg(insats, residentFirstName);
        break;
    case NotDoneReason::Other:
    case NotDoneReason::Unspecified:
        text = u"Insatsen %1 blev inte utförd för %2."_s.arg(insats, residentFirstName);
        break;
    }
    const QString words = comment.trimmed();
    if (!words.isEmpty()) {
        text
            += u" "_s + words + (words.endsWith(u'.') || words.endsWith(u'!') || words.endsWith(u'?') ? u""_s : u"."_s);
    }
    return text;
}

bool mayRetract(const Staff &staff, const Signature &signature, const Id &residentUnit)
{
    if (!staff.active) {
        return false;
    }
    if (signature.meta.authorId == staff.id) {
        return true;
    }
    return staff.role == StaffRole::UnitManager && staff.unitIds.contains(residentUnit);
}

QString describe(SigningRefusal refusal)
{
    switch (refusal) {
    case SigningRefusal::None:
        return {};
    case SigningRefusal::ReasonMissing:
        return u"a reason is required"_s;
    case SigningRefusal::CommentMissing:
        return u"'other' needs the reason in words"_s;
    case SigningRefusal::CommentTooLong:
        return u"the comment is longer than %1 characters"_s.arg(kMaxSigningComment);
    case SigningRefusal::NotSignable:
        return u"this reason cannot be used here"_s;
    case SigningRefusal::NotAllowed:
        return u"only the signer or the unit's manager may retract a signature"_s;
    case SigningRefusal::AlreadyRetracted:
        return u"the signature is already retracted"_s;
    }
    return {};
}

} // namespace akten::core
