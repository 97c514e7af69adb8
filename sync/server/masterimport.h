// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Sensitive: master records carry names, personal identity numbers and decision texts. Never log their content.
#pragma once

#include "app/core/result.h"
#include "sync/server/centralstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace akten::sync {

/**
 * Parses a master data import (README "aktenctl import-master", PROTOCOL.md "Master data"):
 * {"protocol": 1, "records": [record, …]} with records of the master kinds only, each key once. Every record is
 * applied to a scratch, in-memory device store first, so a row a tablet would refuse (a missing column, a wrong
 * type, a resident of an unknown unit, a contact who is not staff) fails the whole import here, before anything is
 * stored. The rights (who works where, where residents live) are derived from the same records.
 */
[[nodiscard]] Result<MasterData> parseMasterImport(const QByteArray &json);

/**
 * The units each master record is for, in the same order: a unit itself; the unit a row names (unit_id); the unit of
 * the resident it names (resident_id); the units its child rows name (a staff member's staff_units); and whatever
 * its child rows refer to (a kontaktman, a staff member's other unit) also goes wherever it goes, so a tablet never
 * gets a reference it cannot resolve.
 */
[[nodiscard]] QList<QList<QString>> masterScopes(const QList<QJsonObject> &records);

} // namespace akten::sync
