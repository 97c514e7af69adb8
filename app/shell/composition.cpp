// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/shell/composition.h"

#include "app/auth/accessaudit.h"
#include "app/auth/authenticator.h"
#include "app/auth/sessionmanager.h"
#include "app/demo/demobadges.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/models/boardmodel.h"
#include "app/models/careclock.h"
#include "app/models/caseclosurecontroller.h"
#include "app/models/caseclosureservice.h"
#include "app/models/consentcontroller.h"
#include "app/models/consentservice.h"
#include "app/models/daynotepurger.h"
#include "app/models/daynotescontroller.h"
#include "app/models/daynoteservice.h"
#include "app/models/easyreadmodel.h"
#include "app/models/enrolmentcontroller.h"
#include "app/models/followupcontroller.h"
#include "app/models/followupservice.h"
#include "app/models/journalcopycontroller.h"
#include "app/models/journalcorrectioncontroller.h"
#include "app/models/journalnotecontroller.h"
#include "app/models/journalservice.h"
#include "app/models/logcontrolmodel.h"
#include "app/models/modelsupport.h"
#include "app/models/nowmodel.h"
#include "app/models/ownaccesscontroller.h"
#include "app/models/planconflictmodel.h"
#include "app/models/plandeadlinescontroller.h"
#include "app/models/planeditorcontroller.h"
#include "app/models/planeditorservice.h"
#include "app/models/planmodel.h"
#include "app/models/qualityreviewcontroller.h"
#include "app/models/qualityreviewservice.h"
#include "app/models/recordcontroller.h"
#include "app/models/recorddocumentscontroller.h"
#include "app/models/recorddocumentservice.h"
#include "app/models/releasecontroller.h"
#include "app/models/releaseservice.h"
#include "app/models/residentlistmodel.h"
#include "app/models/sessioncontroller.h"
#include "app/models/signingexportcontroller.h"
#include "app/models/signingservice.h"
#include "app/models/syncstatusmodel.h"
#include "app/shell/activityfilter.h"
#include "app/shell/docksync.h"
#include "app/shell/readerfactory.h"
#include "app/shell/startupmessage.h"
#include "app/store/badgerepository.h"
#include "platform/keys/devicekeys.h"
#include "platform/keys/keylocation.h"
#include "platform/simulatedbadgereader.h"
#include "sync/client/syncscheduler.h"

#include <QGuiApplication>

#include <QFileInfo>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>

using namespace Qt::StringLiterals;

// The QML modules are static libraries: import their plugins explicitly.
Q_IMPORT_QML_PLUGIN(Akten_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Akten_UiPlugin)
Q_IMPORT_QML_PLUGIN(Akten_ResidentsPlugin)
Q_IMPORT_QML_PLUGIN(Akten_RecordPlugin)
Q_IMPORT_QML_PLUGIN(Akten_LoginPlugin)
Q_IMPORT_QML_PLUGIN(Akten_AdminPlugin)
Q_IMPORT_QML_PLUGIN(Akten_SigningPlugin)
Q_IMPORT_QML_PLUGIN(Akten_JournalPlugin)
Q_IMPORT_QML_PLUGIN(Akten_PlanPlugin)
Q_IMPORT_QML_PLUGIN(Akten_ShellPlugin)

namespace {
Q_LOGGING_CATEGORY(lcShell, "akten.shell")
}

