// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/recorddocuments.h"

#include "app/core/caretime.h"
#include "app/core/hlc.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

struct TypeCode
{
    RecordDocType type;
    QLatin1StringView code;
};
constexpr TypeCode kTypeCodes[] {
    { RecordDocType::CoverSheet, "cover_sheet"_L1 },
    { RecordDocType::RegisterEntry, "register_entry"_L1 },
    { RecordDocType::LifeStory, "life_story"_L1 },
    { RecordDocType::PowerOfAttorney, "power_of_attorney"_L1 },
    { RecordDocType::MoneyAgreement, "money_agreement"_L1 },
    { RecordDocType::FallReport, "fall_report"_L1 },
    { RecordDocType::FallChecklist, "fall_checklist"_L1 },
};

using K = DocFieldKind;

QList<DocField> checklistFields()
{
    // Three steps of yes/no questions, each with an optional comment; "no" is something to act on.
    static const QList<QStringList> steps { { u"floor"_s, u"light"_s, u"alarm"_s }, { u"aids"_s, u"shoes"_s, u"bed"_s },
        { u"medication"_s, u"eyesight"_s, u"night_toilet"_s } };
    QList<DocField> fields;
    for (int step = 0; step < steps.size(); ++step) {
        for (const QString &item : steps.at(step)) {
            fields.append({ item, K::YesNo, true, {}, step });
            fields.append({ item + "_comment"_L1, K::Line, false, {}, step });
        }
    }
    return fields;
}

const QHash<QString, QString> &choiceLabels()
{
    static const QHash<QString, QString> labels {
        { u"transport_decision"_s, u"Beslut om färdtjänst"_s },
        { u"god_man_decision"_s, u"Beslut om god man"_s },
        { u"god_man_mandate"_s, u"God mans uppdrag"_s },
        { u"letter"_s, u"Brev"_s },
        { u"other_decision"_s, u"Annat beslut"_s },
        { u"other"_s, u"Annan handling"_s },
        { u"received"_s, u"Inkommen"_s },
        { u"created"_s, u"Upprättad"_s },
        { u"resident"_s, u"Den enskilde"_s },
        { u"representative"_s, u"Ställföreträdare"_s },
        { u"oral"_s, u"Muntligt"_s },
        { u"written"_s, u"Skriftligt"_s },
    };
    return labels;
}

/** Date fields that cannot be after the writing day, and (end, start) pairs. */
bool noFutureDate(const QString &key)
{
    static const QSet<QString> keys { u"document_date"_s, u"consent_date"_s, u"revoked_on"_s, u"signed_on"_s,
        u"fall_date"_s };
    return keys.contains(key);
}

QString dateSv(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    static const QStringList months { u"januari"_s, u"februari"_s, u"mars"_s, u"april"_s, u"maj"_s, u"juni"_s,
        u"juli"_s, u"augusti"_s, u"september"_s, u"oktober"_s, u"november"_s, u"december"_s };
    return d.isValid() ? u"%1 %2 %3"_s.arg(d.day()).arg(months.at(d.month() - 1)).arg(d.year()) : iso;
}

} // namespace

QString toCode(RecordDocType type)
{
    for (const auto &entry : kTypeCodes) {
        if (entry.type == type) {
            return entry.code.toString();
        }
    }
    return {};
}

std::optional<RecordDocType> docTypeFromCode(const QString &code)
{
    for (const auto &entry : kTypeCodes) {
        if (entry.code == code) {
            return entry.type;
        }
    }
    return std::nullopt;
}

bool isVersioned(RecordDocType type)
{
    return type == RecordDocType::CoverSheet || type == RecordDocType::LifeStory
        || type == RecordDocType::PowerOfAttorney || type == RecordDocType::MoneyAgreement;
}

bool isSingleton(RecordDocType type)
{
    return type == RecordDocType::CoverSheet || type == RecordDocType::LifeStory;
}

