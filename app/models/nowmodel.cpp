// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/nowmodel.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/caseclosureservice.h"
#include "app/models/occurrencetexts.h"
#include "app/store/masterdatarepository.h"

#include <QLoggingCategory>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;
using akten::core::OccurrenceState;

Q_LOGGING_CATEGORY(lcNow, "akten.models.now")

namespace {

static_assert(int(NowModel::State::AsNeeded) == int(akten::core::OccurrenceState::AsNeeded)
        && int(NowModel::State::Missed) == int(akten::core::OccurrenceState::Missed),
    "NowModel::State mirrors core::OccurrenceState");
static_assert(int(NowModel::NotDoneReason::OtherNotDone) == int(akten::core::NotDoneReason::Other)
        && int(NowModel::RetractReason::OtherRetraction) == int(akten::core::RetractionReason::Other),
    "the QML reason enums mirror the core ones");

constexpr qint64 kSoonMs = 60 * 60'000; ///< "Snart": the window opens within the hour
constexpr qint64 kNightMs = 12 * 3'600'000; ///< yesterday's occurrences this recent are still on Nu after midnight
constexpr int kUndoMs = 8'000;

QString sectionLabel(NowModel::Section section)
{
    switch (section) {
    case NowModel::Section::MissedOverdueSection:
        return NowModel::tr("Missade och försenade");
    case NowModel::Section::NowSection:
        return NowModel::tr("Nu");
    case NowModel::Section::SoonSection:
        return NowModel::tr("Snart");
    case NowModel::Section::LaterSection:
        return NowModel::tr("Senare i dag");
    case NowModel::Section::AsNeededSection:
        return NowModel::tr("Vid behov");
    case NowModel::Section::DoneSection:
        return NowModel::tr("Klart");
    }
    return {};
}

bool signable(const akten::store::DayOccurrence &item)
{
    return item.occurrence.asNeeded || item.status.valid.isEmpty();
}

} // namespace

NowModel::NowModel(akten::store::Database &db, akten::store::MasterDataRepository &master, SigningService &signing,
    akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QObject *parent)
    : RowListModel(
        { { KeyRole, "key" }, { SectionRole, "section" }, { SectionLabelRole, "sectionLabel" },
            { SectionHeaderRole, "sectionHeader" }, { ResidentIdRole, "residentId" },
            { ResidentNameRole, "residentName" }, { RoomRole, "room" }, { ResidentHeaderRole, "residentHeader" },
            { ResidentSignableRole, "residentSignable" }, { TimeRole, "time" }, { DescriptionRole, "description" },
            { HslRole, "delegatedHsl" }, { StateRole, "occurrenceState" }, { StatusRole, "status" },
            { ToneRole, "tone" }, { DetailRole, "detail" }, { SignableRole, "signable" },
            { RetractableRole, "retractable" }, { SignedTwiceRole, "signedTwice" }, { AsNeededRole, "asNeeded" } },
        parent, KeyRole)
    , m_reader(db)
    , m_closures(db)
    , m_master(master)
    , m_signing(signing)
    , m_audit(audit)
    , m_clock(clock)
{
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(kUndoMs);
    connect(&m_undoTimer, &QTimer::timeout, this, [this] {
        m_undoIds.clear();
        m_undoText.clear();
        Q_EMIT undoChanged();
    });
}

NowModel::~NowModel() = default;

void NowModel::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    m_pinned.clear();
    m_undoTimer.stop();
    m_undoIds.clear();
    m_undoText.clear();
    Q_EMIT undoChanged();
    setMessage({}, false);
    if (!m_viewer) {
        m_items.clear();
        m_dueCount = 0;
        Q_EMIT dueCountChanged();
        setRows({});
    }
}

bool NowModel::open()
{
    m_pinned.clear();
    if (!m_viewer) {
        setRows({});
        return false;
    }
    if (!m_audit.record(&*m_viewer, u"view.now"_s, {}, {}, u"signing list of the user's units"_s)) {
        m_items.clear();
        setRows({}, tr("Listan kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen."));
        return false;
    }
    rebuild();
    return errorText().isEmpty();
}

