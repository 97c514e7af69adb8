// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/catalogue.h"
#include "app/models/consentlistmodel.h"
#include "app/models/coversheet.h"
#include "app/models/daynotelistmodel.h"
#include "app/models/decisionlistmodel.h"
#include "app/models/documentlistmodel.h"
#include "app/models/journallistmodel.h"
#include "app/models/planmodel.h"
#include "app/models/releaselistmodel.h"
#include "app/models/signinglistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "app/auth/sessionpolicy.h"

#include <QSet>

#include <memory>
#include <optional>

namespace akten::store {
class Database;
}
namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
}
struct RecordRepositories;

/**
 * Opens one resident's record (genomförandeakt) for the logged-in user. Every view is audited before anything is
 * loaded: opening logs "view.record.cover", each section the first time it is shown "view.record.<section>"; if the
 * event cannot be written the section stays empty and errorText says why. Residents outside the user's units do not
 * open; protected identities open only through openProtected() with a reason, which is logged. Read-only for now.
 */
class RecordController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool open READ isOpen NOTIFY openedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY openedChanged)
    Q_PROPERTY(QString residentId READ residentIdText NOTIFY openedChanged)
    Q_PROPERTY(CoverSheet *coverSheet READ coverSheet CONSTANT)
    Q_PROPERTY(DecisionListModel *decisions READ decisions CONSTANT)
    Q_PROPERTY(PlanModel *plan READ plan CONSTANT)
    Q_PROPERTY(JournalListModel *journal READ journal CONSTANT)
    Q_PROPERTY(SigningListModel *signing READ signing CONSTANT)
    Q_PROPERTY(DocumentListModel *documents READ documents CONSTANT)
    Q_PROPERTY(DayNoteListModel *dayNotes READ dayNotes CONSTANT)
    Q_PROPERTY(ConsentListModel *consents READ consents CONSTANT)
    Q_PROPERTY(ReleaseListModel *releases READ releases CONSTANT)
    /// The plan was set by the resident's previous unit and no valid consent lets this unit read it (PlanReadGate).
    Q_PROPERTY(bool planLocked READ planLocked NOTIFY planAccessChanged)
    /// Why the plan is hidden, or the consent it is shown with ("Visas med samtycke som …"); empty otherwise.
    Q_PROPERTY(QString planNotice READ planNotice NOTIFY planAccessChanged)

public:
    RecordController(akten::store::Database &db, const akten::core::IbicCatalogue &catalogue,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QObject *parent = nullptr);
    ~RecordController() override;
    Q_DISABLE_COPY_MOVE(RecordController)

    /** The record's sections, in the order of the section rail (RecordPage.qml); indices of sectionNames(). */
    enum Section : int {
        Cover,
        Decisions,
        Plan,
        Journal,
        Signing,
        Documents,
        DayNotes,
        LifeStory,
        PowersAndMoney,
        Falls,
        Consents,
        Releases,
        Closure,
    };
    /** The section names (audit actions view.record.NAME), in Section order; viewSection() takes an index into it. */
    static const QStringList &sectionNames();

    /** Opens the record on its cover sheet; false (and errorText in Swedish) if it may not or cannot be opened. */
    /** The open record's resident (empty when none is open). */
    [[nodiscard]] QString residentIdText() const;
    Q_INVOKABLE bool openRecord(const QString &residentId);
    /**
     * Opens a protected identity's record; `reasonCode` is one of protectedReasonCodes() and is what the audit event's
     * detail holds: never free text, which the audit log (synced, read in log control) must not carry.
     */
    Q_INVOKABLE bool openProtected(const QString &residentId, const QString &reasonCode);
    /** The reasons one may give for opening a protected identity's record: care_now, documentation, … */
    static const QStringList &protectedReasonCodes();
    /** Shows section `index` of sectionNames(): audits the first view of it in this opening, then loads it. */
    Q_INVOKABLE bool viewSection(int index);
    Q_INVOKABLE void close();
    /** Who is looking; a change closes the record. */
    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Reads the sections already viewed again (after a sync brought records), without logging a new view. */
    void refresh();

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] CoverSheet *coverSheet() const { return m_coverSheet; }
    [[nodiscard]] DecisionListModel *decisions() const { return m_decisions; }
    [[nodiscard]] PlanModel *plan() const { return m_plan; }
    [[nodiscard]] JournalListModel *journal() const { return m_journal; }
    [[nodiscard]] SigningListModel *signing() const { return m_signing; }
    [[nodiscard]] DocumentListModel *documents() const { return m_documents; }
    /** The resident's day notes (handover notes, not the journal), newest first. */
    [[nodiscard]] DayNoteListModel *dayNotes() const { return m_dayNotes; }
    /** The resident's consent register (section "consents"). */
    [[nodiscard]] ConsentListModel *consents() const { return m_consents; }
    /** The resident's requests for release and their decisions (section "releases"). */
    [[nodiscard]] ReleaseListModel *releases() const { return m_releases; }
    [[nodiscard]] bool planLocked() const { return m_planLocked; }
    [[nodiscard]] QString planNotice() const { return m_planNotice; }

Q_SIGNALS:
    void openedChanged();
    /** Section `index` was shown (its view audited) or read again: the record's documents load theirs. */
    void sectionShown(int index);
    void planAccessChanged();

private:
    bool open(const QString &residentId, const QString &reason, bool protectedAllowed);
    bool fail(const QString &errorText);
    void clearSections();
    void loadSection(int index);

    std::unique_ptr<RecordRepositories> m_repositories;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    std::optional<akten::auth::SessionUser> m_viewer;
    akten::core::Id m_residentId;
    akten::core::Id m_unitId;
    QSet<int> m_viewed;
    CoverSheet *m_coverSheet = nullptr;
    DecisionListModel *m_decisions = nullptr;
    PlanModel *m_plan = nullptr;
    JournalListModel *m_journal = nullptr;
    SigningListModel *m_signing = nullptr;
    DocumentListModel *m_documents = nullptr;
    DayNoteListModel *m_dayNotes = nullptr;
    ConsentListModel *m_consents = nullptr;
    ReleaseListModel *m_releases = nullptr;
    bool m_planLocked = false;
    QString m_planNotice;
    /** Computes whether the plan may be shown (PlanReadGate); returns the audit detail: the consent used, if any. */
    QString gatePlan();
    void refreshPlanGate();
    bool m_open = false;
    QString m_errorText;
};