namespace akten::shell {

Composition::Composition(ShellOptions options)
    : m_options(std::move(options))
    , m_wall(m_options.clock ? *m_options.clock : m_clock)
    , m_careClock(std::make_unique<CareClock>(m_wall))
{ }

Composition::~Composition()
{
    if (m_activity && m_application) {
        m_application->removeEventFilter(m_activity.get());
    }
}

void Composition::build(QObject *application, const core::MonotonicClock *monotonic)
{
    m_settings
        = loadSettings(m_options.settingsPath.isEmpty() ? m_options.dataDir + u"/akten.conf"_s : m_options.settingsPath,
            m_options.kiosk, m_options.demo);
    for (const QString &warning : std::as_const(m_settings.warnings)) {
        qCWarning(lcShell).noquote() << warning;
    }
    QString keyPath = m_options.deviceKeyPath;
    if (keyPath.isEmpty()) {
        const platform::DeviceKeyLocation location = platform::defaultDeviceKeyLocation(m_options.dataDir);
        keyPath = location.path;
        if (location.legacy) {
            qCWarning(lcShell).noquote() << "the device key is" << location.why;
        }
    }
    m_keys = platform::deviceKeyProvider(keyPath, m_settings.device.tpm);
    const bool create = m_options.demo && !QFileInfo::exists(store::DeviceStore::databasePath(m_options.dataDir));
    Error failure;
    if (auto prepared = m_keys->prepare(create); !prepared) {
        failure = prepared.error();
    } else if (create) {
        auto created = store::DeviceStore::create(m_options.dataDir, *m_keys, m_wall);
        if (created) {
            m_store.emplace(std::move(created).value());
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_wall.nowMs(), core::careTimeZone());
            const auto data = demo::generateDemoUnit(now.date(), m_store->deviceId(), 20261122, now.time());
            Status seeded = demo::seedDemo(*m_store, data);
            if (seeded) {
                seeded = demo::enrolDemoBadges(*m_store, data.badges);
            }
            if (!seeded) {
                failure = seeded.error();
                m_store.reset();
            }
        } else {
            failure = created.error();
        }
    } else {
        auto opened = store::DeviceStore::open(m_options.dataDir, *m_keys, m_wall);
        if (opened) {
            m_store.emplace(std::move(opened).value());
        } else {
            failure = opened.error();
        }
    }
    auto catalogue = core::IbicCatalogue::bundled();
    if (m_store && !catalogue) {
        failure = catalogue.error();
        m_store.reset();
    }
    if (!m_store) {
        qCWarning(lcShell) << "cannot open the store:" << failure.message;
        m_startupError = startupMessageSv(failure);
        return;
    }
    m_catalogue.emplace(std::move(catalogue).value());
    m_master = std::make_unique<store::MasterDataRepository>(m_store->db());
    m_audit = std::make_unique<auth::AccessAudit>(*m_store);
    m_closures = std::make_unique<store::CaseClosureRepository>(m_store->db());
    m_residents = std::make_unique<ResidentListModel>(*m_master, *m_closures, *m_audit);
    m_record = std::make_unique<RecordController>(m_store->db(), *m_catalogue, *m_audit, m_wall);
    m_logControl = std::make_unique<LogControlModel>(m_store->db(), *m_audit, m_options.dataDir + u"/exports"_s);
    m_planConflict = std::make_unique<PlanConflictModel>(m_store->db(), *m_catalogue, *m_audit, m_wall);
    QObject::connect(m_planConflict.get(), &PlanConflictModel::resolved, m_record.get(),
        [this](const QString &residentId) { m_record->plan()->load(core::idFromString(residentId)); });
    m_signing = std::make_unique<SigningService>(*m_store, *m_master, *m_audit, m_wall);
    m_now = std::make_unique<NowModel>(m_store->db(), *m_master, *m_signing, *m_audit, m_wall);
    m_board = std::make_unique<BoardModel>(m_store->db(), *m_master, *m_audit, m_wall);
    m_signingExport
        = std::make_unique<SigningExportController>(m_store->db(), *m_audit, m_wall, m_options.dataDir + u"/exports"_s);
    m_journalCopy
        = std::make_unique<JournalCopyController>(m_store->db(), *m_audit, m_wall, m_options.dataDir + u"/exports"_s);
    m_closureService = std::make_unique<CaseClosureService>(*m_store, *m_master, *m_audit, m_wall);
    m_closure = std::make_unique<CaseClosureController>(
        m_store->db(), *m_master, *m_closureService, *m_audit, m_wall, m_options.dataDir + u"/exports"_s);
    QObject::connect(m_closure.get(), &CaseClosureController::caseClosed, m_record.get(), [this] {
        m_record->refresh();
        m_residents->reload(); // the list says the case is closed and offers no new note
        m_now->refresh(); // a closed case has no insatser left to sign
        m_board->refresh();
    });
    m_journal = std::make_unique<JournalService>(*m_store, *m_master, *m_audit, m_wall);
    m_note = std::make_unique<JournalNoteController>(m_store->db(), *m_master, *m_journal, m_wall);
    QObject::connect(m_note.get(), &JournalNoteController::saved, m_record.get(), &RecordController::refresh);
    m_corrections = std::make_unique<JournalCorrectionController>(*m_journal);
    QObject::connect(
        m_corrections.get(), &JournalCorrectionController::written, m_record.get(), &RecordController::refresh);
    m_dayNoteService = std::make_unique<DayNoteService>(*m_store, *m_master, *m_audit, m_wall);
    m_dayNotes = std::make_unique<DayNotesController>(m_store->db(), *m_master, *m_dayNoteService, *m_audit, m_wall);
    m_planService = std::make_unique<PlanEditorService>(*m_store, *m_master, *m_audit, m_wall, *m_catalogue);
    m_planEditor
        = std::make_unique<PlanEditorController>(m_store->db(), *m_master, *m_planService, *m_catalogue, m_wall);
    QObject::connect(
        m_planEditor.get(), &PlanEditorController::established, m_record.get(), &RecordController::refresh);
    // Day notes go 90 days after writing: purged at start and then every care day (the injected wall clock).
    m_dayNotePurger = std::make_unique<DayNotePurger>(*m_dayNoteService, m_wall);
    QObject::connect(m_dayNotePurger.get(), &DayNotePurger::purged, m_dayNotes.get(), [this] {
        m_dayNotes->reload();
        m_record->refresh();
    });
    m_dayNotePurger->start();
    QObject::connect(m_dayNotes.get(), &DayNotesController::changed, m_record.get(), &RecordController::refresh);
    buildFollowUp();
    buildRecordDocuments();
    buildQualityAndOwnAccess();
    buildConsentRegister();
    buildSession(application, monotonic ? *monotonic : m_steady);
}

