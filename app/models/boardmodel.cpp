// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/boardmodel.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/occurrencetexts.h"
#include "app/store/masterdatarepository.h"

#include <QVariantMap>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using akten::core::OccurrenceState;

namespace {

QString initials(const akten::core::Resident &r)
{
    return r.firstName.left(1) + u". "_s + r.lastName.left(1) + u'.';
}

} // namespace

BoardModel::BoardModel(akten::store::Database &db, akten::store::MasterDataRepository &master,
    akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QObject *parent)
    : RowListModel({ { KeyRole, "key" }, { LabelRole, "label" }, { DetailRole, "detail" },
                       { AttentionRole, "attention" }, { SummaryRole, "summary" }, { ItemsRole, "items" } },
        parent, KeyRole)
    , m_reader(db)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
{ }

BoardModel::~BoardModel() = default;

void BoardModel::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    const bool wasAnonymous = anonymous();
    m_viewer = viewer;
    m_opened = false;
    setRows({});
    if (wasAnonymous != anonymous()) {
        Q_EMIT modeChanged();
    }
}

void BoardModel::setKioskIdle(bool kioskIdle)
{
    const bool wasAnonymous = anonymous();
    m_kioskIdle = kioskIdle;
    m_opened = false;
    if (wasAnonymous != anonymous()) {
        setRows({});
        Q_EMIT modeChanged();
    }
}

bool BoardModel::open()
{
    if (!m_viewer && !m_kioskIdle) {
        setRows({});
        return false;
    }
    const bool audited = m_viewer ? m_audit.record(&*m_viewer, u"view.board"_s, {}, {}, u"unit board"_s).ok()
                                  : m_audit.record(nullptr, u"view.board.kiosk"_s, {}, {}, u"idle kiosk board"_s).ok();
    if (!audited) {
        m_opened = false;
        setRows({}, tr("Tavlan kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen."));
        return false;
    }
    m_opened = true;
    rebuild();
    return errorText().isEmpty();
}

void BoardModel::refresh()
{
    if (m_opened && (m_viewer || m_kioskIdle)) {
        rebuild();
    }
}

void BoardModel::rebuild()
{
    const auto residents = m_master.residents();
    const auto units = m_master.units();
    if (!residents || !units) {
        setRows({}, tr("Tavlan kunde inte läsas."));
        return;
    }
    QHash<akten::core::Id, akten::core::Unit> unitById;
    QHash<akten::core::Id, akten::core::SigningWindow> windows;
    for (const akten::core::Unit &unit : units.value()) {
        unitById.insert(unit.id, unit);
        windows.insert(unit.id, unit.signingWindow);
    }
    QList<akten::core::Resident> shown;
    for (const akten::core::Resident &r : residents.value()) {
        if (m_viewer ? akten::auth::inScope(*m_viewer, r) : !r.protectedIdentity) {
            shown.append(r);
        }
    }
    const qint64 now = m_clock.nowMs();
    const auto day = m_reader.read(shown, windows, akten::core::careDate(now), now);
    if (!day) {
        setRows({}, tr("Tavlan kunde inte läsas."));
        return;
    }
    struct Line
    {
        akten::core::Resident resident;
        QVariantList items;
        int missed = 0;
        int uncertain = 0; ///< missed here, but another device may have signed it unseen
        int overdue = 0;
        qint64 firstProblemMs = std::numeric_limits<qint64>::max();
    };
    QHash<akten::core::Id, Line> lines;
    for (const akten::core::Resident &r : std::as_const(shown)) {
        lines.insert(r.id, { r, {}, 0, 0, 0 });
    }
    const QHash<akten::core::Id, QString> noNames; // the board never names signers
    for (const akten::store::DayOccurrence &item : day.value()) {
        Line &line = lines[item.occurrence.residentId];
        const akten::core::Id unit = line.resident.unitId;
        const bool missed
            = OccurrenceTexts::certainlyMissed(item, m_freshness, unit) || item.status.state == OccurrenceState::Missed;
        if (item.status.state == OccurrenceState::Missed) {
            ++line.missed;
        } else if (item.status.state == OccurrenceState::Overdue) {
            ++line.overdue;
        }
        if (missed || item.status.state == OccurrenceState::Overdue) {
            line.firstProblemMs = std::min(line.firstProblemMs, item.occurrence.plannedMs);
        }
        QString status = OccurrenceTexts::status(item, noNames, m_freshness, unit);
        if (item.status.state == OccurrenceState::Done) {
            status = item.status.valid.constLast().late
                ? tr("Signerad i efterhand %1").arg(OccurrenceTexts::clock(item.status.valid.constLast().meta.wallMs))
                : tr("Utförd %1").arg(OccurrenceTexts::clock(item.status.valid.constLast().meta.wallMs));
        }
        line.items.append(
            QVariantMap { { u"time"_s, item.occurrence.asNeeded ? QString() : OccurrenceTexts::time(item.occurrence) },
                { u"description"_s, item.occurrence.description }, { u"status"_s, status },
                { u"tone"_s, OccurrenceTexts::tone(item, m_freshness, unit) },
                { u"hsl"_s, item.occurrence.delegatedHsl } });
    }
    QList<Line> ordered = lines.values();
    std::sort(ordered.begin(), ordered.end(), [](const Line &a, const Line &b) {
        return std::tuple(a.firstProblemMs, a.resident.room, a.resident.lastName)
            < std::tuple(b.firstProblemMs, b.resident.room, b.resident.lastName);
    });
    QList<Row> rows;
    int attentionNow = 0;
    for (const Line &line : std::as_const(ordered)) {
        if (line.items.isEmpty()) {
            continue;
        }
        const akten::core::Resident &r = line.resident;
        QString label;
        if (anonymous()) {
            label = unitById.value(r.unitId).boardLabel == akten::core::BoardLabel::Initials ? initials(r) : r.room;
        } else {
            label = r.protectedIdentity ? tr("Skyddad identitet") : r.displayName();
        }
        QStringList summary;
        if (line.missed > 0) {
            summary << (line.missed == 1 ? tr("1 missad") : tr("%1 missade").arg(line.missed));
        }
        if (line.uncertain > 0) {
            summary << (line.uncertain == 1 ? tr("1 ej signerad här") : tr("%1 ej signerade här").arg(line.uncertain));
        }
        if (line.overdue > 0) {
            summary << (line.overdue == 1 ? tr("1 försenad") : tr("%1 försenade").arg(line.overdue));
        }
        const bool attention = line.missed + line.uncertain + line.overdue > 0;
        attentionNow += attention ? 1 : 0;
        rows.append({ { KeyRole, akten::core::idToString(r.id) }, { LabelRole, label },
            { DetailRole, anonymous() || r.protectedIdentity ? QString() : r.room }, { AttentionRole, attention },
            { SummaryRole, summary.isEmpty() ? tr("Inget försenat") : summary.join(u", "_s) },
            { ItemsRole, line.items } });
    }
    setRows(rows);
    if (attentionNow != m_attention) {
        m_attention = attentionNow;
        Q_EMIT attentionChanged();
    }
}
