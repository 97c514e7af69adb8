// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// libFuzzer target for upload batches judged by the central store's rules (issue 16): each input that decodes as an
// upload goes to a CentralService on an embedded store, as the one enrolled device of a unit. The oracle is the
// promise the rules make: every record the central store accepts (and keeps for the unit's tablets) is one a tablet
// of the unit applies — here a tablet-schema store that received every accepted record in order. A record accepted
// centrally and refused by that tablet would block the unit's downloads: the target aborts. Bounded runs: the
// `fuzztargets` test of the default run (tests/fuzz/run-fuzz.sh), or `ctest --preset fuzz`.
#include "app/core/clock.h"
#include "app/core/daynotes.h"
#include "app/core/ids.h"
#include "app/store/masterdatarepository.h"
#include "app/store/migrator.h"
#include "sync/importer/syncrows.h"
#include "sync/protocol/messages.h"
#include "sync/server/centralservice.h"
#include "sync/server/sqliteledger.h"
#include "tests/support/testkeyprovider.h"

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

// The ids of the seed corpus (tests/fuzz/upload-corpus): one unit, its active staff member, a resident, the device.
const QString kUnit = u"019b76da-a800-7000-8000-000000000001"_s;
const QString kStaff = u"019b76da-a800-7000-8000-000000000002"_s;
const QString kResident = u"019b76da-a800-7000-8000-000000000003"_s;
const QString kDevice = u"019b76da-a800-7000-8000-000000000004"_s;

class FixedClock final : public core::Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return 1'767'225'600'000; }
};

[[noreturn]] void die(const char *what, const QString &detail)
{
    std::fprintf(stderr, "uploadfuzz: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

/** The central store with the unit's rights, and a tablet of the unit with its master data. */
struct Site
{
    QTemporaryDir dir;
    test::TestKeyProvider keys;
    FixedClock clock;
    std::unique_ptr<sync::CentralService> central;
    std::optional<store::Database> tablet;
    qint64 acked = 0;

    Site()
    {
        auto ledger = sync::SqliteLedger::open(dir.filePath(u"central"_s), keys);
        if (!ledger) {
            die("central store", ledger.error().message);
        }
        central = std::make_unique<sync::CentralService>(std::move(ledger).value(), clock);
        const core::Id unit = core::idFromString(kUnit);
        const core::Id staff = core::idFromString(kStaff);
        const core::Id resident = core::idFromString(kResident);
        sync::RightsSnapshot rights { { unit }, { { staff, true, { unit } } }, { { resident, unit } } };
        if (!central->setRights(rights) || !central->enrolDevice(kDevice, { unit })) {
            die("central store", u"rights or enrolment"_s);
        }
        auto db = store::Database::openPlain(u":memory:"_s, store::Database::Mode::CreateIfMissing);
        if (!db || !store::Migrator::bundled().migrate(db.value())) {
            die("tablet store", u"open or migrate"_s);
        }
        tablet.emplace(std::move(db).value());
        store::MasterDataRepository master(*tablet);
        const bool seeded = master.upsertUnit({ unit, u"Enheten"_s, {}, u"Kommunen"_s }).ok()
            && master.upsertStaff({ staff, u"Anna"_s, u"Berg"_s, u"undersköterska"_s, {}, { unit }, true }).ok()
            && master
                   .upsertResident({ resident, unit, u"Margit"_s, u"Lindqvist"_s, u"19400101-1234"_s, QDate(1940, 1, 1),
                       u"1"_s, false, {}, {}, QDate(2020, 1, 1) })
                   .ok();
        if (!seeded) {
            die("tablet store", u"master data"_s);
        }
    }
};

Site &site()
{
    static Site s;
    return s;
}

/** Whether the central store keeps the record for the unit's tablets (audit events stay central; expired notes go). */
bool keptForTablets(const QJsonObject &record, qint64 nowMs)
{
    const QString kind = record.value("kind"_L1).toString();
    const qint64 wallMs = qint64(record.value("row"_L1).toObject().value("wall_ms"_L1).toDouble());
    return kind != "audit_event"_L1 && !(kind == "day_note"_L1 && core::dayNoteExpired(wallMs, nowMs));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto decoded = sync::decodeUploadRequest(body);
    auto *request = std::get_if<sync::UploadRequest>(&decoded);
    if (!request || request->items.size() > 20) {
        return 0;
    }
    Site &s = site();
    // As the enrolled device, its next seqs; rows name it so the rules look past the origin check.
    request->deviceId = kDevice;
    for (qsizetype i = 0; i < request->items.size(); ++i) {
        sync::UploadItem &item = request->items[i];
        item.deviceSeq = s.acked + 1 + i;
        if (item.record.value("row"_L1).isObject()) {
            QJsonObject row = item.record.value("row"_L1).toObject();
            row.insert(u"device_id"_s, kDevice);
            item.record.insert(u"row"_s, row);
        }
    }
    const auto answer = s.central->applyUpload(*request);
    if (!answer) {
        return 0; // refused whole, nothing stored
    }
    if (answer.value().results.size() != request->items.size()) {
        die("answer", u"one result per item"_s);
    }
    s.acked = answer.value().ackedThrough;
    for (qsizetype i = 0; i < request->items.size(); ++i) {
        const QJsonObject &record = request->items.at(i).record;
        if (answer.value().results.at(i).status != sync::ItemStatus::Accepted
            || !keptForTablets(record, s.clock.nowMs())) {
            continue;
        }
        const auto applied = sync::SyncRows(*s.tablet).importRecords({ record });
        if (!applied) {
            die("tablet store", applied.error().message);
        }
        if (applied.value().constFirst().status == sync::ImportOutcome::Status::Rejected) {
            die("accepted centrally, refused by a tablet of the unit", applied.value().constFirst().reason);
        }
    }
    return 0;
}
