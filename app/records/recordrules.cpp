// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/records/recordrules.h"

#include "app/core/daynotes.h"
#include "app/core/enums.h"
#include "app/core/hlc.h"
#include "app/core/ids.h"
#include "app/core/journalnote.h"
#include "app/core/plancodec.h"
#include "app/core/qualityreview.h"
#include "app/core/recorddocuments.h"
#include "app/records/recordcodec.h"
#include "app/records/recordkinds.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace akten::records {
namespace {

/** The app's own limit on a kind's text column, if it has one (core: what a person may save). */
int textLimit(const QString &kind)
{
    if (kind == "journal_entry"_L1 || kind == "correction"_L1) {
        return core::kMaxJournalText;
    }
    return kind == "day_note"_L1 ? core::kMaxDayNoteText : -1;
}

QString childBreach(const RecordKind &kind, const QJsonObject &record)
{
    const QJsonValue children = record.value("children"_L1);
    if (children.isUndefined()) {
        return {};
    }
    if (!children.isObject()) {
        return u"the record's children are not an object"_s;
    }
    const QString key = record.value("key"_L1).toString();
    const QJsonObject tables = children.toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const auto child = std::find_if(
            kind.children.cbegin(), kind.children.cend(), [&](const ChildTable &c) { return c.table == it.key(); });
        if (child == kind.children.cend()) {
            return u"unexpected child table '%1'"_s.arg(it.key());
        }
        if (!it.value().isArray()) {
            return u"the rows of child table '%1' are not a list"_s.arg(it.key());
        }
        for (const QJsonValue &childRow : it.value().toArray()) {
            if (!childRow.isObject() || childRow.toObject().value(child->parentColumn).toString() != key) {
                return u"a child row belongs to another record"_s;
            }
        }
    }
    return {};
}

template<typename E> bool isCode(const QJsonValue &value)
{
    return !value.isString() || core::fromCode<E>(value.toString()).has_value(); // absent: the schema's to judge
}

/** The coded column of the kind (a core enum stored as its code, without a CHECK in the schema) that is not a code. */
QString codeBreach(const RecordKind &kind, const QJsonObject &row)
{
    bool coded = true;
    QString column;
    if (kind.name == "journal_entry"_L1) {
        column = u"category"_s;
        coded = isCode<core::JournalCategory>(row.value(column));
    } else if (kind.name == "signature"_L1) {
        column = u"reason_code"_s;
        coded = isCode<core::NotDoneReason>(row.value(column));
    } else if (kind.name == "signature_retraction"_L1) {
        column = u"reason_code"_s;
        coded = isCode<core::RetractionReason>(row.value(column));
    }
    return coded ? QString() : u"%1.%2 is not a known code"_s.arg(kind.table, column);
}

/** A quality review sample whose plans are not what core::drawSample gives: one per resident, the sample's size. */
QString qualitySampleBreach(const QJsonObject &row)
{
    const QJsonValue plans = row.value("plans"_L1);
    if (!plans.isString()) {
        return {}; // absent or of another type: the schema's to judge
    }
    const QJsonDocument doc = QJsonDocument::fromJson(plans.toString().toUtf8());
    QSet<QString> residents;
    for (const QJsonValue &plan : doc.array()) {
        const QString resident = plan["resident_id"_L1].toString();
        if (core::idFromString(resident).isNull() || core::idFromString(plan["revision_id"_L1].toString()).isNull()) {
            return u"quality_samples.plans names a plan without a resident and revision id"_s;
        }
        residents.insert(resident);
    }
    if (residents.size() != doc.array().size()) {
        return u"quality_samples.plans names a resident twice"_s;
    }
    if (row.value("eligible"_L1).isDouble()
        && doc.array().size() != core::sampleSize(row.value("eligible"_L1).toInt())) {
        return u"quality_samples.plans is not 10 % of the eligible plans rounded up"_s;
    }
    return {};
}

/** The consent register's and the release's id and date columns beyond the meta, which the schema keeps as text. */
QString registerBreach(const RecordKind &kind, const QJsonObject &row)
{
    static const QHash<QString, std::pair<QStringList, QStringList>> columns {
        { u"consent_event"_s, { { u"recipient_unit_id"_s, u"revokes_id"_s }, { u"valid_from"_s, u"valid_to"_s } } },
        { u"release_event"_s, { { u"request_id"_s, u"consent_id"_s }, { u"requested_on"_s, u"decided_on"_s } } },
    };
    const auto it = columns.constFind(kind.name);
    if (it == columns.cend()) {
        return {};
    }
    for (const QString &column : it->first) {
        if (const QJsonValue v = row.value(column); v.isString() && core::idFromString(v.toString()).isNull()) {
            return u"%1.%2 is not an id"_s.arg(kind.table, column);
        }
    }
    for (const QString &column : it->second) {
        const QJsonValue v = row.value(column);
        if (v.isString() && !QDate::fromString(v.toString(), Qt::ISODate).isValid()) {
            return u"%1.%2 is not a date"_s.arg(kind.table, column);
        }
    }
    return {};
}

