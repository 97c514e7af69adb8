// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/recordmeta.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace akten::core {

/** The parts of the genomförandeakt that staff write on the tablet besides plan and journal (domain.md D1). */
enum class RecordDocType {
    CoverSheet, ///< försättsblad: the unit's own part (relatives, nurse, language), versioned
    RegisterEntry, ///< a received or created document in the register (inkomna och upprättade handlingar)
    LifeStory, ///< levnadsberättelse, versioned, written with the resident's consent
    PowerOfAttorney, ///< fullmakt: who, for what, from/to, revoked; versioned
    MoneyAgreement, ///< avtal om handhavande av annans medel, versioned
    FallReport, ///< fallrapport
    FallChecklist, ///< checklista för förebyggande av fallolyckor (a guided form in steps)
};

[[nodiscard]] QString toCode(RecordDocType type);
[[nodiscard]] std::optional<RecordDocType> docTypeFromCode(const QString &code);
/** Versioned: each save is a new version naming the one(s) it replaces; the others are one record each. */
[[nodiscard]] bool isVersioned(RecordDocType type);
/** One current document per resident (cover sheet, life story): every version of the type is one series. */
[[nodiscard]] bool isSingleton(RecordDocType type);

/** How a field is entered; every value is stored as a string (dates ISO yyyy-MM-dd, yes/no as "yes"/"no"). */
enum class DocFieldKind {
    Line, ///< one line of text
    Text, ///< free text, several lines
    Date,
    Time, ///< HH:mm
    Choice, ///< one of `choices` (codes)
    YesNo,
};

/** One field of a document type; labels are the model layer's (Swedish through tr). */
struct DocField
{
    DocField(QString fieldKey, DocFieldKind fieldKind, bool isRequired = false, QStringList codes = {}, int onStep = 0)
        : key(std::move(fieldKey))
        , kind(fieldKind)
        , required(isRequired)
        , choices(std::move(codes))
        , step(onStep)
    { }
    QString key;
    DocFieldKind kind = DocFieldKind::Line;
    bool required = false;
    QStringList choices; ///< codes, for Choice
    int step = 0; ///< the guided form's step (the fall checklist has several)
};

/** The fields of a type, in the order the form shows them. */
[[nodiscard]] const QList<DocField> &docFields(RecordDocType type);
[[nodiscard]] int docStepCount(RecordDocType type);

constexpr int kMaxDocLine = 200;
constexpr int kMaxDocText = 20000;

/** Why a field's value cannot be saved. */
enum class DocProblem {
    Missing,
    NotADate,
    NotATime,
    InFuture, ///< a date after the day the record is written
    EndBeforeStart,
    TooLong,
    NotAChoice,
    UnknownField, ///< a key the type does not have (never from the app's forms)
    Empty, ///< nothing filled in at all (key empty: the whole form)
};

struct DocFieldProblem
{
    QString key;
    DocProblem problem = DocProblem::Missing;
    friend bool operator==(const DocFieldProblem &, const DocFieldProblem &) = default;
};

/** What keeps `fields` of `type` from being saved on `today` (the writing day in care time); empty: nothing. */
[[nodiscard]] QList<DocFieldProblem> checkDocument(RecordDocType type, const QJsonObject &fields, const QDate &today);

/** One version of a document (or one register entry, fall report, checklist): immutable once written. */
struct RecordDocument
{
    RecordMeta meta;
    Id residentId;
    RecordDocType type = RecordDocType::RegisterEntry;
    Id seriesId; ///< the first version's id (its own id for a first version)
    QList<Id> replaces; ///< the versions this one replaces: none for a first version, two when it ends a conflict
    QJsonObject fields;

    [[nodiscard]] QString field(const QString &key) const { return fields.value(key).toString(); }
};

/**
 * The current versions of `versions` (one resident's, one type): those no other version replaces, newest first,
 * per series (a singleton type is one series). Two in one series are a conflict: two tablets saved from one parent.
 */
[[nodiscard]] QList<RecordDocument> currentVersions(const QList<RecordDocument> &versions);

/**
 * The social journal's entry for a saved document ("when an important document arrived or was created"), Swedish;
 * empty for the cover sheet, which is not a document that arrives. `first`: no version replaced.
 */
[[nodiscard]] QString documentJournalText(const RecordDocument &document);

/** Swedish names used in journal texts and on screen for the codes of the choice fields. */
[[nodiscard]] QString choiceLabelSv(const QString &code);

/**
 * Why a synced row of record_documents is not one the tablet writes (English, never content): a type it knows, ids
 * that are ids, replaced versions only of versioned types, and fields that pass checkDocument() on the day the
 * record was written (its wall_ms in care time). Empty: none.
 */
[[nodiscard]] QString recordDocumentBreach(const QJsonObject &row);

} // namespace akten::core
