// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/catalogue.h"
#include "app/core/clock.h"
#include "app/shell/settings.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"
#include "app/store/masterdatarepository.h"

#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QQmlApplicationEngine;
class ResidentListModel;
class RecordController;
class SessionController;
class LogControlModel;
class EnrolmentController;
class SyncStatusModel;
class PlanConflictModel;
class NowModel;
class BoardModel;
class SigningExportController;
class JournalCopyController;
class CaseClosureService;
class CaseClosureController;
class JournalService;
class JournalNoteController;
class PlanEditorController;
class PlanEditorService;
class JournalCorrectionController;
class SigningService;
class CareClock;
class DayNoteService;
class DayNotesController;
class DayNotePurger;
class FollowUpService;
class FollowUpController;
class RecordDocumentService;
class RecordDocumentsController;
class ConsentService;
class ConsentController;
class ReleaseService;
class ReleaseController;
class PlanDeadlinesController;
class EasyReadModel;
class QualityReviewService;
class QualityReviewController;
class OwnAccessController;

namespace akten::auth {
class AccessAudit;
class Authenticator;
class SessionManager;
} // namespace akten::auth
namespace akten::platform {
class BadgeReader;
}

namespace akten::shell {

class DockSync;

/** What the app was asked to start with. */
struct ShellOptions
{
    QString dataDir;
    QString deviceKeyPath; ///< empty = platform::defaultDeviceKeyLocation (outside the data directory)
    bool demo = false;
    bool kiosk = false;
    QString settingsPath; ///< empty = DATA_DIR/akten.conf
    QString centralUrl {}; ///< overrides [sync] central_url
    const core::Clock *clock = nullptr; ///< the wall clock (tests move it); null = the system clock
    bool onScreenKeyboard = false; ///< Qt's virtual keyboard is the input method (main decides, before the app)
};

/**
 * The composition root: opens (or, with demo, creates and seeds) the device store, builds repositories and the
 * models QML sees, and loads the shell with them as initial properties. If the store cannot be opened, the shell
 * shows a Swedish error page and no data. Owns everything it builds; lives as long as the engine.
 */
class Composition
{
public:
    explicit Composition(ShellOptions options);
    ~Composition();
    Composition(const Composition &) = delete;
    Composition &operator=(const Composition &) = delete;

    /**
     * Opens the store and builds the models; on failure, startupError() is set and the UI shows it. `application`
     * receives the activity and keyboard-wedge filters (null in tests that need neither); `monotonic` replaces the
     * session clock (tests), default the steady clock.
     */
    void build(QObject *application = nullptr, const core::MonotonicClock *monotonic = nullptr);
    /** Loads qrc:/Akten/Shell/Main.qml (Qt 6.4 resource prefix "/") with the models as initial properties. */
    void load(QQmlApplicationEngine &engine);

    [[nodiscard]] QString startupError() const { return m_startupError; }
    [[nodiscard]] ResidentListModel *residents() const { return m_residents.get(); }
    [[nodiscard]] RecordController *record() const { return m_record.get(); }
    [[nodiscard]] SessionController *session() const { return m_sessionController.get(); }
    [[nodiscard]] LogControlModel *logControl() const { return m_logControl.get(); }
    [[nodiscard]] EnrolmentController *enrolment() const { return m_enrolment.get(); }
    [[nodiscard]] SyncStatusModel *syncStatus() const { return m_syncStatus.get(); }
    [[nodiscard]] PlanConflictModel *planConflict() const { return m_planConflict.get(); }
    [[nodiscard]] CareClock *careClock() const { return m_careClock.get(); }
    [[nodiscard]] NowModel *now() const { return m_now.get(); }
    [[nodiscard]] BoardModel *board() const { return m_board.get(); }
    [[nodiscard]] JournalNoteController *note() const { return m_note.get(); }
    [[nodiscard]] JournalCorrectionController *corrections() const { return m_corrections.get(); }
    [[nodiscard]] DayNotesController *dayNotes() const { return m_dayNotes.get(); }
    [[nodiscard]] PlanEditorController *planEditor() const { return m_planEditor.get(); }
    [[nodiscard]] DayNotePurger *dayNotePurger() const { return m_dayNotePurger.get(); }
    [[nodiscard]] PlanDeadlinesController *planDeadlines() const { return m_planDeadlines.get(); }
    [[nodiscard]] FollowUpController *followUp() const { return m_followUp.get(); }
    [[nodiscard]] ConsentController *consents() const { return m_consents.get(); }
    [[nodiscard]] ReleaseController *releases() const { return m_releases.get(); }
    [[nodiscard]] EasyReadModel *easyRead() const { return m_easyRead.get(); }
    [[nodiscard]] RecordDocumentsController *recordDocuments() const { return m_recordDocuments.get(); }
    [[nodiscard]] QualityReviewController *qualityReview() const { return m_qualityReview.get(); }
    [[nodiscard]] OwnAccessController *ownAccess() const { return m_ownAccess.get(); }
    [[nodiscard]] JournalCopyController *journalCopy() const { return m_journalCopy.get(); }
    [[nodiscard]] CaseClosureController *caseClosure() const { return m_closure.get(); }
    [[nodiscard]] auth::SessionManager *sessionManager() const { return m_session.get(); }
    [[nodiscard]] platform::BadgeReader *reader() const { return m_reader.get(); }
    [[nodiscard]] const AppSettings &settings() const { return m_settings; }

private:
    void buildSession(QObject *application, const core::MonotonicClock &monotonic);
    /** Follow-up wizard, deadlines (a saved follow-up reloads them) and the easy-read plan. */
    void buildFollowUp();
    /** The record's documents: cover sheet versions, register, life story, powers, money, falls. */
    void buildRecordDocuments();
    /** The yearly quality review of plans (D9) and "Min akt", the resident's own access (G2.1). */
    void buildQualityAndOwnAccess();
    void buildConsentRegister();
    /** Who the models serve: the session's user, except that the offline lease hides personal data. */
    void applyViewer();
    /** The signing screens read again: a minute turned, a sync finished, a signature was written. */
    void connectSigningRefresh();

