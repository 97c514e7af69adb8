// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/journalnotecontroller.h"

#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/enums.h"
#include "app/models/caseclosureservice.h"
#include "app/models/journalservice.h"
#include "app/models/modelsupport.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using akten::core::JournalCategory;
using akten::core::NoteField;

Q_LOGGING_CATEGORY(lcNote, "akten.models.journal")

namespace {

static_assert(int(JournalNoteController::Field::Text) == int(NoteField::Text)
        && int(JournalNoteController::Field::WithWhom) == int(NoteField::WithWhom),
    "JournalNoteController::Field mirrors core::NoteField");

constexpr int kDraftDelayMs = 500;

/** The quick note's kinds, in the order of the guideline's list of what the journal must show. */
constexpr JournalCategory kQuickCategories[]
    = { JournalCategory::Execution, JournalCategory::GoalProgress, JournalCategory::ChangedNeeds,
          JournalCategory::Deviation, JournalCategory::Influence, JournalCategory::Meeting, JournalCategory::Contact,
          JournalCategory::Complaint, JournalCategory::Interpreter, JournalCategory::ChildInformation,
          JournalCategory::Document, JournalCategory::InsatsStarted, JournalCategory::InsatsEnded };

QString problemText(akten::core::NoteProblem problem, NoteField field)
{
    using akten::core::NoteProblem;
    switch (problem) {
    case NoteProblem::Missing:
        switch (field) {
        case NoteField::Residents:
            return JournalNoteController::tr("Välj vem anteckningen gäller.");
        case NoteField::EventDate:
            return JournalNoteController::tr("Välj när det hände.");
        case NoteField::Text:
            return JournalNoteController::tr("Skriv vad som hände.");
        default:
            return JournalNoteController::tr("Fyll i det här.");
        }
    case NoteProblem::InFuture:
        return JournalNoteController::tr("Det kan inte ha hänt senare än nu. Välj en tidigare tid.");
    case NoteProblem::BeforeAdmission:
        return JournalNoteController::tr("Det är före inflyttningen. Välj en senare dag.");
    case NoteProblem::TooLong:
        return JournalNoteController::tr("Texten är för lång (högst %1 tecken). Dela upp den i flera anteckningar.")
            .arg(akten::core::kMaxJournalText);
    case NoteProblem::OutOfScope:
        return JournalNoteController::tr("Den boende finns inte bland dina boende.");
    }
    return {};
}

} // namespace

JournalNoteController::JournalNoteController(akten::store::Database &db, akten::store::MasterDataRepository &master,
    JournalService &journal, const akten::core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_master(master)
    , m_journal(journal)
    , m_clock(clock)
    , m_categories(new FilterChoiceListModel(this))
    , m_tips(new WritingTipsModel(master, this))
    , m_chosen(new FilterChoiceListModel(this))
    , m_addable(new FilterChoiceListModel(this))
{
    QList<FilterChoiceListModel::Choice> choices;
    for (const JournalCategory category : kQuickCategories) {
        choices.append({ QString::number(int(category)), akten::core::labelSv(category) });
    }
    m_categories->setChoices(choices);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &JournalNoteController::saveDraft);
}

JournalNoteController::~JournalNoteController()
{
    if (m_draftTimer.isActive()) {
        saveDraft(); // what was typed last is not lost when the app quits
    }
}

void JournalNoteController::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    if (m_draftTimer.isActive()) {
        saveDraft();
    }
    m_viewer = viewer;
    reset();
    clearSavedText(); // the next user does not see whose note was saved
}

void JournalNoteController::reset()
{
    m_draftTimer.stop();
    m_note = {};
    m_when = When::Now;
    m_draftId = {};
    m_findings.clear();
    m_message.clear();
    m_saveQuestion.clear();
    m_draftText.clear();
    residentsChanged();
    m_tips->check({});
    Q_EMIT changed();
    Q_EMIT draftChanged();
}

