// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/records/rowwriter.h"
#include "app/store/database.h"
#include "app/store/statementcache.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace akten::records {

/** Another record that a record names (a foreign key of the tablet schema): it must be there before it. */
struct Reference
{
    QString kind;
    QString key;
    friend bool operator==(const Reference &, const Reference &) = default;
};

/** How a record fares under the tablet's rules. */
struct Judgement
{
    QString refusal; ///< empty: a tablet takes it, given its references; else why not (English, never content)
    QList<Reference> references; ///< for the caller to find among what it holds
};

/**
 * Judges a record by the tablet's own rules without storing it: recordBreach(), then a trial insert through the
 * tablet's RowWriter into an in-memory copy of the tablet schema (the device migrations: STRICT types, NOT NULL,
 * CHECK constraints), rolled back at once; its foreign keys are listed as references rather than looked up, since
 * what they name lives with the caller (the central log, a tablet's store). akten-central judges every upload with
 * it; a tablet asks it whether a downloaded record it cannot apply would be refused today. Holds its own connection:
 * one instance per thread.
 */
class RecordCheck
{
public:
    [[nodiscard]] static Result<std::unique_ptr<RecordCheck>> create();

    [[nodiscard]] Result<Judgement> judge(const QJsonObject &record);

private:
    explicit RecordCheck(store::Database scratch);
    /** The record's foreign keys with a value (the record's own key in a child row excepted). */
    [[nodiscard]] Result<Judgement> references(const RecordKind &kind, const QJsonObject &record);
    /** (from column, parent table) of each foreign key of `table`. */
    [[nodiscard]] Result<QList<std::pair<QString, QString>>> foreignKeys(const QString &table);

    store::Database m_scratch;
    store::StatementCache m_statements;
    RowWriter m_writer;
    QHash<QString, QList<std::pair<QString, QString>>> m_foreignKeys;
};

} // namespace akten::records
