// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/journalcopycontroller.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/modelsupport.h"
#include "app/report/exportlocation.h"
#include "app/report/journalcopy.h"
#include "app/store/masterdatarepository.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

/** "" → no limit; a date as YYYY-MM-DD → that day; anything else → an invalid date. */
std::optional<QDate> dateOf(const QString &text)
{
    return text.trimmed().isEmpty() ? std::nullopt : std::optional(QDate::fromString(text.trimmed(), u"yyyy-MM-dd"_s));
}

} // namespace

JournalCopyController::JournalCopyController(
    store::Database &db, auth::AccessAudit &audit, const core::Clock &clock, QString exportDir, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_exportDir(std::move(exportDir))
{ }

JournalCopyController::~JournalCopyController() = default;

void JournalCopyController::setViewer(const std::optional<auth::SessionUser> &viewer)
{
    m_viewer = viewer && viewer->role == core::StaffRole::UnitManager ? viewer : std::nullopt;
    m_errorText.clear();
    m_savedText.clear();
    Q_EMIT changed();
}

QString JournalCopyController::fail(const QString &message)
{
    m_errorText = message;
    m_savedText.clear();
    Q_EMIT changed();
    return {};
}

QString JournalCopyController::exportCopy(const QString &residentId, const QString &from, const QString &to)
{
    if (!m_viewer) {
        return fail(tr("Kopior av journalen görs av enhetschefen."));
    }
    const core::Id id = core::idFromString(residentId);
    const auto resident = store::MasterDataRepository(m_db).resident(id);
    if (id.isNull() || !resident || !auth::inScope(*m_viewer, resident.value())
        || !m_viewer->unitIds.contains(resident.value().unitId)) {
        return fail(tr("Den boende finns inte på din enhet."));
    }
    const report::JournalPeriod period { dateOf(from), dateOf(to) };
    if ((period.from && !period.from->isValid()) || (period.to && !period.to->isValid())) {
        return fail(tr("Skriv datumen som ÅÅÅÅ-MM-DD, till exempel 2026-10-01."));
    }
    if (!period.problem().isEmpty()) {
        return fail(tr("Perioden slutar före den börjar."));
    }
    const qint64 now = m_clock.nowMs();
    const auto document
        = report::JournalCopy(m_db).document(id, period, u"%1, %2"_s.arg(m_viewer->displayName, m_viewer->title), now);
    const report::ExportLocation location(m_exportDir);
    if (!document) {
        return fail(tr("Journalen kunde inte läsas."));
    }
    if (!location.prepare()) {
        return fail(tr("Exportmappen kunde inte skapas."));
    }
    // No name in the file name: the folder listing shows no personal data.
    const QString path = location.freeName(u"journalkopia-"_s + core::idToString(id),
        QDateTime::fromMSecsSinceEpoch(now, core::careTimeZone()).toString(u"yyyyMMdd-HHmmss"_s));
    const auto pages = location.save(
        path, [&](QIODevice &out) { return document.value().writePdf(out); },
        [&](int) {
            return m_audit.record(&*m_viewer, u"export.journal_copy"_s, id, resident.value().unitId, period.text());
        });
    if (!pages) {
        return fail(tr("Kopian kunde inte sparas. Ingenting skrevs."));
    }
    m_errorText.clear();
    m_savedText = (pages.value() == 1 ? tr("Kopian (1 sida) är sparad i exportmappen som %1.")
                                      : tr("Kopian (%1 sidor) är sparad i exportmappen som %2.").arg(pages.value()))
                      .arg(QFileInfo(path).fileName());
    Q_EMIT changed();
    return path;
}
