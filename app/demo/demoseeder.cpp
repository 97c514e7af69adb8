// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demoseeder.h"

#include "app/core/enums.h"
#include "app/store/auditlog.h"
#include "app/store/consentrepository.h"
#include "app/store/daynoterepository.h"
#include "app/store/devicestore.h"
#include "app/store/followuprepository.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"
#include "app/store/qualityreviewrepository.h"
#include "app/store/recorddocumentrepository.h"
#include "app/store/signingrepository.h"
#include "app/store/transaction.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace akten::demo {
namespace {

/** One clinical write with what its audit event needs. */
struct Write
{
    core::RecordMeta meta;
    core::Id residentId;
    QString action;
    std::function<Status()> apply;
    std::optional<core::Id> unitId {}; ///< a record of a unit, not of a resident (the quality review sample)
    QString detail {};
};

Status writeMasterData(store::MasterDataRepository &master, const DemoData &data)
{
    for (const core::Unit &unit : data.units) {
        if (auto s = master.upsertUnit(unit); !s) {
            return s;
        }
    }
    for (const core::Staff &staff : data.staff) {
        if (auto s = master.upsertStaff(staff); !s) {
            return s;
        }
    }
    for (const core::Resident &resident : data.residents) {
        if (auto s = master.upsertResident(resident); !s) {
            return s;
        }
    }
    for (const core::Decision &decision : data.decisions) {
        if (auto s = master.upsertDecision(decision); !s) {
            return s;
        }
    }
    for (const core::DocumentRecord &document : data.documents) {
        if (auto s = master.addDocument(document); !s) {
            return s;
        }
    }
    return {};
}

std::vector<Write> clinicalWrites(store::DeviceStore &store, const DemoData &data)
{
    auto &db = store.db();
    auto plans = std::make_shared<store::PlanRepository>(db);
    auto journal = std::make_shared<store::JournalRepository>(db);
    auto dayNotes = std::make_shared<store::DayNoteRepository>(db);
    auto signing = std::make_shared<store::SigningRepository>(db);
    auto consent = std::make_shared<store::ConsentRepository>(db);
    auto followUps = std::make_shared<store::FollowUpRepository>(db);
    auto documents = std::make_shared<store::RecordDocumentRepository>(db);
    auto quality = std::make_shared<store::QualityReviewRepository>(db);
    std::vector<Write> writes;
    for (const auto &r : data.plans) {
        writes.push_back({ r.meta, r.residentId, u"write.plan"_s, [plans, r] { return plans->append(r); } });
    }
    for (const auto &r : data.followUps) {
        writes.push_back(
            { r.meta, r.residentId, u"write.plan_follow_up"_s, [followUps, r] { return followUps->add(r); } });
    }
    for (const auto &r : data.journal) {
        writes.push_back({ r.meta, r.residentId, u"write.journal"_s, [journal, r] { return journal->append(r); } });
    }
    for (const auto &r : data.corrections) {
        writes.push_back(
            { r.meta, r.residentId, u"write.correction"_s, [journal, r] { return journal->appendCorrection(r); } });
    }
    for (const auto &r : data.dayNotes) {
        writes.push_back({ r.meta, r.residentId, u"write.day_note"_s, [dayNotes, r] { return dayNotes->add(r); } });
    }
    for (const auto &r : data.dayNoteReviews) {
        writes.push_back(
            { r.meta, r.residentId, u"write.day_note_review"_s, [dayNotes, r] { return dayNotes->addReview(r); } });
    }
    for (const auto &r : data.signatures) {
        writes.push_back({ r.meta, r.residentId, u"write.signature"_s, [signing, r] { return signing->append(r); } });
    }
    for (const auto &r : data.retractions) {
        writes.push_back({ r.meta, r.residentId, u"write.signature_retraction"_s,
            [signing, r] { return signing->appendRetraction(r); } });
    }
    for (const auto &r : data.consents) {
        writes.push_back(
            { r.meta, r.residentId, u"write.consent"_s, [consent, r] { return consent->appendConsent(r); } });
    }
    for (const auto &r : data.releases) {
        writes.push_back(
            { r.meta, r.residentId, u"write.release"_s, [consent, r] { return consent->appendRelease(r); } });
    }
    for (const auto &r : data.recordDocuments) {
        writes.push_back(
            { r.meta, r.residentId, u"write.record_document"_s, [documents, r] { return documents->add(r); } });
    }
    for (const auto &r : data.qualitySamples) {
        writes.push_back(
            { r.meta, {}, u"write.quality_sample"_s, [quality, r] { return quality->addSample(r); }, r.unitId,
                u"year=%1 seed=%2 sampled=%3 of %4"_s.arg(r.year).arg(r.seed).arg(r.plans.size()).arg(r.eligible) });
    }
    for (const auto &r : data.qualityReviews) {
        writes.push_back(
            { r.meta, r.residentId, u"write.quality_review"_s, [quality, r] { return quality->addReview(r); } });
    }
    for (const auto &r : data.releaseEvents) {
        writes.push_back({ r.meta, r.residentId,
            r.stage == core::ReleaseStage::Request ? u"write.release_request"_s : u"write.release_decision"_s,
            [consent, r] { return consent->appendReleaseEvent(r); } });
    }
    std::stable_sort(
        writes.begin(), writes.end(), [](const Write &a, const Write &b) { return a.meta.hlc < b.meta.hlc; });
    return writes;
}

} // namespace

Status seedDemo(store::DeviceStore &store, const DemoData &data)
{
    store::Transaction tx(store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    store::MasterDataRepository master(store.db());
    if (auto written = writeMasterData(master, data); !written) {
        return written;
    }
    QHash<core::Id, QString> roles;
    for (const core::Staff &staff : data.staff) {
        roles.insert(staff.id, core::toCode(staff.role));
    }
    QHash<core::Id, core::Id> unitOf;
    for (const core::Resident &resident : data.residents) {
        unitOf.insert(resident.id, resident.unitId);
    }
    store::AuditLog audit(store.db());
    for (const Write &write : clinicalWrites(store, data)) {
        if (auto applied = write.apply(); !applied) {
            return applied;
        }
        core::AuditEvent event;
        event.meta = write.meta;
        event.meta.id = store.stamper().newId();
        event.meta.deviceId = store.deviceId(); // the audit chain is this device's, whichever tablet wrote the record
        event.staffRole = roles.value(write.meta.authorId, u"system"_s);
        if (!write.residentId.isNull()) {
            event.residentId = write.residentId;
        }
        event.unitId = write.unitId ? *write.unitId : unitOf.value(write.residentId);
        event.action = write.action;
        event.detail = write.detail;
        if (auto appended = audit.append(event); !appended) {
            return appended.error();
        }
    }
    core::AuditEvent seeded;
    seeded.meta = store.stamper().stamp(core::Id {});
    seeded.staffRole = u"system"_s;
    seeded.action = u"demo.seed"_s;
    seeded.detail = u"%1 residents, %2 staff"_s.arg(data.residents.size()).arg(data.staff.size());
    if (auto appended = audit.append(seeded); !appended) {
        return appended.error();
    }
    store.stamper().hlc().restore(seeded.meta.hlc);
    return tx.commit();
}

} // namespace akten::demo
