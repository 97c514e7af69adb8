// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/syncstatusmodel.h"

#include "app/core/clock.h"
#include "app/models/modelsupport.h"
#include "app/store/planrepository.h"
#include "app/store/syncstaterepository.h"
#include "sync/client/freshness.h"
#include "sync/client/syncscheduler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using akten::sync::SyncScheduler;

namespace {
Q_LOGGING_CATEGORY(lcSyncStatus, "akten.models.sync")

constexpr qint64 kRunningCountMs = 60'000; // running time is written to the store in steps of about a minute

/** What a refused record was, in the words of the genomförandeakt. */
QString kindSv(const QString &kind)
{
    static const QHash<QString, const char *> names {
        { u"journal_entry"_s, QT_TRANSLATE_NOOP("SyncStatusModel", "Journalanteckning") },
        { u"correction"_s, QT_TRANSLATE_NOOP("SyncStatusModel", "Rättelse") },
        { u"signature"_s, QT_TRANSLATE_NOOP("SyncStatusModel", "Signering") },
        { u"signature_retraction"_s, QT_TRANSLATE_NOOP("SyncStatusModel", "Återtagen signering") },
        { u"plan_revision"_s, QT_TRANSLATE_NOOP("SyncStatusModel", "Genomförandeplan") },
        { u"consent_event"_s, QT_TRANSLATE_NOOP("SyncStatusModel", "Samtycke") },
        { u"release_record"_s, QT_TRANSLATE_NOOP("SyncStatusModel", "Utlämnande") },
        { u"audit_event"_s, QT_TRANSLATE_NOOP("SyncStatusModel", "Logghändelse") },
    };
    const char *name = names.value(kind, QT_TRANSLATE_NOOP("SyncStatusModel", "Uppgift"));
    return QCoreApplication::translate("SyncStatusModel", name);
}

/** Why the central store refused it, for staff (the English reason stays in the log). */
QString reasonSv(const QString &reason)
{
    if (reason.contains(u"not active staff"_s)) {
        return QCoreApplication::translate(
            "SyncStatusModel", "Den som skrev är inte längre aktiv personal på enheten.");
    }
    if (reason.contains(u"not enrolled for this unit"_s)) {
        return QCoreApplication::translate("SyncStatusModel", "Surfplattan är inte kopplad till den enheten.");
    }
    if (reason.contains(u"unknown resident"_s)) {
        return QCoreApplication::translate("SyncStatusModel", "Den boende finns inte i centralens register.");
    }
    return QCoreApplication::translate("SyncStatusModel", "Centralen tog inte emot uppgiften. Kontakta enhetschefen.");
}
} // namespace

SyncStatusModel::SyncStatusModel(akten::store::Database &db, const akten::core::Clock &clock,
    const akten::core::MonotonicClock &monotonic, SyncScheduler *scheduler, akten::sync::OfflineLease lease,
    QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_monotonic(monotonic)
    , m_countedUpToMs(monotonic.elapsedMs())
    , m_scheduler(scheduler)
    , m_lease(lease)
    , m_rejected(new RejectedRecordListModel(this))
    , m_freshness(new SyncFreshness(clock, this))
{
    if (m_scheduler) {
        connect(m_scheduler, &SyncScheduler::changed, this, &SyncStatusModel::refresh);
    }
    m_tick.setInterval(60'000); // the lease can run out while nobody touches the tablet
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusModel::refresh);
    m_tick.start();
    refresh();
}

SyncStatusModel::~SyncStatusModel() = default;

void SyncStatusModel::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    Q_EMIT changed();
}

void SyncStatusModel::countRunningTime()
{
    const qint64 ran = m_monotonic.elapsedMs() - m_countedUpToMs;
    if (!m_scheduler || m_lease.days <= 0 || ran < kRunningCountMs) {
        return;
    }
    if (auto added = akten::store::SyncStateRepository(m_db).addRunningMs(ran); !added) {
        qCWarning(lcSyncStatus) << "cannot count the running time:" << added.error().message; // counted next time
        return;
    }
    m_countedUpToMs += ran;
}

void SyncStatusModel::refresh()
{
    countRunningTime();
    akten::store::SyncStateRepository state(m_db);
    const auto last = state.lastCompletedMs();
    const auto running = state.runningMsSinceSync();
    const auto acked = state.ackedThrough();
    const auto end = state.outboxEnd();
    const auto refused = state.rejected();
    const auto conflicts = akten::store::PlanRepository(m_db).residentsInConflict();
    // Fresh within the light interval (or, with light syncs off, the docked one): how often it syncs when it can.
    const qint64 interval = !m_scheduler         ? 0
        : m_scheduler->policy().lightEveryMs > 0 ? m_scheduler->policy().lightEveryMs
                                                 : m_scheduler->policy().dockedEveryMs;
    const auto freshness = akten::sync::Freshness::read(m_db, interval);
    m_readFailed = !last || !running || !acked || !end || !refused || !conflicts || !freshness;
    if (m_readFailed) {
        qCWarning(lcSyncStatus) << "cannot read the sync state";
    } else {
        m_lastCompletedMs = last.value();
        m_runningMs = running.value();
        m_pending = int(end.value() - acked.value());
        m_conflicts = int(conflicts.value());
        QList<RejectedRecordListModel::Record> rejected;
        for (const auto &record : refused.value()) {
            rejected.append({ kindSv(record.kind), reasonSv(record.reason), when(record.wallMs) });
        }
        m_rejected->setRecords(rejected);
    }
    // A store that cannot say how fresh it is counts as never updated: nothing it shows is a certain miss.
    m_freshness->update(!m_scheduler ? std::nullopt
            : freshness              ? std::optional(freshness.value())
                                     : std::optional(akten::sync::Freshness {}));
    // A store that cannot say when it last synced is treated as not synced: locked rather than open.
    const bool locked = m_scheduler
        && (m_readFailed || m_lease.locked(m_lastCompletedMs, m_clock.nowMs(), m_runningMs)
            || m_scheduler->state() == SyncScheduler::State::Revoked);
    if (locked != m_leaseLocked) {
        m_leaseLocked = locked;
        qCInfo(lcSyncStatus) << (locked ? "offline lease: personal data locked" : "offline lease: unlocked");
        Q_EMIT leaseChanged(locked);
    }
    Q_EMIT changed();
}

