// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "models/recordcontroller.h"

#include "models/coversheet.h"
#include "models/decisionlistmodel.h"
#include "models/documentlistmodel.h"
#include "models/journallistmodel.h"
#include "models/modelsupport.h"
#include "models/planmodel.h"
#include "models/signinglistmodel.h"
#include "store/journalrepository.h"
#include "store/masterdatarepository.h"
#include "store/planrepository.h"
#include "store/signingrepository.h"

#include <QStringList>

using namespace Qt::StringLiterals;

/** The repositories the record's sections read from, over one connection. */
struct RecordRepositories
{
    explicit RecordRepositories(akten::store::Database &db)
        : master(db)
        , plans(db)
        , journal(db)
        , signing(db)
    { }
    akten::store::MasterDataRepository master;
    akten::store::PlanRepository plans;
    akten::store::JournalRepository journal;
    akten::store::SigningRepository signing;
};

RecordController::RecordController(
    akten::store::Database &db, const akten::core::IbicCatalogue &catalogue, QObject *parent)
    : QObject(parent)
    , m_repositories(std::make_unique<RecordRepositories>(db))
    , m_coverSheet(new CoverSheet(this))
    , m_decisions(new DecisionListModel(m_repositories->master, this))
    , m_plan(new PlanModel(m_repositories->plans, catalogue, this))
    , m_journal(new JournalListModel(m_repositories->journal, this))
    , m_signing(new SigningListModel(m_repositories->plans, m_repositories->signing, m_repositories->master, this))
    , m_documents(new DocumentListModel(m_repositories->master, this))
{ }

RecordController::~RecordController() = default;

bool RecordController::openRecord(const QString &residentId)
{
    const akten::core::Id id = akten::core::idFromString(residentId);
    const auto resident = m_repositories->master.resident(id);
    const auto units = m_repositories->master.units();
    const auto staff = m_repositories->master.staff();
    if (id.isNull() || !resident || !units || !staff) {
        m_open = false;
        m_errorText = tr("Akten kunde inte öppnas.");
        Q_EMIT openedChanged();
        return false;
    }
    QString unitName;
    for (const auto &unit : units.value()) {
        if (unit.id == resident.value().unitId) {
            unitName = unit.name;
        }
    }
    const auto labels = akten::models::staffLabels(staff.value());
    QStringList contacts;
    for (const auto &contact : resident.value().contactPersonIds) {
        contacts << labels.value(contact);
    }
    const QDate today = akten::models::careToday();
    m_coverSheet->set(resident.value(), unitName, contacts.join(u"\n"_s), today);
    m_decisions->load(id);
    m_plan->load(id);
    m_journal->load(id);
    m_signing->setDay(today);
    m_signing->load(id);
    m_documents->load(id);
    m_open = true;
    m_errorText.clear();
    Q_EMIT openedChanged();
    return true;
}

void RecordController::close()
{
    m_open = false;
    m_coverSheet->set({}, {}, {}, {});
    Q_EMIT openedChanged();
}