    ShellOptions m_options;
    AppSettings m_settings;
    core::SteadyClock m_steady;
    core::SystemClock m_clock;
    const core::Clock &m_wall; ///< m_clock, or the options' clock
    std::unique_ptr<store::KeyProvider> m_keys;
    std::optional<store::DeviceStore> m_store;
    std::optional<core::IbicCatalogue> m_catalogue;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<store::CaseClosureRepository> m_closures;
    std::unique_ptr<auth::AccessAudit> m_audit;
    std::unique_ptr<auth::Authenticator> m_auth;
    std::unique_ptr<auth::SessionManager> m_session;
    std::unique_ptr<platform::BadgeReader> m_reader;
    QPointer<QObject> m_application;
    std::unique_ptr<QObject> m_activity;
    std::unique_ptr<SessionController> m_sessionController;
    std::unique_ptr<ResidentListModel> m_residents;
    std::unique_ptr<LogControlModel> m_logControl;
    std::unique_ptr<EnrolmentController> m_enrolment;
    std::unique_ptr<DockSync> m_dockSync;
    std::unique_ptr<SyncStatusModel> m_syncStatus;
    std::unique_ptr<PlanConflictModel> m_planConflict;
    std::unique_ptr<SigningService> m_signing;
    std::unique_ptr<NowModel> m_now;
    std::unique_ptr<BoardModel> m_board;
    std::unique_ptr<SigningExportController> m_signingExport;
    std::unique_ptr<JournalCopyController> m_journalCopy;
    std::unique_ptr<CaseClosureService> m_closureService;
    std::unique_ptr<CaseClosureController> m_closure;
    std::unique_ptr<JournalService> m_journal;
    std::unique_ptr<JournalNoteController> m_note;
    std::unique_ptr<JournalCorrectionController> m_corrections;
    std::unique_ptr<DayNoteService> m_dayNoteService;
    std::unique_ptr<DayNotesController> m_dayNotes;
    std::unique_ptr<PlanEditorService> m_planService;
    std::unique_ptr<PlanEditorController> m_planEditor;
    std::unique_ptr<DayNotePurger> m_dayNotePurger;
    std::unique_ptr<FollowUpService> m_followUpService;
    std::unique_ptr<FollowUpController> m_followUp;
    std::unique_ptr<ConsentService> m_consentService;
    std::unique_ptr<ConsentController> m_consents;
    std::unique_ptr<ReleaseService> m_releaseService;
    std::unique_ptr<ReleaseController> m_releases;
    std::unique_ptr<PlanDeadlinesController> m_planDeadlines;
    std::unique_ptr<EasyReadModel> m_easyRead;
    std::unique_ptr<QualityReviewService> m_qualityService;
    std::unique_ptr<QualityReviewController> m_qualityReview;
    std::unique_ptr<OwnAccessController> m_ownAccess;
    std::unique_ptr<CareClock> m_careClock;
    std::unique_ptr<RecordController> m_record;
    std::unique_ptr<RecordDocumentService> m_recordDocumentService;
    std::unique_ptr<RecordDocumentsController> m_recordDocuments;
    QString m_startupError;
};

} // namespace akten::shell