SyncStatusModel::State SyncStatusModel::state() const
{
    if (!m_scheduler) {
        return Off;
    }
    switch (m_scheduler->state()) {
    case SyncScheduler::State::Undocked:
        return Undocked;
    case SyncScheduler::State::Syncing:
        return Syncing;
    case SyncScheduler::State::UpToDate:
        return UpToDate;
    case SyncScheduler::State::Retrying:
        return Retrying;
    case SyncScheduler::State::Revoked:
        return Revoked;
    }
    return Off;
}

QString SyncStatusModel::stateLabel() const
{
    switch (state()) {
    case Undocked:
        return tr("Inte dockad");
    case Syncing:
        return tr("Synkar");
    case UpToDate:
        return tr("Synkad");
    case Retrying:
        return tr("Misslyckades");
    case Revoked:
        return tr("Spärrad");
    case Off:
        break;
    }
    return tr("Av");
}

QString SyncStatusModel::stateText() const
{
    switch (state()) {
    case Undocked:
        return m_scheduler->policy().lightEveryMs > 0
            ? tr("Inte dockad. Synkar i bakgrunden när centralen nås över nätverket, annars i dockan.")
            : tr("Inte dockad. Synken startar när surfplattan står i dockan.");
    case Syncing:
        return tr("Synkar nu …");
    case UpToDate:
        return tr("Synkad.");
    case Retrying:
        return tr("Synken misslyckades. Nytt försök görs automatiskt.");
    case Revoked:
        return tr("Surfplattan är spärrad av centralen. Lämna den till enhetschefen.");
    case Off:
        break;
    }
    return tr("Surfplattan synkas inte (ingen central är inställd).");
}

QString SyncStatusModel::when(qint64 wallMs) const
{
    return akten::models::nearTimeText(wallMs, m_clock.nowMs());
}

QString SyncStatusModel::lastSyncText() const
{
    return m_lastCompletedMs > 0 ? when(m_lastCompletedMs) : tr("aldrig");
}

QString SyncStatusModel::nextText() const
{
    qint64 next = m_scheduler ? m_scheduler->nextAttemptMs() : 0;
    if (const qint64 light = m_scheduler ? m_scheduler->nextLightMs() : 0; light > 0 && (next == 0 || light < next)) {
        next = light;
    }
    return next > 0 ? when(next) : QString();
}

QString SyncStatusModel::errorText() const
{
    if (m_readFailed) {
        return tr("Synkstatus kunde inte läsas. Kontakta IT-supporten.");
    }
    if (!m_scheduler || m_scheduler->lastOutcome().end != akten::sync::SyncOutcome::End::Failed
        || m_scheduler->lastOutcome().error.isEmpty()) {
        return {};
    }
    if (m_scheduler->lastOutcome().auditChainBroken) {
        return tr("Loggkedjan på surfplattan är bruten, så inget skickas till centralen. Kontakta SAS eller "
                  "IT-supporten.");
    }
    if (m_scheduler->lastOutcome().error.contains(QLatin1String(akten::sync::kUploadsHeld))) {
        return tr("Centralen tar inte emot något från surfplattan förrän enhetschefen eller SAS har granskat ett larm "
                  "om ändrad logg.");
    }
    return tr("Senaste försöket misslyckades (%n försök i rad). Kontrollera att surfplattan står i dockan och att "
              "nätverket fungerar.",
        nullptr, m_scheduler->failuresInARow());
}

bool SyncStatusModel::canSyncNow() const
{
    return m_scheduler && m_scheduler->state() != SyncScheduler::State::Syncing
        && m_scheduler->state() != SyncScheduler::State::Revoked && m_viewer
        && m_viewer->role == akten::core::StaffRole::UnitManager;
}

QString SyncStatusModel::leaseText() const
{
    if (!m_scheduler || m_lease.days <= 0) {
        return {};
    }
    if (m_leaseLocked && m_lastCompletedMs <= 0) {
        return tr("Personuppgifterna är låsta tills surfplattan har synkats första gången. Ställ den i dockan.");
    }
    if (m_leaseLocked) {
        return tr("Personuppgifterna är låsta eftersom surfplattan inte har synkats på %n dagar. Ställ den i dockan "
                  "så låses de upp när synken är klar.",
            nullptr, m_lease.days);
    }
    return tr("Måste synkas senast %1.").arg(when(m_lease.endsAtMs(m_lastCompletedMs, m_clock.nowMs(), m_runningMs)));
}

void SyncStatusModel::syncNow()
{
    if (!canSyncNow()) {
        return;
    }
    qCInfo(lcSyncStatus) << "synka nu";
    m_scheduler->syncNow();
}