void NowModel::refresh()
{
    if (m_viewer && !m_items.isEmpty()) {
        rebuild();
    }
}

NowModel::Section NowModel::sectionOf(const akten::store::DayOccurrence &item, qint64 now) const
{
    if (item.occurrence.asNeeded) {
        return Section::AsNeededSection;
    }
    switch (item.status.state) {
    case OccurrenceState::Done:
    case OccurrenceState::NotDone:
        return Section::DoneSection;
    case OccurrenceState::Overdue:
    case OccurrenceState::Missed:
        return Section::MissedOverdueSection;
    case OccurrenceState::Due:
        return Section::NowSection;
    case OccurrenceState::Upcoming:
        return item.occurrence.opensMs - now <= kSoonMs ? Section::SoonSection : Section::LaterSection;
    case OccurrenceState::AsNeeded:
        return Section::AsNeededSection;
    }
    return Section::LaterSection;
}

QString NowModel::keyOf(const akten::core::Occurrence &o)
{
    return akten::core::idToString(o.residentId) + u'/' + akten::core::idToString(o.activityId) + u'/'
        + QString::number(o.asNeeded ? 0 : o.plannedMs) + u'/' + o.day.toString(Qt::ISODate);
}

OccurrenceRef NowModel::refOf(const akten::core::Occurrence &o)
{
    return { o.residentId, o.planRevisionId, o.activityId, o.day, o.plannedMs };
}

