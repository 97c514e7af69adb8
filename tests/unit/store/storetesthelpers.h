// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "app/core/masterdata.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace akten::test {

/** A fresh device store in a temporary directory with one unit, one staff member and one resident. */
struct StoreFixture
{
    QTemporaryDir tmp;
    ManualClock clock;
    TestKeyProvider keys;
    std::optional<store::DeviceStore> store;
    core::Unit unit;
    core::Staff staff;
    core::Resident resident;

    QString dataDir() const { return tmp.filePath(QStringLiteral("store")); }

    bool create()
    {
        auto created = store::DeviceStore::create(dataDir(), keys, clock);
        if (!created) {
            qWarning() << created.error().message;
            return false;
        }
        store.emplace(std::move(created).value());
        auto &stamper = store->stamper();
        unit = { stamper.newId(), QStringLiteral("Testgården"), core::UnitKind::SarskiltBoende,
            QStringLiteral("Ekvik") };
        staff = { stamper.newId(), QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("undersköterska"),
            core::StaffRole::CareStaff, { unit.id }, true };
        resident.id = stamper.newId();
        resident.unitId = unit.id;
        resident.firstName = QStringLiteral("Margit");
        resident.lastName = QStringLiteral("Lindqvist");
        resident.personalNumber = QStringLiteral("19350101-9802");
        resident.birthDate = QDate(1935, 1, 1);
        resident.contactPersonIds = { staff.id };
        store::MasterDataRepository master(store->db());
        return master.upsertUnit(unit).ok() && master.upsertStaff(staff).ok() && master.upsertResident(resident).ok();
    }
};

} // namespace akten::test
