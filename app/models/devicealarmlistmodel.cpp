// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/devicealarmlistmodel.h"

#include "app/core/caretime.h"
#include "app/models/modelsupport.h"
#include "app/store/integrityrepository.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString categorySv(const QString &category)
{
    if (category == "content_altered"_L1) {
        return DeviceAlarmListModel::tr("En logghändelse har ändrats efter att den skrevs.");
    }
    if (category == "unreadable"_L1) {
        return DeviceAlarmListModel::tr("En logghändelse går inte att läsa som den skrevs.");
    }
    return DeviceAlarmListModel::tr("Loggen stämmer inte med sin kontrollsumma.");
}

QString atSv(qint64 ms)
{
    return akten::models::formatDateTimeSv(QDateTime::fromMSecsSinceEpoch(ms, akten::core::careTimeZone()));
}
} // namespace

DeviceAlarmListModel::DeviceAlarmListModel(akten::store::Database &db, QObject *parent)
    : RowListModel({ { DeviceRole, "device" }, { SeqRole, "seq" }, { TitleRole, "title" }, { RaisedRole, "raised" },
                       { CategoryRole, "category" }, { AdviceRole, "advice" }, { OpenRole, "open" },
                       { DecisionRole, "decision" } },
        parent)
    , m_db(db)
{ }

void DeviceAlarmListModel::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    const bool allowed = viewer
        && (viewer->role == akten::core::StaffRole::UnitManager || viewer->role == akten::core::StaffRole::Sas);
    m_viewer = allowed ? viewer : std::nullopt;
    refresh();
}

void DeviceAlarmListModel::refresh()
{
    m_open = 0;
    m_flagged = 0;
    m_heard.clear();
    if (!m_viewer) {
        setRows({});
        Q_EMIT changed();
        return;
    }
    akten::store::IntegrityRepository repository(m_db);
    const auto devices = repository.devices();
    const auto heard = repository.heardMs();
    if (!devices || !heard) {
        setRows({}, tr("Larmen från centralen kunde inte läsas."));
        Q_EMIT changed();
        return;
    }
    const qint64 now = m_nowMs > 0 ? m_nowMs : QDateTime::currentMSecsSinceEpoch();
    m_heard = heard.value() > 0
        ? tr("Senast hämtat från centralen %1").arg(akten::models::nearTimeText(heard.value(), now))
        : tr("Inget hämtat från centralen ännu");
    const bool everything = m_viewer->role == akten::core::StaffRole::Sas;
    QList<Row> open;
    QList<Row> decided;
    for (const auto &device : devices.value()) {
        const bool mine = everything
            || std::any_of(device.unitIds.cbegin(), device.unitIds.cend(),
                [&](const QString &u) { return m_viewer->unitIds.contains(akten::core::idFromString(u)); });
        if (!mine) {
            continue; // a device of another unit this tablet also serves
        }
        m_flagged += device.flaggedEvents;
        for (const auto &alarm : device.alarms) {
            const bool isOpen = alarm.decision.isEmpty();
            const QString decision = alarm.decision == "revoke"_L1
                ? tr("Avgjort %1: surfplattan är spärrad.").arg(atSv(alarm.decidedMs))
                : tr("Avgjort %1: uppladdningarna tas emot igen.").arg(atSv(alarm.decidedMs));
            Row row { { DeviceRole, device.deviceId }, { SeqRole, alarm.deviceSeq },
                { TitleRole,
                    isOpen ? tr("Larm: loggen från surfplatta %1 har ändrats").arg(device.deviceId.right(8))
                           : tr("Avgjort larm: surfplatta %1").arg(device.deviceId.right(8)) },
                { RaisedRole, tr("Upptäckt %1").arg(atSv(alarm.raisedMs)) },
                { CategoryRole, categorySv(alarm.category) },
                { AdviceRole,
                    isOpen ? tr("Kontakta SAS. Surfplattans uppladdningar är stoppade tills larmet är avgjort.")
                           : QString() },
                { OpenRole, isOpen }, { DecisionRole, isOpen ? QString() : decision } };
            (isOpen ? open : decided).append(row);
            m_open += isOpen ? 1 : 0;
        }
    }
    setRows(open + decided);
    Q_EMIT changed();
}