void NowModel::rebuild()
{
    const auto residents = m_master.residents();
    const auto units = m_master.units();
    const auto staff = m_master.staff();
    const auto closed = m_closures.closedResidents();
    if (!m_viewer || !residents || !units || !staff || !closed) {
        m_items.clear();
        setRows({}, m_viewer ? tr("Listan kunde inte läsas.") : QString());
        return;
    }
    QList<akten::core::Resident> mine;
    for (const akten::core::Resident &r : residents.value()) {
        // A closed case leaves nothing to do: its record can only be read, what was signed stays in its signing list.
        if (akten::auth::inScope(*m_viewer, r) && !closed.value().contains(r.id)) {
            mine.append(r);
        }
    }
    QHash<akten::core::Id, akten::core::SigningWindow> windows;
    for (const akten::core::Unit &unit : units.value()) {
        windows.insert(unit.id, unit.signingWindow);
    }
    const qint64 now = m_clock.nowMs();
    const QDate today = akten::core::careDate(now);
    auto todays = m_reader.read(mine, windows, today, now);
    // Of yesterday, only the timed occurrences of the last kNightMs are shown: only they are read, and from noon on,
    // when all of yesterday is longer ago than that, nothing is.
    const bool nightShown = now - kNightMs < akten::core::careInstantMs(today, QTime(0, 0));
    auto yesterdays = nightShown
        ? m_reader.read(mine, windows, today.addDays(-1), now, now - kNightMs)
        : akten::Result<QList<akten::store::DayOccurrence>>(QList<akten::store::DayOccurrence> {});
    if (!todays || !yesterdays) {
        qCWarning(lcNow) << "Nu cannot be read:" << (todays ? yesterdays.error().message : todays.error().message);
        m_items.clear();
        setRows({}, tr("Listan kunde inte läsas."));
        return;
    }
    QHash<akten::core::Id, akten::core::Resident> byId;
    for (const akten::core::Resident &r : std::as_const(mine)) {
        byId.insert(r.id, r);
    }
    QList<Item> items;
    for (const auto &item : std::as_const(yesterdays.value())) {
        if (!item.occurrence.asNeeded && item.occurrence.plannedMs >= now - kNightMs) {
            items.append({ item, byId.value(item.occurrence.residentId), sectionOf(item, now) });
        }
    }
    for (const auto &item : std::as_const(todays.value())) {
        items.append({ item, byId.value(item.occurrence.residentId), sectionOf(item, now) });
    }
    if (!m_pinned.isEmpty()) {
        for (Item &item : items) {
            item.section = m_pinned.value(keyOf(item.day.occurrence), item.section);
        }
    }
    const auto groupOf = [](const Item &i) -> QString {
        return QString::number(int(i.section)) + akten::core::idToString(i.resident.id);
    };
    // Sections in page order; in each, the resident with the earliest row first, a resident's rows by time. Each
    // row's group and sort key are made once, not in every comparison (Nu is rebuilt every minute and after a tap).
    QStringList groups;
    QHash<QString, qint64> firstOf;
    for (const Item &item : std::as_const(items)) {
        groups.append(groupOf(item));
        const qint64 planned = item.day.occurrence.plannedMs;
        firstOf[groups.constLast()] = std::min(firstOf.value(groups.constLast(), planned), planned);
    }
    std::vector<std::tuple<int, qint64, QString, qint64>> keys;
    std::vector<qsizetype> order;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        keys.emplace_back(
            int(item.section), firstOf.value(groups.at(i)), item.resident.displayName(), item.day.occurrence.plannedMs);
        order.push_back(i);
    }
    std::stable_sort(
        order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return keys[size_t(a)] < keys[size_t(b)]; });
    QList<Item> sorted;
    QStringList sortedGroups;
    for (const qsizetype i : order) {
        sorted.append(std::move(items[i]));
        sortedGroups.append(groups.at(i));
    }
    items = std::move(sorted);
    groups = std::move(sortedGroups);
    QHash<akten::core::Id, QString> names;
    for (const akten::core::Staff &member : staff.value()) {
        names.insert(member.id, member.displayName());
    }
    QHash<QString, int> signableIn;
    for (qsizetype i = 0; i < items.size(); ++i) {
        // "Signera alla" is for what is due: overdue and missed, or due now; never for later in the day.
        const Item &item = items.at(i);
        const bool due = item.section == Section::MissedOverdueSection || item.section == Section::NowSection;
        if (due && signable(item.day) && !item.day.occurrence.asNeeded) {
            ++signableIn[groups.at(i)];
        }
    }
    akten::core::Staff me;
    me.id = m_viewer->staffId;
    me.role = m_viewer->role;
    me.unitIds = m_viewer->unitIds;
    QList<Row> rows;
    QString previousGroup;
    int previousSection = -1;
    int due = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        const QString &group = groups.at(i);
        const akten::core::Occurrence &o = item.day.occurrence;
        const bool masked = item.resident.protectedIdentity;
        const bool mayRetract = !item.day.status.valid.isEmpty()
            && akten::core::mayRetract(me, item.day.status.valid.constLast(), item.resident.unitId);
        if ((item.section == Section::MissedOverdueSection || item.section == Section::NowSection)
            && signable(item.day)) {
            ++due;
        }
        rows.append({ { KeyRole, keyOf(o) }, { SectionRole, int(item.section) },
            { SectionLabelRole, sectionLabel(item.section) },
            { SectionHeaderRole, int(item.section) != previousSection },
            { ResidentIdRole, akten::core::idToString(o.residentId) },
            { ResidentNameRole, masked ? tr("Skyddad identitet") : item.resident.displayName() },
            { RoomRole, masked ? QString() : item.resident.room }, { ResidentHeaderRole, group != previousGroup },
            { ResidentSignableRole, signableIn.value(group) }, { TimeRole, OccurrenceTexts::time(o) },
            { DescriptionRole, o.description }, { HslRole, o.delegatedHsl }, { StateRole, int(item.day.status.state) },
            { StatusRole, OccurrenceTexts::status(item.day, names, m_freshness, item.resident.unitId) },
            { ToneRole, OccurrenceTexts::tone(item.day, m_freshness, item.resident.unitId) },
            { DetailRole, OccurrenceTexts::detail(item.day, names) }, { SignableRole, signable(item.day) },
            { RetractableRole, mayRetract }, { SignedTwiceRole, item.day.status.signedTwice(o) },
            { AsNeededRole, o.asNeeded } });
        previousGroup = group;
        previousSection = int(item.section);
    }
    m_items = items;
    setRows(rows);
    if (due != m_dueCount) {
        m_dueCount = due;
        Q_EMIT dueCountChanged();
    }
}