void Composition::buildRecordDocuments()
{
    m_recordDocumentService
        = std::make_unique<RecordDocumentService>(*m_store, *m_master, *m_audit, m_wall, m_options.kiosk);
    m_recordDocuments = std::make_unique<RecordDocumentsController>(
        m_store->db(), *m_master, *m_recordDocumentService, *m_record, m_wall);
    // A saved document reads the record again: the section, the register and the journal's new entry.
    QObject::connect(m_recordDocuments->form(), &DocumentForm::saved, m_record.get(), [this] { m_record->refresh(); });
}

void Composition::buildFollowUp()
{
    m_followUpService = std::make_unique<FollowUpService>(*m_store, *m_master, *m_audit, m_wall);
    m_followUp = std::make_unique<FollowUpController>(m_store->db(), *m_master, *m_followUpService, *m_catalogue);
    m_planDeadlines = std::make_unique<PlanDeadlinesController>(m_store->db(), *m_master, *m_audit, m_wall);
    m_easyRead = std::make_unique<EasyReadModel>(
        m_store->db(), *m_master, *m_audit, m_wall, m_options.dataDir + u"/exports"_s);
    // A follow-up moves the resident's deadline and adds a journal entry: the lists and the record read again.
    QObject::connect(m_followUp.get(), &FollowUpController::saved, m_planDeadlines.get(), [this] {
        m_planDeadlines->reload();
        m_record->refresh();
    });
    // A set revision restarts the follow-up clock.
    QObject::connect(m_planEditor.get(), &PlanEditorController::established, m_planDeadlines.get(),
        &PlanDeadlinesController::reload);
}

void Composition::buildQualityAndOwnAccess()
{
    m_qualityService = std::make_unique<QualityReviewService>(*m_store, *m_master, *m_audit, m_wall);
    m_qualityReview
        = std::make_unique<QualityReviewController>(*m_qualityService, *m_master, *m_audit, m_wall, m_options.kiosk);
    m_ownAccess = std::make_unique<OwnAccessController>(m_store->db(), *m_master, *m_audit, m_wall, m_options.kiosk);
}

void Composition::buildConsentRegister()
{
    m_consentService = std::make_unique<ConsentService>(*m_store, *m_master, *m_audit, m_wall);
    m_consents = std::make_unique<ConsentController>(*m_master, *m_consentService);
    m_releaseService = std::make_unique<ReleaseService>(*m_store, *m_master, *m_audit, m_wall);
    m_releases = std::make_unique<ReleaseController>(*m_master, *m_releaseService);
    // The register and the releases are read on tablets and kiosks alike; only a tablet writes them.
    m_consents->setKiosk(m_options.kiosk);
    m_releases->setKiosk(m_options.kiosk);
    // A consent can open (or close) the plan read across units, and adds a journal entry: the record reads again.
    QObject::connect(m_consents.get(), &ConsentController::saved, m_record.get(), &RecordController::refresh);
    QObject::connect(m_releases.get(), &ReleaseController::saved, m_record.get(), &RecordController::refresh);
}