/** A record written on a tablet (not master data) as the tablet's repositories read it back. */
QString invariantBreach(const RecordKind &kind, const QJsonObject &row)
{
    for (const auto column : { "id"_L1, "author_id"_L1 }) {
        const QJsonValue value = row.value(column);
        if (value.isString() && core::idFromString(value.toString()).isNull()) {
            return u"%1.%2 is not an id"_s.arg(kind.table, column);
        }
    }
    if (const QJsonValue hlc = row.value("hlc"_L1); hlc.isString() && !core::HlcStamp::fromString(hlc.toString())) {
        return u"%1.hlc is not a clock stamp"_s.arg(kind.table);
    }
    if (QString breach = codeBreach(kind, row); !breach.isEmpty()) {
        return breach;
    }
    if (QString breach = registerBreach(kind, row); !breach.isEmpty()) {
        return breach;
    }
    const int limit = textLimit(kind.name);
    if (limit > 0 && row.value("text"_L1).toString().size() > limit) {
        return u"%1.text is longer than %2 characters"_s.arg(kind.table).arg(limit);
    }
    if (kind.name == "record_document"_L1) {
        return core::recordDocumentBreach(row);
    }
    if (kind.name == "quality_sample"_L1) {
        if (QString breach = qualitySampleBreach(row); !breach.isEmpty()) {
            return breach;
        }
    }
    if (kind.name == "quality_review"_L1) {
        for (const QJsonValue &comment :
            QJsonDocument::fromJson(row.value("comments"_L1).toString().toUtf8()).array()) {
            if (!comment.isString() || comment.toString().size() > core::kMaxReviewComment) {
                return u"quality_reviews.comments holds a comment that is not text or longer than %1 characters"_s.arg(
                    core::kMaxReviewComment);
            }
        }
    }
    if (kind.name == "plan_revision"_L1 && row.value("body"_L1).isString()) {
        core::PlanRevision plan;
        if (auto decoded = core::decodePlanBody(row.value("body"_L1).toString().toUtf8(), plan); !decoded) {
            return u"plan_revisions.body does not decode: %1"_s.arg(decoded.error().message);
        }
    }
    return {};
}

qsizetype stringBound(qsizetype utf16Units)
{
    return 2 + 6 * utf16Units; // quotes, and at most 6 bytes a UTF-16 unit (\uXXXX; UTF-8 takes at most 3)
}

qsizetype valueBound(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return stringBound(value.toString().size());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        qsizetype bytes = 2 + array.size(); // brackets and commas
        for (const QJsonValue &element : array) {
            bytes += valueBound(element);
        }
        return bytes;
    }
    case QJsonValue::Object:
        return compactJsonSizeBound(value.toObject());
    default:
        return 32; // a number's shortest form is at most 24 characters; true, false, null fewer
    }
}

} // namespace

qsizetype compactJsonSizeBound(const QJsonObject &object)
{
    qsizetype bytes = 2 + object.size(); // braces and commas
    for (auto it = object.begin(); it != object.end(); ++it) {
        bytes += stringBound(it.key().size()) + 1 + valueBound(it.value()); // "key":value
    }
    return bytes;
}

QString recordBreach(const QJsonObject &record)
{
    const RecordKind *kind = recordKind(record.value("kind"_L1).toString());
    if (!kind) {
        return u"unknown record kind"_s;
    }
    if (!record.value("row"_L1).isObject()) {
        return u"the record has no row"_s;
    }
    const QJsonObject row = record.value("row"_L1).toObject();
    const QString key = record.value("key"_L1).toString();
    const QJsonValue onlyKey = kind->keyColumns.size() == 1 ? row.value(kind->keyColumns.constFirst()) : QJsonValue();
    if (key.isEmpty() || (onlyKey.isString() ? onlyKey.toString() != key : keyOf(*kind, row) != key)) {
        return u"the key does not match the record"_s;
    }
    if (QString breach = childBreach(*kind, record); !breach.isEmpty()) {
        return breach;
    }
    // Serialised only when the bound (far above the size of any usual record) does not settle it.
    if (compactJsonSizeBound(record) > kMaxRecordBytes
        && QJsonDocument(record).toJson(QJsonDocument::Compact).size() > kMaxRecordBytes) {
        return u"the record is larger than %1 bytes"_s.arg(kMaxRecordBytes);
    }
    return kind->merge == MergeClass::Master ? QString() : invariantBreach(*kind, row);
}

} // namespace akten::records