const NowModel::Item *NowModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void NowModel::setMessage(const QString &text, bool error)
{
    if (text != m_message || error != m_messageIsError) {
        m_message = text;
        m_messageIsError = error;
        Q_EMIT messageChanged();
    }
}

void NowModel::clearMessage()
{
    setMessage({}, false);
}

void NowModel::report(const SigningService::Outcome &outcome)
{
    using Problem = SigningService::Problem;
    using akten::core::SigningRefusal;
    // The store's closed-case guard refuses like a failed write; it is a refusal, not a failure to log.
    const bool closedCase
        = outcome.problem == Problem::StoreFailed && CaseClosureService::refusedAsClosed(outcome.logMessage);
    if (outcome.problem == Problem::StoreFailed && !closedCase) {
        qCWarning(lcNow) << "signing failed:" << outcome.logMessage;
    }
    switch (outcome.problem) {
    case Problem::None:
        return;
    case Problem::OutOfScope:
        return setMessage(tr("Den boende finns inte bland dina boende. Ingenting sparades."), true);
    case Problem::UnknownOccurrence:
        refresh();
        return setMessage(tr("Insatsen finns inte längre i planen. Listan är uppdaterad. Ingenting sparades."), true);
    case Problem::UnknownSignature:
        refresh();
        return setMessage(tr("Signeringen finns inte. Listan är uppdaterad."), true);
    case Problem::StoreFailed:
        if (closedCase) {
            refresh(); // closed on another tablet since Nu was read: the resident's rows go
            return setMessage(tr("Ärendet är avslutat, så akten kan bara läsas. Ingenting sparades."), true);
        }
        return setMessage(tr("Det gick inte att spara, och ingenting sparades. Försök igen."), true);
    case Problem::Refused:
        break;
    }
    switch (outcome.refusal) {
    case SigningRefusal::ReasonMissing:
        return setMessage(tr("Välj en orsak."), true);
    case SigningRefusal::CommentMissing:
        return setMessage(tr("Skriv orsaken med egna ord."), true);
    case SigningRefusal::CommentTooLong:
        return setMessage(tr("Kommentaren får vara högst %1 tecken.").arg(akten::core::kMaxSigningComment), true);
    case SigningRefusal::NotAllowed:
        return setMessage(tr("Bara den som signerade eller enhetschefen kan makulera."), true);
    case SigningRefusal::AlreadyRetracted:
        return setMessage(tr("Signeringen är redan makulerad."), true);
    case SigningRefusal::NotSignable:
    case SigningRefusal::None:
        return setMessage(tr("Det gick inte att spara. Ingenting sparades."), true);
    }
}

void NowModel::pin(const QList<int> &rows)
{
    for (const int row : rows) {
        if (const Item *item = itemAt(row)) {
            m_pinned.insert(keyOf(item->day.occurrence), item->section);
        }
    }
}

void NowModel::offerUndo(const QList<akten::core::Signature> &signatures, const QString &text)
{
    m_undoIds.clear();
    for (const akten::core::Signature &s : signatures) {
        m_undoIds.append(s.meta.id);
    }
    m_undoText = text;
    m_undoTimer.start();
    Q_EMIT undoChanged();
}

