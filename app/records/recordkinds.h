// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace akten::records {

/** How a kind of record merges between devices (architecture.md, Sync). */
enum class MergeClass {
    Fact, ///< append-only; merges by union, no conflict possible
    Document, ///< immutable revisions naming their parents; two children of one parent are a kept conflict
    Audit, ///< one hash chain per device; the central store verifies it on upload
    Master, ///< written only by the central store, sent down as a snapshot; the newest version replaces the row
};

/** A table whose rows belong to a record and travel with it (e.g. a plan revision's parents). */
struct ChildTable
{
    QString table;
    QString parentColumn; ///< the column that holds the record's key
};

/**
 * One kind of record that syncs: its name in the protocol, its table, its key, and where its resident is (for the
 * server's scope). Adding a kind = a migration with its table and outbox trigger + one entry in recordKinds().
 */
struct RecordKind
{
    QString name; ///< "journal_entry", "signature", "plan_revision", "audit_event", …
    QString table;
    QStringList keyColumns; ///< one column ("id"), or several joined with ':' in a record key ("device_id:seq")
    MergeClass merge = MergeClass::Fact;
    QList<ChildTable> children;
    /**
     * Master kinds only: the 0/1 column that says the record is in force (staff "active"). A record the central store
     * no longer gets in an import is sent down with it set to 0 rather than dropped. Empty: such records stay as
     * they were (a resident who moved keeps their history).
     */
    QString inForceColumn;
};

/** Every kind that syncs today; master kinds first, in the order their rows depend on each other. */
[[nodiscard]] const QList<RecordKind> &recordKinds();
/** The kind's place in recordKinds() (the order rows must be applied in), or -1. */
[[nodiscard]] int recordKindRank(const QString &name);
/** The kind called `name`, or nullptr. */
[[nodiscard]] const RecordKind *recordKind(const QString &name);

} // namespace akten::records