void Composition::buildSession(QObject *application, const core::MonotonicClock &monotonic)
{
    if (!m_options.centralUrl.isEmpty()) {
        m_settings.sync.centralUrl = m_options.centralUrl;
    }
    m_auth = std::make_unique<auth::Authenticator>(*m_store, m_settings.policy.maxFailures);
    m_session = std::make_unique<auth::SessionManager>(*m_auth, *m_master, *m_audit, monotonic, m_settings.policy);
    m_reader = createBadgeReader(m_settings.reader, application);
    QList<DemoBadgeListModel::Badge> demoBadges;
    if (m_options.demo) {
        const auto staff = m_master->staff();
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_wall.nowMs(), core::careTimeZone());
        const auto data = demo::generateDemoUnit(now.date(), m_store->deviceId(), 20261122, now.time());
        // A demo store made before badge login existed has no badges yet: enrol the documented demo badges.
        const auto existing = data.badges.isEmpty()
            ? Result<QList<core::BadgeCredential>>(QList<core::BadgeCredential> {})
            : store::BadgeRepository(m_store->db()).badgesOf(data.badges.constFirst().staffId);
        if (existing && existing.value().isEmpty() && !data.badges.isEmpty()) {
            if (auto enrolled = demo::enrolDemoBadges(*m_store, data.badges); !enrolled) {
                qCWarning(lcShell) << "cannot enrol the demo badges:" << enrolled.error().message;
            }
        }
        for (const auto &badge : data.badges) {
            for (const auto &member : staff ? staff.value() : QList<core::Staff> {}) {
                if (member.id == badge.staffId) {
                    demoBadges.append({ member.displayName(), member.title, badge.uidHex, badge.demoPin });
                }
            }
        }
    }
    auto *simulated = qobject_cast<platform::SimulatedBadgeReader *>(m_reader.get());
    m_sessionController
        = std::make_unique<SessionController>(*m_session, *m_reader, m_options.demo ? simulated : nullptr, demoBadges);
    m_enrolment = std::make_unique<EnrolmentController>(m_store->db(), *m_auth);
    // While the manager enrols a badge, the next tap is that badge, not a login.
    QObject::connect(
        m_reader.get(), &platform::BadgeReader::badgePresented, m_session.get(), [this](const platform::BadgeTap &tap) {
            if (m_enrolment->waitingForBadge() && m_session->state() == auth::SessionManager::State::Active) {
                m_enrolment->badgeTapped(tap.uidHex);
            } else {
                m_session->badgeTapped(tap.uidHex);
            }
        });
    m_dockSync = std::make_unique<DockSync>(*m_keys, m_wall, m_options.dataDir, m_settings.sync);
    m_syncStatus = std::make_unique<SyncStatusModel>(
        m_store->db(), m_wall, monotonic, m_dockSync->scheduler(), sync::OfflineLease { m_settings.sync.leaseDays });
    m_now->setFreshness(m_syncStatus->freshness());
    m_board->setFreshness(m_syncStatus->freshness());
    connectSigningRefresh();
    QObject::connect(m_session.get(), &auth::SessionManager::userChanged, m_session.get(), [this] { applyViewer(); });
    QObject::connect(m_syncStatus.get(), &SyncStatusModel::leaseChanged, m_session.get(), [this] { applyViewer(); });
    if (auto *scheduler = m_dockSync->scheduler()) {
        // Records that came down appear in the open screens (the sync thread wrote them through its own connection).
        QObject::connect(scheduler, &sync::SyncScheduler::finished, m_session.get(), [this](const auto &outcome) {
            m_logControl->alarms()->refresh(); // tamper alarms come with every completed download, records or not
            if (outcome.downloaded > 0) {
                m_residents->reload();
                m_record->refresh();
                m_dayNotes->reload();
                m_planDeadlines->reload();
                m_closure->reload(); // a closure from another tablet makes the open record read-only
            }
        });
    }
    if (application) {
        m_application = application;
        m_activity = std::make_unique<ActivityFilter>(*m_session);
        application->installEventFilter(m_activity.get());
    }
    m_reader->start();
    applyViewer(); // nobody yet: an idle kiosk shows its board
}