bool JournalNoteController::openFor(const QString &residentId)
{
    const auto id = akten::core::idFromString(residentId);
    const auto resident = m_master.resident(id);
    if (!m_viewer || !resident || !akten::auth::inScope(*m_viewer, resident.value())) {
        return false;
    }
    reset();
    const qint64 now = m_clock.nowMs();
    // The author's newest draft that includes this resident comes back as it was left.
    const auto drafts = akten::store::JournalRepository(m_db).drafts(m_viewer->staffId);
    for (const auto &draft : drafts ? drafts.value() : QList<akten::store::JournalDraft> {}) {
        const auto note = akten::core::decodeDraft(draft.body);
        if (note && note->residentIds.contains(id)) {
            m_note = *note;
            m_draftId = draft.id;
            m_when = m_note.eventDate == akten::core::careDate(now) ? When::EarlierToday : When::OtherDay;
            m_draftText = tr("Utkast från %1 är tillbaka")
                              .arg(akten::models::formatDateTimeSv(QDateTime::fromMSecsSinceEpoch(draft.updatedMs)));
            residentsChanged();
            m_tips->check(m_note.text);
            Q_EMIT draftChanged();
            Q_EMIT changed();
            return true;
        }
    }
    m_note.residentIds = { id };
    m_note.eventDate = akten::core::careDate(now);
    m_draftId = akten::core::IdGenerator(m_clock).next();
    residentsChanged();
    Q_EMIT changed();
    return true;
}

bool JournalNoteController::addResident(const QString &residentId)
{
    const auto id = akten::core::idFromString(residentId);
    const auto resident = m_master.resident(id);
    if (!isOpen() || !resident || !akten::auth::inScope(*m_viewer, resident.value())
        || m_note.residentIds.contains(id)) {
        return false;
    }
    m_note.residentIds.append(id);
    residentsChanged();
    edited();
    return true;
}

bool JournalNoteController::removeResident(const QString &residentId)
{
    const auto id = akten::core::idFromString(residentId);
    if (m_note.residentIds.size() < 2 || !m_note.residentIds.removeOne(id)) {
        return false;
    }
    residentsChanged();
    edited();
    return true;
}

void JournalNoteController::residentsChanged()
{
    m_tips->setResidents(m_note.residentIds);
    m_tips->check(m_note.text);
    QList<FilterChoiceListModel::Choice> chosen;
    QList<akten::core::Id> units;
    for (const auto &id : std::as_const(m_note.residentIds)) {
        if (const auto resident = m_master.resident(id)) {
            const bool hidden = resident.value().protectedIdentity;
            chosen.append(
                { akten::core::idToString(id), hidden ? tr("Skyddad identitet") : resident.value().displayName() });
            units.append(resident.value().unitId);
        }
    }
    m_chosen->setChoices(chosen);
    // Others for the same event: the same unit, in the staff member's scope; never a protected identity (that
    // record is opened on purpose, with a reason, on its own).
    QList<FilterChoiceListModel::Choice> addable;
    const auto residents = m_viewer && !units.isEmpty()
        ? m_master.residents(units.constFirst())
        : akten::Result<QList<akten::core::Resident>>(QList<akten::core::Resident> {});
    for (const auto &resident : residents ? residents.value() : QList<akten::core::Resident> {}) {
        if (!m_note.residentIds.contains(resident.id) && !resident.protectedIdentity
            && akten::auth::inScope(*m_viewer, resident)) {
            addable.append({ akten::core::idToString(resident.id),
                resident.room.isEmpty() ? resident.displayName()
                                        : tr("%1, %2").arg(resident.displayName(), resident.room) });
        }
    }
    m_addable->setChoices(addable);
}

QString JournalNoteController::residentNames() const
{
    QStringList names;
    for (const auto &id : m_note.residentIds) {
        const auto resident = m_master.resident(id);
        if (resident) {
            names << (resident.value().protectedIdentity ? tr("Skyddad identitet") : resident.value().displayName());
        }
    }
    return names.join(u", "_s);
}

