// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planconflictmodel.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/catalogue.h"
#include "app/core/clock.h"
#include "app/core/enums.h"
#include "app/core/planmerge.h"
#include "app/models/modelsupport.h"
#include "app/models/planreadgate.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcConflict, "akten.models.conflict")
}

PlanConflictModel::PlanConflictModel(akten::store::Database &db, const akten::core::IbicCatalogue &catalogue,
    akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_catalogue(catalogue)
    , m_audit(audit)
    , m_clock(clock)
    , m_versions(new PlanVersionListModel(this))
{ }

PlanConflictModel::~PlanConflictModel() = default;

void PlanConflictModel::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    if (!viewer) {
        m_heads.clear();
        m_versions->setVersions({});
        m_message.clear();
    }
    Q_EMIT changed();
}

bool PlanConflictModel::canResolve() const
{
    return m_viewer && m_heads.size() > 1
        && (m_contactPersons.contains(m_viewer->staffId)
            || (m_viewer->role == akten::core::StaffRole::UnitManager && m_viewer->unitIds.contains(m_unitId)));
}

void PlanConflictModel::load(const QString &residentId)
{
    m_combined.reset();
    m_heads.clear();
    m_message.clear();
    m_residentId = akten::core::idFromString(residentId);
    akten::store::MasterDataRepository master(m_db);
    const auto resident = master.resident(m_residentId);
    const auto heads = akten::store::PlanRepository(m_db).heads(m_residentId);
    const auto staff = master.staff();
    if (!m_viewer || !resident || !heads || !staff || !m_viewer->unitIds.contains(resident.value().unitId)) {
        m_message = tr("Versionerna kunde inte läsas.");
        m_versions->setVersions({});
        Q_EMIT changed();
        return;
    }
    // The previous unit's plan only with a consent (PlanReadGate): its versions are its content too. Logged naming
    // the consent, or "no consent", before anything shows.
    const PlanReadGate gate = PlanReadGate::of(m_db, resident.value(), akten::core::careDate(m_clock.nowMs()));
    if (!gate.auditDetail().isEmpty()
        && !m_audit.record(&*m_viewer, u"view.record.plan"_s, resident.value().id, resident.value().unitId,
            u"versions; "_s + gate.auditDetail())) {
        m_message = tr("Uppgifterna kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.");
        m_versions->setVersions({});
        Q_EMIT changed();
        return;
    }
    if (gate.locked) {
        m_message = gate.notice;
        m_versions->setVersions({});
        Q_EMIT changed();
        return;
    }
    m_unitId = resident.value().unitId;
    m_contactPersons = resident.value().contactPersonIds;
    m_heads = heads.value();
    std::sort(m_heads.begin(), m_heads.end(), [](const auto &a, const auto &b) { return a.meta.hlc < b.meta.hlc; });
    if (m_heads.size() == 2 && m_heads.at(0).parentIds.size() == 1
        && m_heads.at(0).parentIds == m_heads.at(1).parentIds) {
        const auto all = akten::store::PlanRepository(m_db).revisions(m_residentId);
        for (const auto &revision : all ? all.value() : QList<akten::core::PlanRevision> {}) {
            if (revision.meta.id == m_heads.at(0).parentIds.constFirst()) {
                m_combined = akten::core::mergePlans(revision, m_heads.at(0), m_heads.at(1));
            }
        }
    }
    // A need is marked when some other version does not have it in exactly the same words.
    QList<QSet<QString>> fingerprints;
    const auto fingerprint = [](const akten::core::PlanNeed &need) {
        QStringList parts { need.icfCode, need.goal, need.ownResources };
        for (const auto &activity : need.activities) {
            parts << activity.description << activity.how << activity.when << activity.byWhom;
        }
        return parts.join(u'\x1f');
    };
    for (const auto &head : std::as_const(m_heads)) {
        QSet<QString> set;
        for (const auto &need : head.needs) {
            set.insert(fingerprint(need));
        }
        fingerprints.append(set);
    }
    QList<PlanVersionListModel::Version> versions;
    for (qsizetype v = 0; v < m_heads.size(); ++v) {
        const auto &head = m_heads.at(v);
        QString author = tr("Okänd");
        for (const auto &member : staff.value()) {
            author = member.id == head.meta.authorId ? member.displayName() + u", "_s + member.title : author;
        }
        QList<PlanVersionNeedListModel::Need> needs;
        for (const auto &need : head.needs) {
            const auto area = m_catalogue.area(need.lifeArea);
            QStringList activities;
            for (const auto &activity : need.activities) {
                activities << activity.description + u" – "_s + activity.when;
            }
            bool differs = false;
            for (qsizetype other = 0; other < fingerprints.size(); ++other) {
                differs = differs || (other != v && !fingerprints.at(other).contains(fingerprint(need)));
            }
            needs.append(
                { area ? area->titleSv : QString(), need.icfCode, need.goal, activities.join(u"\n"_s), differs });
        }
        const QString participation = head.participation.howParticipated + u"\n"_s + head.participation.views;
        bool participationDiffers = false;
        for (const auto &other : std::as_const(m_heads)) {
            participationDiffers = participationDiffers
                || other.participation.howParticipated + u"\n"_s + other.participation.views != participation;
        }
        versions.append({ author,
            akten::models::formatDateTimeSv(
                QDateTime::fromMSecsSinceEpoch(head.meta.wallMs, akten::core::careTimeZone())),
            participation, participationDiffers, needs });
    }
    m_versions->setVersions(versions);
    Q_EMIT changed();
}

bool PlanConflictModel::keep(int index)
{
    if (!canResolve() || index < 0 || index >= m_heads.size()) {
        m_message = tr("Bara kontaktmannen eller enhetschefen kan slå ihop versionerna.");
        Q_EMIT changed();
        return false;
    }
    return write(m_heads.at(index), u"kept version %1 of %2"_s.arg(index + 1).arg(m_heads.size()),
        tr("Versionerna är ihopslagna. Planen gäller nu i den version du valde."));
}

bool PlanConflictModel::combine()
{
    if (!canCombine()) {
        m_message = canResolve() ? tr("Versionerna ändrar samma del av planen på olika sätt. Välj den som ska gälla.")
                                 : tr("Bara kontaktmannen eller enhetschefen kan slå ihop versionerna.");
        Q_EMIT changed();
        return false;
    }
    return write(*m_combined, u"combined %1 versions"_s.arg(m_heads.size()),
        tr("Versionerna är ihopslagna. Planen innehåller nu ändringarna från båda."));
}

bool PlanConflictModel::write(akten::core::PlanRevision merge, const QString &detail, const QString &doneText)
{
    merge.parentIds.clear();
    for (const auto &head : std::as_const(m_heads)) {
        merge.parentIds << head.meta.id;
    }
    const auto written = m_audit.recordWrite(
        &*m_viewer, u"write.plan.merge"_s, m_residentId, m_unitId, detail, [&](akten::store::DeviceStore &store) {
            merge.meta = store.stamper().stamp(m_viewer->staffId);
            return akten::store::PlanRepository(store.db()).append(merge);
        });
    if (!written) {
        qCWarning(lcConflict) << "cannot write the merge revision:" << written.error().message;
        m_message = tr("Versionerna kunde inte slås ihop. Inget har ändrats.");
        Q_EMIT changed();
        return false;
    }
    const QString resident = akten::core::idToString(m_residentId);
    load(resident);
    m_message = doneText;
    Q_EMIT changed();
    Q_EMIT resolved(resident);
    return true;
}