void Composition::connectSigningRefresh()
{
    const auto refresh = [this] {
        m_now->refresh();
        m_board->refresh();
    };
    QObject::connect(m_careClock.get(), &CareClock::minuteChanged, m_now.get(), refresh);
    QObject::connect(m_syncStatus->freshness(), &SyncFreshness::changed, m_now.get(), refresh);
    QObject::connect(m_now.get(), &NowModel::written, m_record.get(), [this] {
        m_record->refresh();
        m_board->refresh();
        if (auto *scheduler = m_dockSync->scheduler()) {
            scheduler->syncLight(); // the other devices of the unit see it within one interval
        }
    });
}

void Composition::applyViewer()
{
    const auto user = m_session->user();
    const auto personal = m_syncStatus->leaseLocked() ? std::nullopt : user;
    m_record->setViewer(personal);
    m_residents->setViewer(personal);
    m_logControl->setViewer(personal);
    m_planConflict->setViewer(personal);
    m_now->setViewer(personal);
    m_board->setViewer(personal);
    m_signingExport->setViewer(personal);
    m_journalCopy->setViewer(personal);
    m_closure->setViewer(personal);
    m_note->setViewer(personal);
    m_corrections->setViewer(personal);
    m_dayNotes->setViewer(personal);
    m_followUp->setViewer(personal);
    m_recordDocuments->setViewer(personal);
    m_consents->setViewer(personal);
    m_releases->setViewer(personal);
    m_planDeadlines->setViewer(personal);
    m_easyRead->setViewer(personal);
    m_planEditor->setViewer(personal);
    m_qualityReview->setViewer(personal);
    m_ownAccess->setViewer(personal);
    // An idle kiosk shows the unit board without names; with the lease expired it shows nothing.
    m_board->setKioskIdle(m_options.kiosk && !user && !m_syncStatus->leaseLocked());
    if (m_board->anonymous()) {
        m_board->open();
    }
    m_enrolment->setViewer(user);
    m_syncStatus->setViewer(user);
}

void Composition::load(QQmlApplicationEngine &engine)
{
    engine.setInitialProperties({ { u"residents"_s, QVariant::fromValue(m_residents.get()) },
        { u"session"_s, QVariant::fromValue(m_sessionController.get()) },
        { u"logControl"_s, QVariant::fromValue(m_logControl.get()) },
        { u"enrolment"_s, QVariant::fromValue(m_enrolment.get()) },
        { u"syncStatus"_s, QVariant::fromValue(m_syncStatus.get()) },
        { u"planConflict"_s, QVariant::fromValue(m_planConflict.get()) },
        { u"record"_s, QVariant::fromValue(m_record.get()) }, { u"kiosk"_s, m_options.kiosk },
        { u"notesAllowed"_s, !m_options.kiosk || m_settings.kioskJournalNotes },
        { u"onScreenKeyboard"_s, m_options.onScreenKeyboard },
        { u"careClock"_s, QVariant::fromValue(m_careClock.get()) }, { u"now"_s, QVariant::fromValue(m_now.get()) },
        { u"board"_s, QVariant::fromValue(m_board.get()) },
        { u"signingExport"_s, QVariant::fromValue(m_signingExport.get()) },
        { u"journalCopy"_s, QVariant::fromValue(m_journalCopy.get()) },
        { u"caseClosure"_s, QVariant::fromValue(m_closure.get()) }, { u"note"_s, QVariant::fromValue(m_note.get()) },
        { u"corrections"_s, QVariant::fromValue(m_corrections.get()) },
        { u"dayNotes"_s, QVariant::fromValue(m_dayNotes.get()) },
        { u"followUp"_s, QVariant::fromValue(m_followUp.get()) },
        { u"recordDocuments"_s, QVariant::fromValue(m_recordDocuments.get()) },
        { u"consents"_s, QVariant::fromValue(m_consents.get()) },
        { u"releases"_s, QVariant::fromValue(m_releases.get()) },
        { u"planDeadlines"_s, QVariant::fromValue(m_planDeadlines.get()) },
        { u"easyRead"_s, QVariant::fromValue(m_easyRead.get()) },
        { u"qualityReview"_s, QVariant::fromValue(m_qualityReview.get()) },
        { u"ownAccess"_s, QVariant::fromValue(m_ownAccess.get()) },
        { u"planEditor"_s, QVariant::fromValue(m_planEditor.get()) }, { u"startupError"_s, m_startupError } });
    engine.load(QUrl(u"qrc:/Akten/Shell/Main.qml"_s));
}

} // namespace akten::shell
