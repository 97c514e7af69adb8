// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QJsonObject>
#include <QString>

namespace akten::records {

/** The most a record may take as compact JSON; far above any the app writes (a 20 000-character note, a plan). */
constexpr qsizetype kMaxRecordBytes = 512 * 1024;

/**
 * What a record must be before any table sees it, the same on the tablet and in the central store: a known kind; a
 * key that its key columns make; child rows only of the kind's child tables, each pointing at the record; at most
 * kMaxRecordBytes; and its own invariants the schema does not state — record ids and authors that are ids, a clock
 * stamp that parses and codes it knows (journal category, not-done and retraction reasons): a tablet could not read
 * the row back otherwise; journal and day note texts within the app's limits, a plan body that decodes. Returns why it
 * is not (English, never the record's content), or an empty string.
 */
[[nodiscard]] QString recordBreach(const QJsonObject &record);
/**
 * At least QJsonDocument(object).toJson(Compact).size(), without writing it: a string counted at 6 bytes a UTF-16
 * unit, a number at 32. recordBreach() writes the record only when this is above kMaxRecordBytes.
 */
[[nodiscard]] qsizetype compactJsonSizeBound(const QJsonObject &object);

} // namespace akten::records
