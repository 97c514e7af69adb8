// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/recordcontroller.h"

#include "app/models/plandeadlinescontroller.h"

#include "app/auth/accessaudit.h"
#include "app/core/clock.h"
#include "app/models/coversheet.h"
#include "app/models/decisionlistmodel.h"
#include "app/models/documentlistmodel.h"
#include "app/models/journallistmodel.h"
#include "app/models/modelsupport.h"
#include "app/models/planmodel.h"
#include "app/models/planreadgate.h"
#include "app/models/signinglistmodel.h"
#include "app/store/daynoterepository.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"
#include "app/store/signingrepository.h"

#include <QStringList>

using namespace Qt::StringLiterals;

/** The repositories the record's sections read from, over one connection. */
struct RecordRepositories
{
    explicit RecordRepositories(akten::store::Database &database)
        : db(database)
        , master(database)
        , plans(database)
        , journal(database)
        , signing(database)
        , dayNotes(database)
    { }
    akten::store::Database &db;
    akten::store::MasterDataRepository master;
    akten::store::PlanRepository plans;
    akten::store::JournalRepository journal;
    akten::store::SigningRepository signing;
    akten::store::DayNoteRepository dayNotes;
};

QString RecordController::residentIdText() const
{
    return isOpen() ? akten::core::idToString(m_residentId) : QString();
}

RecordController::RecordController(akten::store::Database &db, const akten::core::IbicCatalogue &catalogue,
    akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_repositories(std::make_unique<RecordRepositories>(db))
    , m_audit(audit)
    , m_clock(clock)
    , m_coverSheet(new CoverSheet(this))
    , m_decisions(new DecisionListModel(m_repositories->master, this))
    , m_plan(new PlanModel(m_repositories->plans, catalogue, this))
    , m_journal(new JournalListModel(m_repositories->journal, this))
    , m_signing(new SigningListModel(db, m_repositories->master, clock, this))
    , m_documents(new DocumentListModel(m_repositories->master, db, this))
    , m_dayNotes(new DayNoteListModel(DayNoteListModel::Scope::Resident, this))
    , m_consents(new ConsentListModel(db, m_repositories->master, this))
    , m_releases(new ReleaseListModel(db, m_repositories->master, this))
{ }

RecordController::~RecordController() = default;

const QStringList &RecordController::sectionNames()
{
    static const QStringList names { u"cover"_s, u"decisions"_s, u"plan"_s, u"journal"_s, u"signing"_s, u"documents"_s,
        u"day_notes"_s, u"life_story"_s, u"powers_and_money"_s, u"falls"_s, u"consents"_s, u"releases"_s,
        u"closure"_s };
    Q_ASSERT(names.size() == Closure + 1);
    return names;
}

void RecordController::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    close();
    m_viewer = viewer;
}

bool RecordController::openRecord(const QString &residentId)
{
    return open(residentId, {}, false);
}

const QStringList &RecordController::protectedReasonCodes()
{
    // ReasonPage.qml offers them in this order; auditlabels.cpp reads them in Swedish for log control.
    static const QStringList codes { u"care_now"_s, u"documentation"_s, u"plan_follow_up"_s, u"log_control"_s };
    return codes;
}

bool RecordController::openProtected(const QString &residentId, const QString &reasonCode)
{
    if (!protectedReasonCodes().contains(reasonCode)) { // a category, never words typed into the audit log
        return fail(tr("Ange ett skäl för att öppna akten för en person med skyddad identitet."));
    }
    return open(residentId, reasonCode, true);
}

bool RecordController::fail(const QString &errorText)
{
    close();
    m_errorText = errorText;
    Q_EMIT openedChanged();
    return false;
}

bool RecordController::open(const QString &residentId, const QString &reason, bool protectedAllowed)
{
    close();
    if (!m_viewer) {
        return fail(tr("Logga in med din bricka för att öppna akten."));
    }
    const akten::core::Id id = akten::core::idFromString(residentId);
    const auto resident = m_repositories->master.resident(id);
    const auto units = m_repositories->master.units();
    const auto staff = m_repositories->master.staff();
    if (id.isNull() || !resident || !units || !staff) {
        return fail(tr("Akten kunde inte öppnas."));
    }
    const akten::core::Resident &r = resident.value();
    if (!akten::auth::inScope(*m_viewer, r)) {
        return fail(tr("Den här personen bor inte på någon av dina enheter."));
    }
    if (r.protectedIdentity && !protectedAllowed) {
        return fail(tr("Personen har skyddad identitet. Akten öppnas bara med angivet skäl."));
    }
    const QString action = r.protectedIdentity ? u"view.protected"_s : u"view.record.cover"_s;
    if (!m_audit.record(&*m_viewer, action, r.id, r.unitId, reason)) {
        return fail(tr("Akten kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen."));
    }
    QString unitName;
    for (const auto &unit : units.value()) {
        if (unit.id == r.unitId) {
            unitName = unit.name;
        }
    }
    const auto labels = akten::models::staffLabels(staff.value());
    QStringList contacts;
    for (const auto &contact : r.contactPersonIds) {
        contacts << labels.value(contact);
    }
    m_residentId = r.id;
    m_unitId = r.unitId;
    m_viewed = { Cover };
    m_coverSheet->set(r, unitName, contacts.join(u"\n"_s), akten::core::careToday());
    m_open = true;
    m_errorText.clear();
    Q_EMIT openedChanged();
    Q_EMIT sectionShown(Cover);
    return true;
}

