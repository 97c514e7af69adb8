// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/logcontrolmodel.h"

#include "app/auth/accessaudit.h"
#include "app/models/auditlabels.h"
#include "app/models/modelsupport.h"
#include "app/store/auditlog.h"
#include "app/store/masterdatarepository.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;
using akten::core::Id;

namespace {
/**
 * One cell. A cell that starts with =, +, -, @, a tab or a carriage return would be read as a formula by a spreadsheet
 * program (a staff name or detail made to run one, OWASP "CSV injection"): it gets a leading single quote, which the
 * program shows as text.
 */
QString csvField(const QVariant &value)
{
    QString text = value.toString();
    if (!text.isEmpty() && u"=+-@\t\r"_s.contains(text.front())) {
        text.prepend(u'\'');
    }
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    }
    return text;
}
} // namespace

LogControlModel::LogControlModel(
    akten::store::Database &db, akten::auth::AccessAudit &audit, QString exportDir, QObject *parent)
    : RowListModel({ { AtRole, "at" }, { StaffRole, "staff" }, { RoleRole, "role" }, { ResidentRole, "resident" },
                       { UnitRole, "unit" }, { ActionRole, "action" }, { ActionCodeRole, "actionCode" },
                       { DetailRole, "detail" }, { DeviceRole, "device" }, { ProtectedRole, "protectedAccess" },
                       { OutsideUnitsRole, "outsideUnits" }, { UnusualHoursRole, "unusualHours" } },
        parent)
    , m_db(db)
    , m_audit(audit)
    , m_exportDir(std::move(exportDir))
    , m_residentChoices(new FilterChoiceListModel(this))
    , m_staffChoices(new FilterChoiceListModel(this))
    , m_alarms(new DeviceAlarmListModel(db, this))
{
    connect(this, &LogControlModel::filterChanged, this, &LogControlModel::refresh);
}

void LogControlModel::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    const bool allowed = viewer
        && (viewer->role == akten::core::StaffRole::UnitManager || viewer->role == akten::core::StaffRole::Sas);
    m_viewer = allowed ? viewer : std::nullopt;
    m_openAudited = false;
    m_alarms->setViewer(viewer); // it applies the same rule itself
    setRows({});
    if (!m_viewer) {
        m_residentChoices->setChoices({});
        m_staffChoices->setChoices({});
        return;
    }
    const bool everything = m_viewer->role == akten::core::StaffRole::Sas;
    akten::store::MasterDataRepository master(m_db);
    const auto residents = master.residents();
    const auto staff = master.staff();
    QList<FilterChoiceListModel::Choice> residentChoices { { QString(), tr("Alla boende") } };
    QList<FilterChoiceListModel::Choice> staffChoices { { QString(), tr("All personal") } };
    for (const auto &r : residents ? residents.value() : QList<akten::core::Resident> {}) {
        if (everything || m_viewer->unitIds.contains(r.unitId)) {
            // A manager following up accesses needs to pick a protected resident too; the name stays masked.
            residentChoices.append({ akten::core::idToString(r.id),
                r.protectedIdentity ? tr("Skyddad identitet (rum dolt)") : r.displayName() });
        }
    }
    for (const auto &s : staff ? staff.value() : QList<akten::core::Staff> {}) {
        if (everything || std::any_of(s.unitIds.cbegin(), s.unitIds.cend(), [&](const Id &u) {
                return m_viewer->unitIds.contains(u);
            })) {
            staffChoices.append({ akten::core::idToString(s.id), s.displayName() });
        }
    }
    m_residentChoices->setChoices(residentChoices);
    m_staffChoices->setChoices(staffChoices);
}

