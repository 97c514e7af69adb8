// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/signingexportcontroller.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/report/signinglistpdf.h"
#include "app/report/signingmonthreader.h"
#include "app/store/masterdatarepository.h"
#include "app/store/privatedirectory.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

SigningExportController::SigningExportController(akten::store::Database &db, akten::auth::AccessAudit &audit,
    const akten::core::Clock &clock, QString exportDir, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
    , m_clock(clock)
    , m_exportDir(std::move(exportDir))
{ }

SigningExportController::~SigningExportController() = default;

void SigningExportController::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    const bool wasAllowed = allowed();
    m_viewer = viewer && viewer->role == akten::core::StaffRole::UnitManager ? viewer : std::nullopt;
    if (wasAllowed != allowed()) {
        Q_EMIT allowedChanged();
    }
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        Q_EMIT errorTextChanged();
    }
}

QString SigningExportController::fail(const QString &message)
{
    m_errorText = message;
    Q_EMIT errorTextChanged();
    return {};
}

QString SigningExportController::exportMonth(const QString &residentId, const QString &month)
{
    if (!m_viewer) {
        return fail(tr("Bara enhetschefen kan skriva ut signeringslistan."));
    }
    const QDate first = QDate::fromString(month, u"yyyy-MM"_s);
    if (month.size() != 7 || !first.isValid()) {
        return fail(tr("Välj en månad, till exempel 2026-11."));
    }
    const akten::core::Id id = akten::core::idFromString(residentId);
    const auto resident = akten::store::MasterDataRepository(m_db).resident(id);
    if (id.isNull() || !resident || !m_viewer->unitIds.contains(resident.value().unitId)) {
        return fail(tr("Den boende finns inte på din enhet."));
    }
    const qint64 now = m_clock.nowMs();
    const auto document = akten::report::SigningMonthReader(m_db).read(id, first, now, m_viewer->displayName);
    if (!document) {
        return fail(tr("Signeringslistan kunde inte läsas."));
    }
    if (!akten::store::makePrivateDirectory(m_exportDir)) {
        return fail(tr("Exportmappen kunde inte skapas."));
    }
    // No name in the file name: the folder listing shows no personal data.
    const QString path = m_exportDir
        + u"/signeringslista-%1-%2-%3.pdf"_s.arg(first.toString(u"yyyy-MM"_s), akten::core::idToString(id),
            QDateTime::fromMSecsSinceEpoch(now, akten::core::careTimeZone()).toString(u"yyyyMMdd-HHmmss"_s));
    std::optional<bool> audited; ///< unset: the file failed before the audit was asked
    const auto pages = akten::report::SigningListPdf::save(document.value(), path, [&](int) {
        const akten::Status recorded = m_audit.record(
            &*m_viewer, u"export.signing_list"_s, id, resident.value().unitId, first.toString(u"yyyy-MM"_s));
        audited = recorded.ok();
        return recorded;
    });
    if (!pages) {
        return fail(audited == false ? tr("Signeringslistan skrevs inte ut eftersom utskriften inte kunde loggas.")
                                     : tr("Filen kunde inte sparas i exportmappen."));
    }
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        Q_EMIT errorTextChanged();
    }
    return path;
}