const QList<DocField> &docFields(RecordDocType type)
{
    static const QList<QList<DocField>> fields {
        // in the order of RecordDocType
        { { u"relatives"_s, K::Text }, { u"nurse"_s, K::Line }, { u"case_officer"_s, K::Line },
            { u"language"_s, K::Line }, { u"other"_s, K::Text } },
        { { u"document_type"_s, K::Choice, true,
              { u"transport_decision"_s, u"god_man_decision"_s, u"god_man_mandate"_s, u"letter"_s, u"other_decision"_s,
                  u"other"_s } },
            { u"direction"_s, K::Choice, true, { u"received"_s, u"created"_s } }, { u"document_date"_s, K::Date, true },
            { u"counterpart"_s, K::Line, true }, { u"summary"_s, K::Text, true } },
        { { u"story"_s, K::Text, true }, { u"consent_by"_s, K::Choice, true, { u"resident"_s, u"representative"_s } },
            { u"consent_name"_s, K::Line, true }, { u"consent_how"_s, K::Choice, true, { u"oral"_s, u"written"_s } },
            { u"consent_date"_s, K::Date, true } },
        { { u"holder"_s, K::Line, true }, { u"scope"_s, K::Text, true }, { u"valid_from"_s, K::Date, true },
            { u"valid_to"_s, K::Date }, { u"revoked_on"_s, K::Date } },
        { { u"parties"_s, K::Line, true }, { u"scope"_s, K::Text, true }, { u"amounts"_s, K::Text },
            { u"valid_from"_s, K::Date, true }, { u"valid_to"_s, K::Date }, { u"signed_by"_s, K::Line, true },
            { u"signed_on"_s, K::Date, true } },
        { { u"fall_date"_s, K::Date, true }, { u"fall_time"_s, K::Time }, { u"place"_s, K::Line, true },
            { u"what_happened"_s, K::Text, true }, { u"injury"_s, K::Text, true }, { u"told_nurse"_s, K::YesNo, true },
            { u"told_relative"_s, K::YesNo, true }, { u"told_other"_s, K::Line }, { u"actions"_s, K::Text, true } },
        checklistFields(),
    };
    return fields.at(static_cast<int>(type));
}

int docStepCount(RecordDocType type)
{
    int steps = 0;
    for (const DocField &field : docFields(type)) {
        steps = std::max(steps, field.step + 1);
    }
    return steps;
}

QList<DocFieldProblem> checkDocument(RecordDocType type, const QJsonObject &fields, const QDate &today)
{
    QList<DocFieldProblem> problems;
    const QList<DocField> &spec = docFields(type);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const bool known
            = std::any_of(spec.cbegin(), spec.cend(), [&](const DocField &f) { return f.key == it.key(); });
        if (!known || !it.value().isString()) {
            problems.append({ it.key(), DocProblem::UnknownField });
        }
    }
    bool anything = false;
    for (const DocField &field : spec) {
        const QString value = fields.value(field.key).toString().trimmed();
        anything = anything || !value.isEmpty();
        if (value.isEmpty()) {
            if (field.required) {
                problems.append({ field.key, DocProblem::Missing });
            }
            continue;
        }
        const int limit = field.kind == K::Text ? kMaxDocText : kMaxDocLine;
        if (value.size() > limit) {
            problems.append({ field.key, DocProblem::TooLong });
        } else if (field.kind == K::Date) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (!date.isValid() || value.size() != 10) {
                problems.append({ field.key, DocProblem::NotADate });
            } else if (noFutureDate(field.key) && date > today) {
                problems.append({ field.key, DocProblem::InFuture });
            }
        } else if (field.kind == K::Time && (!QTime::fromString(value, u"HH:mm"_s).isValid() || value.size() != 5)) {
            problems.append({ field.key, DocProblem::NotATime });
        } else if (field.kind == K::Choice && !field.choices.contains(value)) {
            problems.append({ field.key, DocProblem::NotAChoice });
        } else if (field.kind == K::YesNo && value != "yes"_L1 && value != "no"_L1) {
            problems.append({ field.key, DocProblem::NotAChoice });
        }
    }
    // An end before its start: ISO dates compare as text; only when both are dates.
    const QDate from = QDate::fromString(fields.value("valid_from"_L1).toString(), Qt::ISODate);
    for (const auto key : { "valid_to"_L1, "revoked_on"_L1 }) {
        const QDate end = QDate::fromString(fields.value(key).toString(), Qt::ISODate);
        if (from.isValid() && end.isValid() && end < from) {
            problems.append({ key, DocProblem::EndBeforeStart });
        }
    }
    if (!anything && problems.isEmpty()) { // a form with nothing required (the cover sheet) still says something
        problems.append({ QString(), DocProblem::Empty });
    }
    return problems;
}

QList<RecordDocument> currentVersions(const QList<RecordDocument> &versions)
{
    QSet<Id> replaced;
    for (const RecordDocument &d : versions) {
        for (const Id &id : d.replaces) {
            replaced.insert(id);
        }
    }
    QList<RecordDocument> current;
    for (const RecordDocument &d : versions) {
        if (!replaced.contains(d.meta.id)) {
            current.append(d);
        }
    }
    std::sort(current.begin(), current.end(),
        [](const RecordDocument &a, const RecordDocument &b) { return b.meta.hlc < a.meta.hlc; });
    return current;
}

QString choiceLabelSv(const QString &code)
{
    return choiceLabels().value(code, code);
}

