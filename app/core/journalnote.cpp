// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/journalnote.h"

#include "app/core/caretime.h"
#include "app/core/enums.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

/** A sentence from the writer's words: trimmed, capitalised, with a full stop. */
QString sentence(const QString &words)
{
    QString s = words.trimmed();
    if (s.isEmpty()) {
        return s;
    }
    s[0] = s.at(0).toUpper();
    if (!s.endsWith(u'.') && !s.endsWith(u'!') && !s.endsWith(u'?')) {
        s += u'.';
    }
    return s;
}

QString clause(const QString &words)
{
    QString s = words.trimmed();
    while (s.endsWith(u'.')) {
        s.chop(1);
    }
    return s;
}

const QString &fieldOf(const JournalNote &note, NoteField field)
{
    switch (field) {
    case NoteField::WithWhom:
        return note.withWhom;
    case NoteField::About:
        return note.about;
    case NoteField::What:
        return note.what;
    case NoteField::Action:
        return note.action;
    case NoteField::Considered:
        return note.considered;
    default:
        return note.text;
    }
}

} // namespace

QList<NoteField> guidedFields(JournalCategory category)
{
    switch (category) {
    case JournalCategory::Contact:
    case JournalCategory::Meeting:
        return { NoteField::WithWhom, NoteField::About };
    case JournalCategory::Complaint:
    case JournalCategory::Deviation:
        return { NoteField::What, NoteField::Action };
    case JournalCategory::Interpreter:
        return { NoteField::What };
    case JournalCategory::ChildInformation:
        return { NoteField::What, NoteField::Action, NoteField::Considered };
    default:
        return {};
    }
}

QString composeJournalText(const JournalNote &note)
{
    QStringList parts;
    switch (note.category) {
    case JournalCategory::Contact:
        parts << u"Kontakt med %1 om %2."_s.arg(clause(note.withWhom), clause(note.about));
        break;
    case JournalCategory::Meeting:
        parts << u"Samtal med %1 om %2."_s.arg(clause(note.withWhom), clause(note.about));
        break;
    case JournalCategory::Complaint:
        parts << u"Synpunkt eller klagomål: %1."_s.arg(clause(note.what))
              << u"Det här gjordes: %1."_s.arg(clause(note.action));
        break;
    case JournalCategory::Deviation:
        parts << u"Avvikelse från genomförandeplanen: %1."_s.arg(clause(note.what))
              << u"Orsak: %1."_s.arg(clause(note.action));
        break;
    case JournalCategory::Interpreter:
        parts << u"Tolk eller kommunikationsstöd användes: %1."_s.arg(clause(note.what));
        break;
    case JournalCategory::ChildInformation:
        parts << u"Information till barnet: %1."_s.arg(clause(note.what))
              << u"Barnets åsikt: %1."_s.arg(clause(note.action))
              << u"Så här togs hänsyn till barnets åsikt: %1."_s.arg(clause(note.considered));
        break;
    default:
        break;
    }
    if (!note.text.trimmed().isEmpty()) {
        parts << sentence(note.text);
    }
    if (note.health) {
        parts << (note.hslRecorded ? u"Dokumenterat också i patientjournalen."_s
                                   : u"Gäller hälsan: ska också dokumenteras i patientjournalen."_s);
    }
    return parts.join(u' ');
}

QList<NoteFinding> checkNote(const JournalNote &note, qint64 nowMs, const QHash<Id, QDate> &movedIn)
{
    QList<NoteFinding> findings;
    if (note.residentIds.isEmpty()) {
        findings.append({ NoteField::Residents, NoteProblem::Missing });
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, careTimeZone());
    if (!note.eventDate.isValid()) {
        findings.append({ NoteField::EventDate, NoteProblem::Missing });
    } else {
        const qint64 eventMs = careInstantMs(note.eventDate, note.eventTime.isValid() ? note.eventTime : QTime(0, 0));
        if (note.eventDate > now.date() || eventMs > nowMs) {
            findings.append({ NoteField::EventDate, NoteProblem::InFuture });
        }
        for (const Id &resident : note.residentIds) {
            const QDate in = movedIn.value(resident);
            if (in.isValid() && note.eventDate < in) {
                findings.append({ NoteField::EventDate, NoteProblem::BeforeAdmission });
                break;
            }
        }
    }
    const QList<NoteField> guided = guidedFields(note.category);
    for (const NoteField field : guided) {
        if (fieldOf(note, field).trimmed().isEmpty()) {
            findings.append({ field, NoteProblem::Missing });
        }
    }
    if (guided.isEmpty() && note.text.trimmed().isEmpty()) {
        findings.append({ NoteField::Text, NoteProblem::Missing });
    }
    if (composeJournalText(note).size() > kMaxJournalText) {
        findings.append({ NoteField::Text, NoteProblem::TooLong });
    }
    return findings;
}

QByteArray encodeDraft(const JournalNote &note)
{
    QJsonArray residents;
    for (const Id &id : note.residentIds) {
        residents.append(idToString(id));
    }
    const QJsonObject o { { u"v"_s, 1 }, { u"residents"_s, residents },
        { u"date"_s, note.eventDate.toString(Qt::ISODate) },
        { u"time"_s, note.eventTime.isValid() ? note.eventTime.toString(u"HH:mm"_s) : QString() },
        { u"category"_s, toCode(note.category) }, { u"withWhom"_s, note.withWhom }, { u"about"_s, note.about },
        { u"what"_s, note.what }, { u"action"_s, note.action }, { u"considered"_s, note.considered },
        { u"text"_s, note.text }, { u"health"_s, note.health }, { u"hslRecorded"_s, note.hslRecorded } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<JournalNote> decodeDraft(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || doc.object().value(u"v"_s).toInt() != 1) {
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const auto category = fromCode<JournalCategory>(o.value(u"category"_s).toString());
    if (!category) {
        return std::nullopt;
    }
    JournalNote note;
    for (const QJsonValue &id : o.value(u"residents"_s).toArray()) {
        const Id resident = idFromString(id.toString());
        if (resident.isNull()) {
            return std::nullopt;
        }
        note.residentIds.append(resident);
    }
    note.eventDate = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
    note.eventTime = QTime::fromString(o.value(u"time"_s).toString(), u"HH:mm"_s);
    note.category = *category;
    note.withWhom = o.value(u"withWhom"_s).toString();
    note.about = o.value(u"about"_s).toString();
    note.what = o.value(u"what"_s).toString();
    note.action = o.value(u"action"_s).toString();
    note.considered = o.value(u"considered"_s).toString();
    note.text = o.value(u"text"_s).toString();
    note.health = o.value(u"health"_s).toBool();
    note.hslRecorded = o.value(u"hslRecorded"_s).toBool();
    return note;
}

} // namespace akten::core
