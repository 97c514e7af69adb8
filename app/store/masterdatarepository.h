// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/masterdata.h"
#include "app/core/result.h"

#include <QList>

namespace akten::store {

class Database;

/**
 * Units, staff, residents, decisions and the document register: master data owned by the central store, upserted
 * on the device. Returns core value types. Same thread as its Database; does not open transactions itself.
 */
class MasterDataRepository
{
public:
    explicit MasterDataRepository(Database &db);

    [[nodiscard]] Status upsertUnit(const core::Unit &unit);
    [[nodiscard]] Status upsertStaff(const core::Staff &staff);
    [[nodiscard]] Status upsertResident(const core::Resident &resident);
    [[nodiscard]] Status upsertDecision(const core::Decision &decision);
    [[nodiscard]] Status addDocument(const core::DocumentRecord &document);

    [[nodiscard]] Result<QList<core::Unit>> units() const;
    [[nodiscard]] Result<QList<core::Staff>> staff() const;
    [[nodiscard]] Result<core::Staff> staffMember(const core::Id &id) const;
    /** Residents of one unit ordered by last name, first name; all units if unitId is null. */
    [[nodiscard]] Result<QList<core::Resident>> residents(const core::Id &unitId = {}) const;
    [[nodiscard]] Result<core::Resident> resident(const core::Id &id) const;
    [[nodiscard]] Result<QList<core::Decision>> decisions(const core::Id &residentId) const;
    [[nodiscard]] Result<QList<core::DocumentRecord>> documents(const core::Id &residentId) const;

private:
    Database &m_db;
};

} // namespace akten::store
