// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/records/recordkinds.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace akten::store {
class Statement;
}

namespace akten::records {

/**
 * The record codec (sync/PROTOCOL.md, "Records"): a stored row travels as {column: value} with integers as JSON
 * numbers (below 2^53), text as strings, blobs as {"b64": "…"} and NULL as null. The one place that turns a row into
 * JSON and back, for the tablet's importer and the central store's checks alike. Stateless.
 */
/** A stored row (every column of the statement's current row) as JSON. */
[[nodiscard]] QJsonObject rowJson(const store::Statement &row);
/** A JSON number that is a whole number below 2^53 in size (a travelling integer), or nothing. */
[[nodiscard]] std::optional<qint64> travellingInteger(const QJsonValue &value);
/** The key the row's key columns make (joined with ':'), as a record carries it. */
[[nodiscard]] QString keyOf(const RecordKind &kind, const QJsonObject &row);

} // namespace akten::records