void LogControlModel::refresh()
{
    if (!m_viewer) {
        setRows({});
        return;
    }
    if (!m_openAudited) {
        if (!m_audit.record(&*m_viewer, u"view.log_control"_s)) {
            setRows({}, tr("Loggkontrollen kan inte visas eftersom åtkomsten inte kunde loggas."));
            return;
        }
        m_openAudited = true;
    }
    m_alarms->refresh();
    const qint64 now = m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
    akten::store::AuditFilter filter;
    if (!m_residentFilter.isEmpty()) {
        filter.residentId = akten::core::idFromString(m_residentFilter);
    }
    if (!m_staffFilter.isEmpty()) {
        filter.staffId = akten::core::idFromString(m_staffFilter);
    }
    if (m_periodDays > 0) {
        filter.sinceWallMs = now - qint64(m_periodDays) * 24 * 3600 * 1000;
    }
    akten::store::MasterDataRepository master(m_db);
    const auto events = akten::store::AuditLog(m_db).events(filter);
    const auto residents = master.residents();
    const auto staff = master.staff();
    const auto units = master.units();
    if (!events || !residents || !staff || !units) {
        setRows({}, tr("Loggen kunde inte läsas."));
        return;
    }
    QHash<Id, akten::core::Resident> residentById;
    for (const auto &r : residents.value()) {
        residentById.insert(r.id, r);
    }
    QHash<Id, akten::core::Staff> staffById;
    for (const auto &s : staff.value()) {
        staffById.insert(s.id, s);
    }
    QHash<Id, QString> unitNames;
    for (const auto &u : units.value()) {
        unitNames.insert(u.id, u.name);
    }
    const bool everything = m_viewer->role == akten::core::StaffRole::Sas;
    const auto staffName = [&staffById](const QString &id) {
        const auto it = staffById.constFind(akten::core::idFromString(id));
        return it != staffById.cend() ? it->displayName() : QString();
    };
    QList<Row> rows;
    m_flagged = 0;
    for (auto it = events.value().crbegin(); it != events.value().crend(); ++it) {
        const akten::core::AuditEvent &e = *it;
        if (!everything && !(e.unitId && m_viewer->unitIds.contains(*e.unitId))) {
            continue; // another unit's events
        }
        if (m_actionFilter != "all"_L1 && akten::models::auditCategory(e.action) != m_actionFilter) {
            continue;
        }
        const auto resident = e.residentId ? residentById.constFind(*e.residentId) : residentById.cend();
        const bool hasResident = resident != residentById.cend();
        const auto author = staffById.constFind(e.meta.authorId);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.meta.wallMs, akten::core::careTimeZone());
        const bool isProtected = hasResident && resident->protectedIdentity;
        const bool outside = hasResident && author != staffById.cend() && !author->unitIds.contains(resident->unitId);
        const bool unusual = e.meta.authorId.isNull() ? false : at.time().hour() < 5;
        if (m_onlyFlagged && !isProtected && !outside && !unusual) {
            continue;
        }
        m_flagged += (isProtected || outside || unusual) ? 1 : 0;
        rows.append({ { AtRole, akten::models::formatDateTimeSv(at) },
            { StaffRole, author != staffById.cend() ? author->displayName() : tr("System") },
            { RoleRole, akten::models::roleSv(e.staffRole) },
            { ResidentRole,
                !hasResident      ? QString()
                    : isProtected ? tr("Skyddad identitet")
                                  : resident->displayName() },
            { UnitRole, e.unitId ? unitNames.value(*e.unitId) : QString() },
            { ActionRole, akten::models::auditActionSv(e.action) }, { ActionCodeRole, e.action },
            { DetailRole, akten::models::auditDetailSv(e.action, e.detail, staffName) },
            { DeviceRole, e.meta.deviceId.left(8) }, { ProtectedRole, isProtected }, { OutsideUnitsRole, outside },
            { UnusualHoursRole, unusual } });
    }
    setRows(rows);
}

QString LogControlModel::exportCsv()
{
    if (!m_viewer || !QDir().mkpath(m_exportDir)) {
        return {};
    }
    const QString path
        = m_exportDir + u"/loggkontroll-%1.csv"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList lines { tr(
        "Tid;Medarbetare;Roll;Boende;Enhet;Händelse;Detalj;Enhet-id;Skyddad;Annan enhet;Ovanlig tid") };
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields;
        for (int role = AtRole; role <= UnusualHoursRole; ++role) {
            if (role == ActionCodeRole) {
                continue;
            }
            const QVariant value = index(row).data(role);
            fields << (value.typeId() == QMetaType::Bool ? (value.toBool() ? tr("ja") : QString()) : csvField(value));
        }
        lines << fields.join(u';');
    }
    file.write("\xEF\xBB\xBF"); // BOM: spreadsheet programs then read UTF-8
    file.write((lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
    if (!m_audit.record(&*m_viewer, u"log.export"_s, {}, {}, u"%1 rows"_s.arg(rowCount())) || !file.commit()) {
        file.cancelWriting();
        return {};
    }
    return path;
}
