// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/caseclosurecontroller.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/caseclosureservice.h"
#include "app/models/modelsupport.h"
#include "app/models/recorddocumenttexts.h"
#include "app/report/casearchive.h"
#include "app/report/exportlocation.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/masterdatarepository.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace akten;

CaseClosureController::CaseClosureController(store::Database &db, store::MasterDataRepository &master,
    CaseClosureService &service, auth::AccessAudit &audit, const core::Clock &clock, QString exportDir, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_master(master)
    , m_service(service)
    , m_audit(audit)
    , m_clock(clock)
    , m_exportDir(std::move(exportDir))
{ }

CaseClosureController::~CaseClosureController() = default;

void CaseClosureController::setViewer(const std::optional<auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    m_residentId.clear();
    clearMessages();
    reload();
}

void CaseClosureController::setResidentId(const QString &residentId)
{
    if (residentId != m_residentId) {
        m_residentId = residentId;
        clearMessages();
        reload();
    }
}

void CaseClosureController::clearMessages()
{
    m_reasonError.clear();
    m_reasonTextError.clear();
    m_noteError.clear();
    m_errorText.clear();
    m_archivedText.clear();
}

void CaseClosureController::reload()
{
    m_closedText.clear();
    const auto closure = store::CaseClosureRepository(m_db).closure(core::idFromString(m_residentId));
    if (closure && closure.value()) {
        m_closedText
            = tr("Ärendet avslutades %1 (%2). Akten kan bara läsas.")
                  .arg(models::formatDateSv(closure.value()->closedOn), core::labelSv(closure.value()->reason));
    }
    Q_EMIT changed();
}

bool CaseClosureController::mayClose() const
{
    const auto resident = m_master.resident(core::idFromString(m_residentId));
    return m_viewer && resident && CaseClosureService::mayClose(*m_viewer, resident.value());
}

QStringList CaseClosureController::reasons() const
{
    QStringList labels;
    for (const core::ClosureReason reason : core::closureReasons()) {
        labels << core::labelSv(reason);
    }
    return labels;
}

bool CaseClosureController::close(int reason, const QString &reasonText, const QString &finalNote)
{
    clearMessages();
    const QList<core::ClosureReason> all = core::closureReasons();
    const std::optional<core::ClosureReason> chosen
        = reason >= 0 && reason < all.size() ? std::optional(all.at(reason)) : std::nullopt;
    CaseClosureService::Outcome outcome;
    outcome.problem = CaseClosureService::Problem::NotAllowed;
    if (m_viewer) {
        outcome = m_service.close(*m_viewer, core::idFromString(m_residentId), chosen, reasonText, finalNote);
    }
    switch (outcome.problem) {
    case CaseClosureService::Problem::None:
        break;
    case CaseClosureService::Problem::Incomplete:
        m_reasonError = outcome.gaps.noReason ? tr("Välj varför ärendet avslutas.") : QString();
        m_reasonTextError = outcome.gaps.noReasonText ? tr("Skriv vad skälet är.") : QString();
        m_noteError = outcome.gaps.noFinalNote
            ? (finalNote.trimmed().isEmpty() ? tr("Skriv slutanteckningen.") : tr("Slutanteckningen är för lång."))
            : QString();
        Q_EMIT changed();
        return false;
    case CaseClosureService::Problem::NotAllowed:
        m_errorText = tr("Ärendet avslutas av enhetschefen för den boendes enhet.");
        Q_EMIT changed();
        return false;
    case CaseClosureService::Problem::AlreadyClosed:
        m_errorText = tr("Ärendet är redan avslutat.");
        reload();
        return false;
    case CaseClosureService::Problem::StoreFailed:
        m_errorText = tr("Ärendet kunde inte avslutas. Ingenting sparades.");
        Q_EMIT changed();
        return false;
    }
    reload();
    Q_EMIT caseClosed();
    exportArchive(); // the whole case for the archive at once; if that fails the button stays to try again
    return true;
}

QString CaseClosureController::exportArchive()
{
    const core::Id id = core::idFromString(m_residentId);
    const auto resident = m_master.resident(id);
    const auto fail = [this](const QString &message) {
        m_errorText = message;
        m_archivedText.clear();
        Q_EMIT changed();
        return QString();
    };
    if (!m_viewer || !resident || !CaseClosureService::mayClose(*m_viewer, resident.value())) {
        return fail(tr("Akten exporteras av enhetschefen för den boendes enhet."));
    }
    const qint64 now = m_clock.nowMs();
    report::CaseArchive archive(m_db, &models::doctexts::fieldLabel);
    const auto document = archive.document(id, u"%1, %2"_s.arg(m_viewer->displayName, m_viewer->title), now);
    const report::ExportLocation location(m_exportDir);
    if (!document || !location.prepare()) {
        return fail(tr("Akten kunde inte exporteras. Försök igen."));
    }
    // No name in the file name: the folder listing shows no personal data.
    const QString path = location.freeName(u"akt-arkiv-"_s + core::idToString(id),
        QDateTime::fromMSecsSinceEpoch(now, core::careTimeZone()).toString(u"yyyyMMdd-HHmmss"_s));
    const auto pages = location.save(
        path, [&](QIODevice &out) { return document.value().writePdf(out); },
        [&](int count) {
            return m_audit.record(
                &*m_viewer, u"export.case_archive"_s, id, resident.value().unitId, u"%1 pages"_s.arg(count));
        });
    if (!pages) {
        return fail(tr("Akten kunde inte exporteras. Försök igen."));
    }
    m_errorText.clear();
    m_archivedText = tr("Hela akten (%1 sidor) är exporterad för arkivet som %2.")
                         .arg(pages.value())
                         .arg(QFileInfo(path).fileName());
    Q_EMIT changed();
    return path;
}