QString JournalNoteController::eventDateText() const
{
    return akten::models::formatDateSv(m_note.eventDate);
}

QString JournalNoteController::eventTimeText() const
{
    return m_when == When::Now ? tr("Nu") : m_note.eventTime.toString(u"HH:mm"_s);
}

void JournalNoteController::setWhen(When when)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), akten::core::careTimeZone());
    m_when = when;
    if (when == When::Now) {
        m_note.eventDate = now.date();
        m_note.eventTime = {};
    } else {
        if (!m_note.eventTime.isValid()) {
            const QTime t = now.time();
            m_note.eventTime = QTime(t.hour(), t.minute() - t.minute() % 15); // the last quarter: a start to adjust
        }
        if (when == When::EarlierToday) {
            m_note.eventDate = now.date();
        } else if (m_note.eventDate == now.date()) {
            m_note.eventDate = now.date().addDays(-1);
        }
    }
    edited();
}

void JournalNoteController::moveTime(int minutes)
{
    if (m_when == When::Now) {
        setWhen(When::EarlierToday);
    }
    m_note.eventTime = m_note.eventTime.addSecs(minutes * 60);
    edited();
}

void JournalNoteController::moveDay(int days)
{
    m_note.eventDate = m_note.eventDate.addDays(days);
    if (m_when != When::OtherDay) {
        setWhen(When::OtherDay);
    }
    edited();
}

void JournalNoteController::setCategory(int category)
{
    m_note.category = JournalCategory(category);
    edited();
}

void JournalNoteController::setField(QString &field, const QString &value)
{
    if (field != value) {
        field = value;
        edited();
    }
}

void JournalNoteController::setWithWhom(const QString &value)
{
    setField(m_note.withWhom, value);
}

void JournalNoteController::setAbout(const QString &value)
{
    setField(m_note.about, value);
}

void JournalNoteController::setWhat(const QString &value)
{
    setField(m_note.what, value);
}

void JournalNoteController::setAction(const QString &value)
{
    setField(m_note.action, value);
}

void JournalNoteController::setConsidered(const QString &value)
{
    setField(m_note.considered, value);
}

void JournalNoteController::setText(const QString &value)
{
    if (m_note.text != value) {
        m_tips->check(value);
    }
    setField(m_note.text, value);
}

void JournalNoteController::setHealth(bool value)
{
    m_note.health = value;
    m_note.hslRecorded = value && m_note.hslRecorded;
    edited();
}

void JournalNoteController::setHslRecorded(bool value)
{
    m_note.hslRecorded = value;
    edited();
}

bool JournalNoteController::asks(int field, int category) const
{
    return akten::core::guidedFields(JournalCategory(category)).contains(NoteField(field));
}

QString JournalNoteController::labelFor(int field, int category) const
{
    const bool child = JournalCategory(category) == JournalCategory::ChildInformation;
    const bool complaint = JournalCategory(category) == JournalCategory::Complaint;
    switch (NoteField(field)) {
    case NoteField::WithWhom:
        return tr("Med vem? (förnamn och titel, eller relation)");
    case NoteField::About:
        return tr("Om vad?");
    case NoteField::What:
        return child    ? tr("Vad berättade du för barnet, när och hur?")
            : complaint ? tr("Vad gäller synpunkten eller klagomålet?")
            : JournalCategory(category) == JournalCategory::Interpreter ? tr("Vilken tolk eller vilket stöd?")
                                                                        : tr("Vad blev inte som i planen?");
    case NoteField::Action:
        return child ? tr("Vad tyckte barnet?") : complaint ? tr("Vad gjordes?") : tr("Varför?");
    case NoteField::Considered:
        return tr("Hur togs hänsyn till barnets åsikt?");
    default:
        return {};
    }
}

QString JournalNoteController::errorFor(int field) const
{
    for (const auto &finding : m_findings) {
        if (int(finding.field) == field) {
            return problemText(finding.problem, finding.field);
        }
    }
    return {};
}