bool RecordController::viewSection(int index)
{
    if (!m_open || !m_viewer || index < 0 || index >= sectionNames().size()) {
        return false;
    }
    if (m_viewed.contains(index)) {
        return true;
    }
    // The release section offers the register's valid consents for a decision: the register is viewed with it.
    if (index == Releases && !viewSection(Consents)) {
        return false;
    }
    // The plan: shown at this unit only as PlanReadGate allows; the audit event names the consent it is shown with.
    const QString detail = index == Plan ? gatePlan() : QString();
    if (!m_audit.record(&*m_viewer, u"view.record."_s + sectionNames().at(index), m_residentId, m_unitId, detail)) {
        m_errorText = tr("Uppgifterna kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.");
        Q_EMIT openedChanged();
        return false;
    }
    m_viewed.insert(index);
    loadSection(index);
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        Q_EMIT openedChanged();
    }
    return true;
}

void RecordController::loadSection(int index)
{
    switch (index) {
    case Decisions:
        m_decisions->load(m_residentId);
        break;
    case Plan:
        if (m_planLocked) {
            m_plan->load({});
        } else if (const auto resident = m_repositories->master.resident(m_residentId)) {
            m_plan->load(m_residentId,
                PlanDeadlinesController::deadlineOf(
                    m_repositories->db, m_repositories->master, resident.value(), m_clock.nowMs()));
        } else {
            m_plan->load(m_residentId);
        }
        break;
    case Journal:
        m_journal->load(m_residentId, m_viewer, m_unitId);
        break;
    case Signing:
        m_signing->setDay(akten::core::careDate(m_clock.nowMs()));
        m_signing->load(m_residentId);
        break;
    case Documents:
        m_documents->load(m_residentId);
        break;
    case Consents:
        m_consents->load(m_residentId, akten::core::careDate(m_clock.nowMs()));
        break;
    case Releases:
        m_releases->load(m_residentId);
        break;
    case DayNotes: {
        const auto notes = m_repositories->dayNotes.listing({ m_unitId }, m_residentId);
        m_dayNotes->show(notes ? notes.value() : QList<akten::store::DayNoteListing> {}, m_clock.nowMs(),
            notes ? QString() : tr("Daganteckningarna kunde inte läsas."));
        break;
    }
    default:
        break;
    }
    Q_EMIT sectionShown(index);
}

void RecordController::refresh()
{
    if (!m_open) {
        return;
    }
    // The same opening, read again (records arrived with a sync): what was viewed was logged when it was opened.
    for (const int index : std::as_const(m_viewed)) {
        if (index == Plan) {
            refreshPlanGate();
        }
        loadSection(index);
    }
}

void RecordController::clearSections()
{
    const akten::core::Id none;
    m_coverSheet->set({}, {}, {}, {});
    m_decisions->load(none);
    m_plan->load(none);
    m_journal->load(none);
    m_signing->load(none);
    m_documents->load(none);
    m_dayNotes->show({}, 0);
    m_consents->load(none, {});
    m_releases->load(none);
    if (m_planLocked || !m_planNotice.isEmpty()) {
        m_planLocked = false;
        m_planNotice.clear();
        Q_EMIT planAccessChanged();
    }
}

QString RecordController::gatePlan()
{
    const auto resident = m_repositories->master.resident(m_residentId);
    const PlanReadGate gate = resident
        ? PlanReadGate::of(m_repositories->db, resident.value(), akten::core::careDate(m_clock.nowMs()))
        : PlanReadGate {};
    m_planLocked = gate.locked;
    m_planNotice = gate.notice;
    Q_EMIT planAccessChanged();
    return gate.auditDetail();
}

void RecordController::refreshPlanGate()
{
    // A consent noted (or revoked) while the record is open: a plan now shown with a consent is a new view of it,
    // logged with that consent before anything is loaded.
    const bool wasLocked = m_planLocked;
    const QString before = m_planNotice;
    const QString detail = gatePlan();
    if (m_planLocked || !detail.startsWith("consent"_L1) || (!wasLocked && before == m_planNotice)) {
        return;
    }
    if (!m_audit.record(&*m_viewer, u"view.record.plan"_s, m_residentId, m_unitId, detail)) {
        m_planLocked = true;
        m_planNotice = tr("Uppgifterna kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.");
        Q_EMIT planAccessChanged();
    }
}

void RecordController::close()
{
    const bool wasOpen = m_open;
    m_open = false;
    m_residentId = {};
    m_unitId = {};
    m_viewed.clear();
    clearSections();
    if (wasOpen || !m_errorText.isEmpty()) {
        m_errorText.clear();
        Q_EMIT openedChanged();
    }
}