bool NowModel::sign(int row)
{
    const Item *item = itemAt(row);
    if (!m_viewer || !item || !signable(item->day)) {
        return false;
    }
    const Item signedItem = *item;
    const auto outcome = m_signing.sign(*m_viewer, { refOf(signedItem.day.occurrence) });
    if (!outcome) {
        report(outcome);
        return false;
    }
    pin({ row });
    const QString who = signedItem.resident.protectedIdentity
        ? tr("Skyddad identitet")
        : signedItem.resident.firstName + u' ' + signedItem.resident.lastName.left(1) + u'.';
    offerUndo(outcome.signatures, tr("Signerat: %1, %2").arg(signedItem.day.occurrence.description, who));
    setMessage({}, false);
    rebuild();
    Q_EMIT written();
    return true;
}

int NowModel::signAll(const QString &residentId, int section)
{
    if (!m_viewer) {
        return 0;
    }
    QList<OccurrenceRef> refs;
    QList<int> rows;
    const Item *first = nullptr;
    for (int row = 0; row < m_items.size(); ++row) {
        const Item &item = m_items.at(row);
        const bool due = item.section == Section::MissedOverdueSection || item.section == Section::NowSection;
        if (akten::core::idToString(item.resident.id) == residentId && int(item.section) == section && due
            && !item.day.occurrence.asNeeded && signable(item.day)) {
            refs.append(refOf(item.day.occurrence));
            rows.append(row);
            first = first ? first : &item;
        }
    }
    if (refs.isEmpty()) {
        return 0;
    }
    const QString who = first->resident.protectedIdentity
        ? tr("Skyddad identitet")
        : first->resident.firstName + u' ' + first->resident.lastName.left(1) + u'.';
    const auto outcome = m_signing.sign(*m_viewer, refs);
    if (!outcome) {
        report(outcome);
        return 0;
    }
    pin(rows);
    offerUndo(outcome.signatures, tr("Signerat: %n insatser, %1", nullptr, int(refs.size())).arg(who));
    setMessage({}, false);
    rebuild();
    Q_EMIT written();
    return int(refs.size());
}

bool NowModel::markNotDone(int row, int reason, const QString &comment)
{
    const Item *item = itemAt(row);
    if (!m_viewer || !item || !signable(item->day) || item->day.occurrence.asNeeded) {
        return false;
    }
    const auto code = reason >= int(NotDoneReason::Declined) && reason <= int(NotDoneReason::OtherNotDone)
        ? akten::core::NotDoneReason(reason)
        : akten::core::NotDoneReason::Unspecified;
    const auto outcome = m_signing.notDone(*m_viewer, refOf(item->day.occurrence), code, comment);
    if (!outcome) {
        report(outcome);
        return false;
    }
    pin({ row });
    setMessage(tr("Sparat som ej utförd. Det står också i den sociala journalen."), false);
    rebuild();
    Q_EMIT written();
    return true;
}

bool NowModel::retract(int row, int reason, const QString &comment)
{
    const Item *item = itemAt(row);
    if (!m_viewer || !item || item->day.status.valid.isEmpty()) {
        return false;
    }
    const auto code = reason >= int(RetractReason::WrongResident) && reason <= int(RetractReason::OtherRetraction)
        ? akten::core::RetractionReason(reason)
        : akten::core::RetractionReason::Unspecified;
    const auto outcome
        = m_signing.retract(*m_viewer, { item->day.status.valid.constLast().meta.id }, code, comment, false);
    if (!outcome) {
        report(outcome);
        return false;
    }
    pin({ row });
    setMessage(tr("Signeringen är makulerad. Den finns kvar, överstruken."), false);
    rebuild();
    Q_EMIT written();
    return true;
}

bool NowModel::undo()
{
    if (!m_viewer || m_undoIds.isEmpty()) {
        return false;
    }
    const auto outcome = m_signing.retract(*m_viewer, m_undoIds, akten::core::RetractionReason::Undone, {}, true);
    m_undoTimer.stop();
    m_undoIds.clear();
    m_undoText.clear();
    Q_EMIT undoChanged();
    if (!outcome) {
        report(outcome);
        return false;
    }
    setMessage(tr("Ångrat. Signeringen finns kvar som makulerad."), false);
    rebuild();
    Q_EMIT written();
    return true;
}