QString documentJournalText(const RecordDocument &d)
{
    const bool first = d.replaces.isEmpty();
    switch (d.type) {
    case RecordDocType::CoverSheet:
        return {};
    case RecordDocType::RegisterEntry: {
        const bool received = d.field(u"direction"_s) == "received"_L1;
        return u"Handling %1: %2, %3 %4, daterad %5. %6"_s.arg(received ? u"inkommen"_s : u"upprättad"_s,
            choiceLabelSv(d.field(u"document_type"_s)), received ? u"från"_s : u"till"_s, d.field(u"counterpart"_s),
            dateSv(d.field(u"document_date"_s)), d.field(u"summary"_s).simplified());
    }
    case RecordDocType::LifeStory:
        return u"Levnadsberättelsen %1. Samtycke att skriva den gavs %2 av %3 (%4), %5."_s.arg(
            first ? u"är upprättad"_s : u"är ändrad"_s, choiceLabelSv(d.field(u"consent_how"_s)).toLower(),
            d.field(u"consent_name"_s), choiceLabelSv(d.field(u"consent_by"_s)).toLower(),
            dateSv(d.field(u"consent_date"_s)));
    case RecordDocType::PowerOfAttorney:
        if (!d.field(u"revoked_on"_s).isEmpty()) {
            return u"Fullmakten för %1 är återkallad från och med %2."_s.arg(
                d.field(u"holder"_s), dateSv(d.field(u"revoked_on"_s)));
        }
        return u"Fullmakt %1: %2 får företräda den enskilde i %3, från och med %4."_s.arg(
            first ? u"registrerad"_s : u"ändrad"_s, d.field(u"holder"_s), d.field(u"scope"_s).simplified(),
            dateSv(d.field(u"valid_from"_s)));
    case RecordDocType::MoneyAgreement:
        return u"Avtal om handhavande av den enskildes pengar %1, undertecknat av %2 %3."_s.arg(
            first ? u"upprättat"_s : u"ändrat"_s, d.field(u"signed_by"_s), dateSv(d.field(u"signed_on"_s)));
    case RecordDocType::FallReport: {
        QStringList told;
        if (d.field(u"told_nurse"_s) == "yes"_L1) {
            told << u"sjuksköterska"_s;
        }
        if (d.field(u"told_relative"_s) == "yes"_L1) {
            told << u"anhörig"_s;
        }
        if (!d.field(u"told_other"_s).isEmpty()) {
            told << d.field(u"told_other"_s);
        }
        return u"Fallrapport skriven om ett fall %1%2, plats: %3. Informerade: %4."_s.arg(
            dateSv(d.field(u"fall_date"_s)),
            d.field(u"fall_time"_s).isEmpty() ? QString() : u" klockan "_s + d.field(u"fall_time"_s),
            d.field(u"place"_s), told.isEmpty() ? u"ingen"_s : told.join(u", "_s));
    }
    case RecordDocType::FallChecklist: {
        int toDo = 0;
        for (const DocField &field : docFields(d.type)) {
            toDo += field.kind == K::YesNo && d.field(field.key) == "no"_L1 ? 1 : 0;
        }
        return u"Checklistan för förebyggande av fallolyckor är genomgången: %1."_s.arg(toDo == 0
                ? u"inget att åtgärda"_s
                : toDo == 1 ? u"1 punkt att åtgärda"_s
                            : u"%1 punkter att åtgärda"_s.arg(toDo));
    }
    }
    return {};
}

QString recordDocumentBreach(const QJsonObject &row)
{
    const auto type = docTypeFromCode(row.value("doc_type"_L1).toString());
    if (!type) {
        return u"record_documents.doc_type is not a known type"_s;
    }
    for (const auto column : { "resident_id"_L1, "series_id"_L1 }) {
        if (idFromString(row.value(column).toString()).isNull()) {
            return u"record_documents.%1 is not an id"_s.arg(column);
        }
    }
    const QJsonDocument replaces = QJsonDocument::fromJson(row.value("replaces"_L1).toString().toUtf8());
    if (!replaces.isArray()) {
        return u"record_documents.replaces is not a list"_s;
    }
    for (const QJsonValue &id : replaces.array()) {
        if (idFromString(id.toString()).isNull()) {
            return u"record_documents.replaces holds something that is not an id"_s;
        }
    }
    if (!replaces.array().isEmpty() && !isVersioned(*type)) {
        return u"a %1 has no versions"_s.arg(toCode(*type));
    }
    const QJsonDocument body = QJsonDocument::fromJson(row.value("body"_L1).toString().toUtf8());
    if (!body.isObject()) {
        return u"record_documents.body is not an object"_s;
    }
    const QDate written = careDate(row.value("wall_ms"_L1).toInteger());
    const auto problems = checkDocument(*type, body.object(), written);
    if (!problems.isEmpty()) {
        const DocFieldProblem &p = problems.first();
        static const char *const names[] { "missing", "not a date", "not a time", "in the future",
            "an end before the start", "too long", "not a choice", "an unknown field", "empty" };
        return u"a %1 breaks its rules at '%2': %3"_s.arg(
            toCode(*type), p.key, QLatin1StringView(names[static_cast<int>(p.problem)]));
    }
    return {};
}

} // namespace akten::core