void JournalNoteController::edited()
{
    if (m_when == When::Now) {
        m_note.eventDate = akten::core::careDate(m_clock.nowMs());
    }
    m_findings.clear();
    m_message.clear();
    m_saveQuestion.clear();
    if (!m_draftTimer.isActive()) {
        m_draftTimer.start(); // within half a second of the first unsaved keystroke, however fast one types
    }
    Q_EMIT changed();
}

void JournalNoteController::saveDraft()
{
    m_draftTimer.stop();
    if (!m_viewer || !isOpen()) {
        return;
    }
    const qint64 now = m_clock.nowMs();
    const akten::Status stored = akten::store::JournalRepository(m_db).saveDraft(
        m_draftId, m_viewer->staffId, now, akten::core::encodeDraft(m_note));
    if (!stored) {
        qCWarning(lcNote) << "the draft could not be saved:" << stored.error().message;
        m_draftText = tr("Utkastet kunde inte sparas");
    } else {
        m_draftText = tr("Utkast sparat %1")
                          .arg(QDateTime::fromMSecsSinceEpoch(now, akten::core::careTimeZone()).toString(u"HH:mm"_s));
    }
    Q_EMIT draftChanged();
}

bool JournalNoteController::save()
{
    return write(true);
}

bool JournalNoteController::saveAnyway()
{
    return write(false);
}

void JournalNoteController::dismissQuestion()
{
    m_saveQuestion.clear();
    Q_EMIT changed();
}

bool JournalNoteController::write(bool askFirst)
{
    if (!m_viewer || !isOpen()) {
        return false;
    }
    akten::core::JournalNote note = m_note;
    if (m_when == When::Now) {
        note.eventDate = akten::core::careDate(m_clock.nowMs());
        note.eventTime = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), akten::core::careTimeZone()).time();
        note.eventTime = QTime(note.eventTime.hour(), note.eventTime.minute());
    }
    saveDraft(); // whatever happens below, the words are safe
    m_saveQuestion = askFirst ? m_tips->saveQuestion(akten::core::composeJournalText(note)) : QString();
    if (!m_saveQuestion.isEmpty()) {
        Q_EMIT changed(); // asked once; "Spara ändå" saves, an edit asks again at the next save
        return false;
    }
    const auto outcome = m_journal.save(*m_viewer, note, m_draftId);
    if (!outcome) {
        m_findings = outcome.findings;
        m_message = outcome.problem != JournalService::Problem::StoreFailed
            ? tr("Anteckningen är inte sparad. Se det som är markerat.")
            : CaseClosureService::refusedAsClosed(outcome.logMessage)
            ? tr("Ärendet är avslutat, så akten kan bara läsas. Ingenting sparades.")
            : tr("Det gick inte att spara, och ingenting sparades. Utkastet finns kvar.");
        if (outcome.problem == JournalService::Problem::StoreFailed) {
            qCWarning(lcNote) << "the note could not be saved:" << outcome.logMessage;
        }
        Q_EMIT changed();
        return false;
    }
    const int count = int(outcome.written.size());
    const QString names = residentNames();
    reset();
    m_savedText = count == 1 ? tr("Sparat i journalen: %1.").arg(names)
                             : tr("Sparat i journalen för var och en: %1.").arg(names);
    Q_EMIT savedTextChanged();
    Q_EMIT saved(count);
    return true;
}

void JournalNoteController::close()
{
    if (m_draftTimer.isActive()) {
        saveDraft();
    }
    reset();
}

void JournalNoteController::discard()
{
    if (m_viewer && !m_draftId.isNull()) {
        if (const akten::Status deleted
            = akten::store::JournalRepository(m_db).deleteDraft(m_draftId, m_viewer->staffId);
            !deleted) {
            qCWarning(lcNote) << "the draft could not be deleted:" << deleted.error().message;
        }
    }
    reset();
}

void JournalNoteController::clearSavedText()
{
    if (!m_savedText.isEmpty()) {
        m_savedText.clear();
        Q_EMIT savedTextChanged();
    }
}
