// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/recorddocumentlistmodel.h"

#include "app/core/caretime.h"
#include "app/models/modelsupport.h"
#include "app/models/recorddocumenttexts.h"

#include <QDateTime>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace akten;
namespace texts = akten::models::doctexts;

namespace {

bool sameDocument(const core::RecordDocument &a, const core::RecordDocument &b)
{
    return core::isSingleton(a.type) || a.seriesId == b.seriesId;
}

QString titleOf(const core::RecordDocument &d)
{
    using T = core::RecordDocType;
    const QDate written = core::careDate(d.meta.wallMs);
    switch (d.type) {
    case T::PowerOfAttorney:
        return d.field(u"holder"_s);
    case T::MoneyAgreement:
        return d.field(u"parties"_s);
    case T::FallReport:
        return RecordDocumentListModel::tr("Fall %1 %2")
            .arg(models::formatDateSv(QDate::fromString(d.field(u"fall_date"_s), Qt::ISODate)), d.field(u"fall_time"_s))
            .trimmed();
    case T::FallChecklist:
        return RecordDocumentListModel::tr("Checklista %1").arg(models::formatDateSv(written));
    case T::RegisterEntry:
        return texts::choiceLabel(d.field(u"document_type"_s));
    case T::CoverSheet:
        return RecordDocumentListModel::tr("Försättsblad, enhetens del");
    case T::LifeStory:
        return RecordDocumentListModel::tr("Levnadsberättelse");
    }
    return {};
}

/** Revoked or ended (powers, agreements); points to act on (checklist). Empty: nothing to say. */
std::pair<QString, bool> statusOf(const core::RecordDocument &d, const QDate &today)
{
    if (!d.field(u"revoked_on"_s).isEmpty()) {
        return { RecordDocumentListModel::tr("Återkallad %1")
                     .arg(models::formatDateSv(QDate::fromString(d.field(u"revoked_on"_s), Qt::ISODate))),
            true };
    }
    const QDate to = QDate::fromString(d.field(u"valid_to"_s), Qt::ISODate);
    if (to.isValid() && to < today) {
        return { RecordDocumentListModel::tr("Har upphört"), true };
    }
    if (d.type == core::RecordDocType::PowerOfAttorney || d.type == core::RecordDocType::MoneyAgreement) {
        return { RecordDocumentListModel::tr("Gäller"), false };
    }
    if (d.type == core::RecordDocType::FallChecklist) {
        int toDo = 0;
        for (const core::DocField &f : core::docFields(d.type)) {
            toDo += f.kind == core::DocFieldKind::YesNo && d.field(f.key) == "no"_L1 ? 1 : 0;
        }
        if (toDo == 0) {
            return { RecordDocumentListModel::tr("Inget att åtgärda"), false };
        }
        return { toDo == 1 ? RecordDocumentListModel::tr("1 punkt att åtgärda")
                           : RecordDocumentListModel::tr("%1 punkter att åtgärda").arg(toDo),
            true };
    }
    return {};
}

QVariantList fieldRows(const core::RecordDocument &d)
{
    QVariantList rows;
    const QList<core::DocField> &fields = core::docFields(d.type);
    for (const core::DocField &f : fields) {
        const QString value = d.field(f.key);
        if (value.isEmpty() || f.key.endsWith("_comment"_L1)) {
            continue;
        }
        QString text = texts::valueText(f, value);
        const QString comment = d.field(f.key + "_comment"_L1);
        if (!comment.isEmpty()) {
            text += u" – "_s + comment;
        }
        rows.append(QVariantMap { { u"label"_s, texts::fieldLabel(d.type, f.key) }, { u"value"_s, text } });
    }
    return rows;
}

} // namespace

RecordDocumentListModel::RecordDocumentListModel(QObject *parent)
    : RowListModel({ { DocumentIdRole, "documentId" }, { TitleRole, "title" }, { SubtitleRole, "subtitle" },
                       { VersionRole, "versionText" }, { FieldsRole, "fieldRows" }, { StatusRole, "statusText" },
                       { WarningRole, "warning" }, { ConflictRole, "conflict" } },
        parent)
{ }

void RecordDocumentListModel::show(const QList<core::RecordDocument> &versions, bool history,
    const QHash<core::Id, QString> &staff, const QDate &today, const QString &error)
{
    if (!error.isEmpty()) {
        setRows({}, error);
        return;
    }
    const QList<core::RecordDocument> current = core::currentVersions(versions);
    QList<core::RecordDocument> shown = history ? versions : current;
    std::sort(shown.begin(), shown.end(),
        [](const core::RecordDocument &a, const core::RecordDocument &b) { return b.meta.hlc < a.meta.hlc; });
    // A version's number is one more than the highest it replaces: two tablets' versions from one are both "2".
    QList<core::RecordDocument> byAge = versions;
    std::sort(byAge.begin(), byAge.end(),
        [](const core::RecordDocument &a, const core::RecordDocument &b) { return a.meta.hlc < b.meta.hlc; });
    QHash<core::Id, int> numberOf;
    for (const core::RecordDocument &v : std::as_const(byAge)) {
        int highest = 0;
        for (const core::Id &replaced : v.replaces) {
            highest = std::max(highest, numberOf.value(replaced));
        }
        numberOf.insert(v.meta.id, highest + 1);
    }
    QList<Row> rows;
    for (const core::RecordDocument &d : std::as_const(shown)) {
        const int number = numberOf.value(d.meta.id);
        const int currentOfDocument = int(std::count_if(
            current.cbegin(), current.cend(), [&](const core::RecordDocument &v) { return sameDocument(v, d); }));
        const bool isCurrent = std::any_of(
            current.cbegin(), current.cend(), [&](const core::RecordDocument &v) { return v.meta.id == d.meta.id; });
        const QString saved = models::formatDateTimeSv(QDateTime::fromMSecsSinceEpoch(d.meta.wallMs));
        const QString author = staff.value(d.meta.authorId);
        const QString versionText = core::isVersioned(d.type)
            ? tr("Version %1 · sparad %2 av %3").arg(number).arg(saved, author)
            : tr("Skriven %1 av %2").arg(saved, author);
        const auto [status, warning] = statusOf(d, today);
        // The card's own words are its fields; a history row says what it was.
        const QString subtitle = history && !isCurrent ? tr("Tidigare version") : QString();
        rows.append({ { DocumentIdRole, core::idToString(d.meta.id) }, { TitleRole, titleOf(d) },
            { SubtitleRole, subtitle }, { VersionRole, versionText }, { FieldsRole, fieldRows(d) },
            { StatusRole, history && !isCurrent ? tr("Ersatt av en senare version") : status },
            { WarningRole, warning && isCurrent }, { ConflictRole, isCurrent && currentOfDocument > 1 } });
    }
    setRows(rows);
}
