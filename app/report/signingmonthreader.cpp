// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/signingmonthreader.h"

#include "app/core/caretime.h"
#include "app/store/masterdatarepository.h"
#include "app/store/signingday.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::report {
namespace {

/** The row an occurrence belongs to: its activity at its time of day (as needed: the activity). */
QString rowKey(const core::Occurrence &o)
{
    return core::idToString(o.activityId) + (o.asNeeded ? u"/as-needed"_s : u'/' + o.time.toString(u"HH:mm"_s));
}

SignatureMark markOf(const core::Signature &signature, const QString &initials, bool retracted)
{
    SignatureMark mark;
    mark.initials = initials.isEmpty() ? u"?"_s : initials;
    mark.notDone = signature.outcome == core::SignatureOutcome::NotDone;
    mark.reasonLetter = mark.notDone ? reasonLetter(signature.reasonCode) : QChar();
    mark.late = signature.late;
    mark.retracted = retracted;
    return mark;
}

/** SoL/LSS insatser before delegated HSL tasks (kept apart, D5); timed before as needed; then by time and name. */
bool rowBefore(const SigningRow &a, const SigningRow &b)
{
    return std::tuple(a.delegatedHsl, a.asNeeded, a.time, a.insats)
        < std::tuple(b.delegatedHsl, b.asNeeded, b.time, b.insats);
}

QString firstLetter(const QString &name, int count = 1)
{
    return name.trimmed().left(count).toUpper();
}

} // namespace

SigningMonthReader::SigningMonthReader(store::Database &db)
    : m_db(db)
{ }

QHash<core::Id, QString> SigningMonthReader::initialsOf(const QList<core::Staff> &staff)
{
    QHash<QString, int> uses;
    for (const core::Staff &member : staff) {
        ++uses[firstLetter(member.firstName) + firstLetter(member.lastName)];
    }
    QHash<core::Id, QString> initials;
    for (const core::Staff &member : staff) {
        const QString shortForm = firstLetter(member.firstName) + firstLetter(member.lastName);
        initials.insert(member.id,
            uses.value(shortForm) > 1 ? shortForm + member.lastName.trimmed().mid(1, 1).toLower() : shortForm);
    }
    return initials;
}

Result<SigningMonth> SigningMonthReader::read(
    const core::Id &residentId, const QDate &month, qint64 nowMs, const QString &printedBy)
{
    store::MasterDataRepository master(m_db);
    const auto resident = master.resident(residentId);
    if (!resident) {
        return resident.error();
    }
    const auto units = master.units();
    const auto staff = master.staff();
    if (!units || !staff) {
        return units ? staff.error() : units.error();
    }
    SigningMonth out;
    out.residentName = resident.value().displayName();
    out.personalNumber = resident.value().personalNumber;
    out.protectedIdentity = resident.value().protectedIdentity;
    out.room = out.protectedIdentity ? QString() : resident.value().room;
    out.month = QDate(month.year(), month.month(), 1);
    out.printedBy = printedBy;
    out.printedAt = QDateTime::fromMSecsSinceEpoch(nowMs, core::careTimeZone());
    QHash<core::Id, core::SigningWindow> windows;
    for (const core::Unit &unit : units.value()) {
        windows.insert(unit.id, unit.signingWindow);
        if (unit.id == resident.value().unitId) {
            out.unitName = unit.name;
        }
    }
    const QHash<core::Id, QString> initials = initialsOf(staff.value());
    const QDate today = core::careDate(nowMs);
    QHash<QString, qsizetype> rowByKey;
    QSet<core::Id> signerIds;
    store::SigningDayReader reader(m_db);
    for (int d = 0; d < out.dayCount(); ++d) {
        const QDate day = out.month.addDays(d);
        const auto items = reader.read({ resident.value() }, windows, day, nowMs);
        if (!items) {
            return items.error();
        }
        for (const store::DayOccurrence &item : items.value()) {
            const core::Occurrence &o = item.occurrence;
            const QString key = rowKey(o);
            if (!rowByKey.contains(key)) {
                rowByKey.insert(key, out.rows.size());
                out.rows.append(
                    { o.time, o.description, o.delegatedHsl, o.asNeeded, QList<SigningCell>(out.dayCount()) });
            }
            SigningRow &row = out.rows[rowByKey.value(key)];
            row.insats = o.description; // the newest wording of the month
            SigningCell &cell = row.days[d];
            cell.scheduled = true;
            if (day > today) {
                continue; // the rest of the month is left to sign (on paper, in an outage)
            }
            QList<std::pair<core::Signature, bool>> all;
            for (const core::Signature &s : item.status.valid) {
                all.append({ s, false });
                cell.count += s.outcome == core::SignatureOutcome::Done ? 1 : 0;
            }
            for (const core::Signature &s : item.status.retracted) {
                all.append({ s, true });
            }
            if (o.asNeeded) {
                continue; // counted, not signed one by one on paper
            }
            std::stable_sort(all.begin(), all.end(),
                [](const auto &a, const auto &b) { return a.first.meta.hlc < b.first.meta.hlc; });
            for (const auto &[signature, retracted] : std::as_const(all)) {
                cell.marks.append(markOf(signature, initials.value(signature.meta.authorId), retracted));
                out.uncodedReasons |= cell.marks.constLast().reasonLetter == u'?';
                signerIds.insert(signature.meta.authorId);
            }
        }
    }
    std::stable_sort(out.rows.begin(), out.rows.end(), rowBefore);
    for (const core::Staff &member : staff.value()) {
        if (signerIds.contains(member.id)) {
            out.signers.append({ initials.value(member.id), member.displayName(), member.title });
        }
    }
    std::sort(out.signers.begin(), out.signers.end(),
        [](const Signer &a, const Signer &b) { return std::tie(a.initials, a.name) < std::tie(b.initials, b.name); });
    return out;
}

} // namespace akten::report
