// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/easyreadmodel.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/easyread.h"
#include "app/models/followupservice.h"
#include "app/models/modelsupport.h"
#include "app/models/planreadgate.h"
#include "app/report/easyreadpdf.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"
#include "app/store/privatedirectory.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

/** Swedish genitive: "Margits", "Hans". */
QString genitive(const QString &name)
{
    const QChar last = name.isEmpty() ? QChar() : name.back().toLower();
    return last == u's' || last == u'x' || last == u'z' ? name : name + u's';
}

} // namespace

EasyReadModel::EasyReadModel(store::Database &db, store::MasterDataRepository &master, auth::AccessAudit &audit,
    const core::Clock &clock, QString exportDir, QObject *parent)
    : RowListModel({ { SymbolRole, "symbol" }, { AreaRole, "area" }, { TitleRole, "title" }, { TextRole, "text" },
                       { WhenRole, "when" } },
        parent)
    , m_db(db)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
    , m_exportDir(std::move(exportDir))
{ }

void EasyReadModel::setViewer(const std::optional<auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    m_residentId.clear();
    m_title.clear();
    m_subtitle.clear();
    m_printedText.clear();
    setRows({});
    Q_EMIT openedChanged();
}

bool EasyReadModel::open(const QString &residentId)
{
    const auto resident = m_master.resident(core::idFromString(residentId));
    m_printedText.clear();
    if (!m_viewer || !resident || !auth::inScope(*m_viewer, resident.value())) {
        setRows({}, tr("Planen kan inte visas."));
        Q_EMIT openedChanged();
        return false;
    }
    const auto heads = store::PlanRepository(m_db).heads(resident.value().id);
    QList<core::PlanRevision> set;
    for (const auto &r : heads ? heads.value() : QList<core::PlanRevision> {}) {
        if (r.status == core::PlanStatus::Established) {
            set.append(r);
        }
    }
    if (set.isEmpty()) {
        setRows({}, tr("Det finns ingen fastställd plan att visa."));
        Q_EMIT openedChanged();
        return false;
    }
    // The previous unit's plan only with a consent (PlanReadGate); the view is logged naming it, or "no consent".
    const PlanReadGate gate = PlanReadGate::of(m_db, resident.value(), core::careDate(m_clock.nowMs()));
    if (!m_audit.record(
            &*m_viewer, u"view.plan_easy_read"_s, resident.value().id, resident.value().unitId, gate.auditDetail())) {
        setRows({}, tr("Planen kan inte visas eftersom åtkomsten inte kunde loggas."));
        Q_EMIT openedChanged();
        return false;
    }
    if (gate.locked) {
        setRows({}, gate.notice);
        Q_EMIT openedChanged();
        return false;
    }
    const auto &plan = *std::max_element(
        set.cbegin(), set.cend(), [](const auto &a, const auto &b) { return a.meta.hlc < b.meta.hlc; });
    QList<Row> rows;
    for (const core::EasyReadCard &card : core::easyReadCards(plan)) {
        rows.append({ { SymbolRole, card.symbol }, { AreaRole, card.area }, { TitleRole, card.title },
            { TextRole, card.text }, { WhenRole, card.when } });
    }
    m_residentId = residentId;
    m_title
        = resident.value().protectedIdentity ? tr("Din plan") : tr("%1 plan").arg(genitive(resident.value().firstName));
    m_subtitle = tr("Så här får du stöd. Planen gäller från %1.").arg(models::formatDateSv(plan.establishedOn));
    setRows(rows);
    Q_EMIT openedChanged();
    return true;
}

QString EasyReadModel::print()
{
    const auto resident = m_master.resident(core::idFromString(m_residentId));
    const auto fail = [this](const QString &message) {
        m_printedText = message;
        Q_EMIT openedChanged();
        return QString();
    };
    if (!m_viewer || !resident || !FollowUpService::mayFollowUp(*m_viewer, resident.value())) {
        return fail(tr("Planen skrivs ut av den boendes kontaktman eller enhetschefen."));
    }
    // Checked again: a consent revoked since the plan was opened stops the printout.
    const PlanReadGate gate = PlanReadGate::of(m_db, resident.value(), core::careDate(m_clock.nowMs()));
    if (gate.locked || m_residentId.isEmpty()) {
        return fail(gate.locked ? gate.notice : tr("Planen kunde inte skrivas ut."));
    }
    if (!store::makePrivateDirectory(m_exportDir)) {
        return fail(tr("Exportmappen kunde inte skapas."));
    }
    report::EasyReadDocument document { m_title, m_subtitle, {} };
    for (const Row &row : rows()) {
        document.cards.append({ row.value(SymbolRole).toString(), row.value(AreaRole).toString(),
            row.value(TitleRole).toString(), row.value(TextRole).toString(), row.value(WhenRole).toString() });
    }
    // No name in the file name: the folder listing shows no personal data.
    const QString path = m_exportDir
        + u"/lattlast-plan-%1-%2.pdf"_s.arg(m_residentId,
            QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), core::careTimeZone()).toString(u"yyyyMMdd-HHmmss"_s));
    const auto pages = report::EasyReadPdf::save(document, path, [&](int count) {
        return m_audit.record(&*m_viewer, u"export.plan_easy_read"_s, resident.value().id, resident.value().unitId,
            gate.auditDetail().isEmpty() ? u"%1 pages"_s.arg(count)
                                         : u"%1 pages; %2"_s.arg(count).arg(gate.auditDetail()));
    });
    if (!pages) {
        return fail(tr("Planen kunde inte skrivas ut."));
    }
    m_printedText = tr("Utskriften är sparad i exportmappen.");
    Q_EMIT openedChanged();
    return path;
}
