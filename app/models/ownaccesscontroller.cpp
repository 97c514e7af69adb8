// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/ownaccesscontroller.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/ownaccess.h"
#include "app/models/ownrecordlistmodel.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"
#include "app/store/signingrepository.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace akten;

OwnAccessController::OwnAccessController(store::Database &db, store::MasterDataRepository &master,
    auth::AccessAudit &audit, const core::Clock &clock, bool kiosk, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
    , m_kiosk(kiosk)
    , m_help(new OwnRecordListModel(this))
    , m_journal(new OwnRecordListModel(this))
{ }

OwnAccessController::~OwnAccessController() = default;

void OwnAccessController::setViewer(const std::optional<auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    close();
}

void OwnAccessController::close()
{
    m_title.clear();
    m_errorText.clear();
    m_help->setRows({});
    m_journal->setRows({});
    Q_EMIT changed();
}

bool OwnAccessController::fail(const QString &message)
{
    close();
    m_errorText = message;
    Q_EMIT changed();
    return false;
}

bool OwnAccessController::open(const QString &residentId)
{
    if (m_kiosk) {
        return fail(tr("Min akt visas på en surfplatta, inte på väggskärmen."));
    }
    const auto resident = m_master.resident(core::idFromString(residentId));
    if (!m_viewer || !resident || !auth::inScope(*m_viewer, resident.value())) {
        return fail(tr("Akten kan inte visas."));
    }
    // Shown to the resident by the staff member: logged with the staff member as the actor, before anything shows.
    if (!m_audit.record(&*m_viewer, u"view.record.own_access"_s, resident.value().id, resident.value().unitId,
            u"shown to the resident"_s)) {
        return fail(tr("Akten kan inte visas eftersom åtkomsten inte kunde loggas."));
    }
    close();
    if (!loadHelp(resident.value().id) || !loadJournal(resident.value().id)) {
        return fail(tr("Akten kunde inte läsas."));
    }
    m_title = resident.value().protectedIdentity ? tr("Min akt") : tr("Min akt – %1").arg(resident.value().firstName);
    Q_EMIT changed();
    return true;
}

bool OwnAccessController::loadHelp(const core::Id &residentId)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), core::careTimeZone());
    const QDate today = now.date();
    const QDateTime from(today.addDays(-(core::kOwnAccessHelpDays - 1)), QTime(0, 0), core::careTimeZone());
    store::SigningRepository signing(m_db);
    const auto signatures = signing.signatures(residentId, from.toUTC(), now.toUTC().addSecs(1));
    const auto retractions = signing.retractions(residentId);
    const auto revisions = store::PlanRepository(m_db).revisions(residentId);
    if (!signatures || !retractions || !revisions) {
        return false;
    }
    QHash<core::Id, QString> activities;
    for (const core::PlanRevision &revision : revisions.value()) {
        for (const core::PlanNeed &need : revision.needs) {
            for (const core::PlanActivity &activity : need.activities) {
                activities.insert(activity.id, activity.description);
            }
        }
    }
    QSet<core::Id> retracted;
    for (const core::SignatureRetraction &r : retractions.value()) {
        retracted.insert(r.signatureId);
    }
    // One card per day and part of the day, newest first: what was done (each insats once, even if signed twice),
    // then what did not happen.
    struct Group
    {
        QString heading;
        QStringList done;
        QStringList notDone;
    };
    QList<Group> groups;
    for (const core::Signature &s : signatures.value()) {
        if (retracted.contains(s.meta.id) || !activities.contains(s.activityId)) {
            continue;
        }
        const QString heading = core::plainWhen(s.plannedFor.toTimeZone(core::careTimeZone()), today);
        if (groups.isEmpty() || groups.constFirst().heading != heading) {
            groups.prepend({ heading, {}, {} });
        }
        Group &group = groups.first();
        const QString activity = activities.value(s.activityId);
        if (s.outcome == core::SignatureOutcome::Done) {
            if (!group.done.contains(activity)) {
                group.done.append(activity);
            }
        } else {
            group.notDone.append(core::plainHelp(activity, s.outcome, s.reasonCode));
        }
    }
    QList<RowListModel::Row> rows;
    for (const Group &group : std::as_const(groups)) {
        QStringList lines;
        if (!group.done.isEmpty()) {
            lines << core::plainHelp(core::plainList(group.done), core::SignatureOutcome::Done, {});
        }
        lines += group.notDone;
        rows.append({ { OwnRecordListModel::HeadingRole, group.heading },
            { OwnRecordListModel::TextRole, lines.join(u"\n"_s) } });
    }
    m_help->setRows(rows);
    return true;
}

bool OwnAccessController::loadJournal(const core::Id &residentId)
{
    store::JournalRepository journal(m_db);
    auto entries = journal.entries(residentId);
    const auto corrections = journal.corrections(residentId);
    if (!entries || !corrections) {
        return false;
    }
    QList<core::JournalEntry> list = entries.value();
    std::stable_sort(list.begin(), list.end(), [](const core::JournalEntry &a, const core::JournalEntry &b) {
        return std::tie(a.eventDate, a.eventTime, a.meta.hlc) > std::tie(b.eventDate, b.eventTime, b.meta.hlc);
    });
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QList<RowListModel::Row> rows;
    for (const core::JournalEntry &entry : std::as_const(list)) {
        QStringList changes;
        for (const core::Correction &c : corrections.value()) {
            if (c.entryId == entry.meta.id) {
                changes << (c.residentObjection
                        ? tr("Din invändning, skriven av %1: %2")
                              .arg(core::plainAuthor(c.authorName, c.authorTitle), c.text)
                        : tr("Rättat av %1: %2").arg(core::plainAuthor(c.authorName, c.authorTitle), c.text));
            }
        }
        QString heading = swedish.toString(entry.eventDate, u"dddd d MMMM yyyy"_s);
        heading[0] = heading.at(0).toUpper();
        if (entry.eventTime.isValid()) {
            heading += tr(", klockan %1").arg(entry.eventTime.toString(u"HH.mm"_s));
        }
        rows.append({ { OwnRecordListModel::HeadingRole, heading }, { OwnRecordListModel::TextRole, entry.text },
            { OwnRecordListModel::AuthorRole,
                tr("Skrivet av %1").arg(core::plainAuthor(entry.authorName, entry.authorTitle)) },
            { OwnRecordListModel::CorrectionRole, changes.join(u"\n"_s) } });
    }
    m_journal->setRows(rows);
    return true;
}
