// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/recorddocumentscontroller.h"

#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/modelsupport.h"
#include "app/models/recordcontroller.h"
#include "app/models/recorddocumentservice.h"
#include "app/store/masterdatarepository.h"
#include "app/store/recorddocumentrepository.h"

using namespace Qt::StringLiterals;
using namespace akten;

RecordDocumentsController::RecordDocumentsController(store::Database &db, store::MasterDataRepository &master,
    RecordDocumentService &service, RecordController &record, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_master(master)
    , m_service(service)
    , m_record(record)
    , m_clock(clock)
    , m_cover(new RecordDocumentListModel(this))
    , m_coverHistory(new RecordDocumentListModel(this))
    , m_lifeStory(new RecordDocumentListModel(this))
    , m_lifeStoryHistory(new RecordDocumentListModel(this))
    , m_powers(new RecordDocumentListModel(this))
    , m_agreements(new RecordDocumentListModel(this))
    , m_falls(new RecordDocumentListModel(this))
    , m_checklists(new RecordDocumentListModel(this))
    , m_form(new DocumentForm(service, clock, this))
{
    connect(&m_record, &RecordController::sectionShown, this, &RecordDocumentsController::load);
    connect(&m_record, &RecordController::openedChanged, this, [this] {
        if (!m_record.isOpen()) {
            clear();
        }
    });
}

RecordDocumentsController::~RecordDocumentsController() = default;

void RecordDocumentsController::setViewer(const std::optional<auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    clear();
}

std::optional<core::Resident> RecordDocumentsController::openResident() const
{
    if (!m_record.isOpen()) {
        return std::nullopt;
    }
    auto resident = m_master.resident(core::idFromString(m_record.residentIdText()));
    return resident ? std::optional(resident.value()) : std::nullopt;
}

bool RecordDocumentsController::mayWrite(const QString &typeCode) const
{
    const auto type = core::docTypeFromCode(typeCode);
    const auto resident = openResident();
    return type && resident && m_viewer && m_service.mayWrite(*m_viewer, *resident, *type);
}

bool RecordDocumentsController::startNew(const QString &typeCode)
{
    const auto type = core::docTypeFromCode(typeCode);
    if (!mayWrite(typeCode)) {
        return false;
    }
    QList<core::Id> replaces;
    QJsonObject base;
    if (core::isSingleton(*type)) { // a singleton that exists gets a new version instead
        const auto existing = store::RecordDocumentRepository(m_db).forResident(openResident()->id, *type);
        if (!existing) {
            return false;
        }
        const auto current = core::currentVersions(existing.value());
        for (const auto &d : current) {
            replaces.append(d.meta.id);
        }
        if (!current.isEmpty()) {
            base = current.first().fields;
        }
    }
    m_form->start(*m_viewer, openResident()->id, *type, base, replaces);
    return true;
}

bool RecordDocumentsController::startVersion(const QString &documentId, bool revoke)
{
    const auto resident = openResident();
    const auto document = store::RecordDocumentRepository(m_db).byId(core::idFromString(documentId));
    if (!resident || !document || document.value().residentId != resident->id
        || !core::isVersioned(document.value().type) || !mayWrite(core::toCode(document.value().type))) {
        return false;
    }
    const core::RecordDocument &d = document.value();
    const auto existing = store::RecordDocumentRepository(m_db).forResident(resident->id, d.type);
    if (!existing) {
        return false;
    }
    QList<core::Id> replaces;
    QJsonObject base = d.fields;
    for (const auto &current : core::currentVersions(existing.value())) {
        if (core::isSingleton(d.type) || current.seriesId == d.seriesId) {
            if (replaces.isEmpty()) {
                base = current.fields; // the newest current version
            }
            replaces.append(current.meta.id);
        }
    }
    if (revoke) {
        base.insert(u"revoked_on"_s, core::careDate(m_clock.nowMs()).toString(Qt::ISODate));
    }
    m_form->start(*m_viewer, resident->id, d.type, base, replaces);
    if (revoke) {
        m_form->setTitle(tr("Återkalla fullmakten: spara med dagens datum som återkallelsedatum"));
    }
    return true;
}

void RecordDocumentsController::load(int section)
{
    using T = core::RecordDocType;
    const core::Id residentId = core::idFromString(m_record.residentIdText());
    const auto all = store::RecordDocumentRepository(m_db).forResident(residentId);
    const auto staff = m_master.staff();
    const QString error = all && staff ? QString() : tr("Handlingarna kunde inte läsas.");
    const auto labels = staff ? models::staffLabels(staff.value()) : QHash<core::Id, QString> {};
    const QDate today = core::careDate(m_clock.nowMs());
    const auto show = [&](RecordDocumentListModel *model, T type, bool history) {
        QList<core::RecordDocument> ofType;
        for (const auto &d : all ? all.value() : QList<core::RecordDocument> {}) {
            if (d.type == type) {
                ofType.append(d);
            }
        }
        model->show(ofType, history, labels, today, error);
    };
    switch (section) {
    case RecordController::Cover:
        show(m_cover, T::CoverSheet, false);
        show(m_coverHistory, T::CoverSheet, true);
        break;
    case RecordController::LifeStory:
        show(m_lifeStory, T::LifeStory, false);
        show(m_lifeStoryHistory, T::LifeStory, true);
        break;
    case RecordController::PowersAndMoney:
        show(m_powers, T::PowerOfAttorney, false);
        show(m_agreements, T::MoneyAgreement, false);
        break;
    case RecordController::Falls:
        show(m_falls, T::FallReport, true);
        show(m_checklists, T::FallChecklist, true);
        break;
    default:
        break;
    }
}

void RecordDocumentsController::clear()
{
    for (auto *model :
        { m_cover, m_coverHistory, m_lifeStory, m_lifeStoryHistory, m_powers, m_agreements, m_falls, m_checklists }) {
        model->show({}, false, {}, {});
    }
    if (m_form->isOpen()) {
        m_form->cancel();
    }
}
