// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/journalnote.h"
#include "app/models/filterchoicelistmodel.h"
#include "app/models/writingtipsmodel.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class JournalService;
namespace akten::core {
class Clock;
}
namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store

/**
 * The quick journal note as the form edits it ("Ny anteckning"): residents, when it happened ("Nu", earlier today,
 * another day), the kind of entry with its guided fields, the writer's words and the HSL boundary. Every change is
 * saved as the author's draft in the encrypted store half a second later (never synced), so a crash or a flat battery
 * loses nothing; opening the form again brings the draft back. "Spara i journalen" checks the note whole and says
 * what is missing at each field in Swedish, nothing saved and the draft kept, or saves one entry per resident and
 * deletes the draft. GUI thread.
 */
class JournalNoteController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    Q_PROPERTY(QString residentNames READ residentNames NOTIFY changed)
    Q_PROPERTY(int category READ category WRITE setCategory NOTIFY changed)
    Q_PROPERTY(When when READ when WRITE setWhen NOTIFY changed)
    Q_PROPERTY(QString eventDateText READ eventDateText NOTIFY changed)
    Q_PROPERTY(QString eventTimeText READ eventTimeText NOTIFY changed)
    Q_PROPERTY(QString withWhom READ withWhom WRITE setWithWhom NOTIFY changed)
    Q_PROPERTY(QString about READ about WRITE setAbout NOTIFY changed)
    Q_PROPERTY(QString what READ what WRITE setWhat NOTIFY changed)
    Q_PROPERTY(QString action READ action WRITE setAction NOTIFY changed)
    Q_PROPERTY(QString considered READ considered WRITE setConsidered NOTIFY changed)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY changed)
    Q_PROPERTY(bool health READ health WRITE setHealth NOTIFY changed)
    Q_PROPERTY(bool hslRecorded READ hslRecorded WRITE setHslRecorded NOTIFY changed)
    Q_PROPERTY(FilterChoiceListModel *categories READ categories CONSTANT)
    // The note's residents (value: id, label: name) and who else in the staff member's scope and the same unit can
    // be added for the same event.
    Q_PROPERTY(FilterChoiceListModel *chosenResidents READ chosenResidents CONSTANT)
    Q_PROPERTY(FilterChoiceListModel *addableResidents READ addableResidents CONSTANT)
    Q_PROPERTY(QString draftText READ draftText NOTIFY draftChanged)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(WritingTipsModel *tips READ tips CONSTANT)
    // What the last save wrote ("Sparat i journalen: Arne Öberg."), until clearSavedText(); "" before.
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedTextChanged)
    // Asked once at save when the text names another resident or holds a personal identity number ("" otherwise).
    Q_PROPERTY(QString saveQuestion READ saveQuestion NOTIFY changed)
    // What is wrong at each field after a refused save, in Swedish ("" when nothing).
    Q_PROPERTY(QString residentsError READ residentsError NOTIFY changed)
    Q_PROPERTY(QString eventDateError READ eventDateError NOTIFY changed)
    Q_PROPERTY(QString withWhomError READ withWhomError NOTIFY changed)
    Q_PROPERTY(QString aboutError READ aboutError NOTIFY changed)
    Q_PROPERTY(QString whatError READ whatError NOTIFY changed)
    Q_PROPERTY(QString actionError READ actionError NOTIFY changed)
    Q_PROPERTY(QString consideredError READ consideredError NOTIFY changed)
    Q_PROPERTY(QString textError READ textError NOTIFY changed)

public:
    /** When it happened: now, earlier today (a time), another day (a date and a time). */
    enum class When { Now, EarlierToday, OtherDay };
    Q_ENUM(When)
    /** The form's fields, for errors at the field (core::NoteField). */
    enum class Field { Residents, EventDate, Category, WithWhom, About, What, Action, Considered, Text };
    Q_ENUM(Field)

    JournalNoteController(akten::store::Database &db, akten::store::MasterDataRepository &master,
        JournalService &journal, const akten::core::Clock &clock, QObject *parent = nullptr);
    ~JournalNoteController() override;
    Q_DISABLE_COPY_MOVE(JournalNoteController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);

    /** Opens the form for a resident (the author's draft for them, if any, comes back). */
    Q_INVOKABLE bool openFor(const QString &residentId);
    /** Another resident for the same event: one entry each, never one text naming the others. */
    Q_INVOKABLE bool addResident(const QString &residentId);
    /** Takes a resident off the note again (never the last one). */
    Q_INVOKABLE bool removeResident(const QString &residentId);
    Q_INVOKABLE void moveTime(int minutes);
    Q_INVOKABLE void moveDay(int days);
    /** The Swedish error for a field, or "" (after a refused save). */
    Q_INVOKABLE QString errorFor(int field) const;
    /**
     * Saves one entry per resident; false with errors at the fields (draft kept), or with saveQuestion set when the
     * text names another resident or holds a personal identity number: then saveAnyway() or an edit.
     */
    Q_INVOKABLE bool save();
    /** "Spara ändå": saves without asking about names and numbers again. */
    Q_INVOKABLE bool saveAnyway();
    /** "Ändra": the question goes away, nothing saved. */
    Q_INVOKABLE void dismissQuestion();
    /** Leaves the form; the draft stays for later. */
    Q_INVOKABLE void close();
    /** Throws the draft away. */
    Q_INVOKABLE void discard();
    Q_INVOKABLE void clearSavedText();

    [[nodiscard]] bool isOpen() const { return !m_note.residentIds.isEmpty(); }
    [[nodiscard]] QString residentNames() const;
    [[nodiscard]] int category() const { return int(m_note.category); }
    [[nodiscard]] When when() const { return m_when; }
    [[nodiscard]] QString eventDateText() const;
    [[nodiscard]] QString eventTimeText() const;
    [[nodiscard]] QString withWhom() const { return m_note.withWhom; }
    [[nodiscard]] QString about() const { return m_note.about; }
    [[nodiscard]] QString what() const { return m_note.what; }
    [[nodiscard]] QString action() const { return m_note.action; }
    [[nodiscard]] QString considered() const { return m_note.considered; }
    [[nodiscard]] QString text() const { return m_note.text; }
    [[nodiscard]] bool health() const { return m_note.health; }
    [[nodiscard]] bool hslRecorded() const { return m_note.hslRecorded; }
    /** The kinds of entry the quick note offers (value: the category as a number), in the guideline's order. */
    [[nodiscard]] FilterChoiceListModel *categories() const { return m_categories; }
    [[nodiscard]] FilterChoiceListModel *chosenResidents() const { return m_chosen; }
    [[nodiscard]] FilterChoiceListModel *addableResidents() const { return m_addable; }
    /** Whether a kind of entry asks for a guided field (core::guidedFields). */
    Q_INVOKABLE bool asks(int field, int category) const;
    /** The question of a guided field for a kind of entry ("Med vem?", "Om vad?", …). */
    Q_INVOKABLE QString labelFor(int field, int category) const;
    [[nodiscard]] QString draftText() const { return m_draftText; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] WritingTipsModel *tips() const { return m_tips; }
    [[nodiscard]] QString saveQuestion() const { return m_saveQuestion; }
    [[nodiscard]] QString savedText() const { return m_savedText; }
    [[nodiscard]] QString residentsError() const { return errorFor(int(Field::Residents)); }
    [[nodiscard]] QString eventDateError() const { return errorFor(int(Field::EventDate)); }
    [[nodiscard]] QString withWhomError() const { return errorFor(int(Field::WithWhom)); }
    [[nodiscard]] QString aboutError() const { return errorFor(int(Field::About)); }
    [[nodiscard]] QString whatError() const { return errorFor(int(Field::What)); }
    [[nodiscard]] QString actionError() const { return errorFor(int(Field::Action)); }
    [[nodiscard]] QString consideredError() const { return errorFor(int(Field::Considered)); }
    [[nodiscard]] QString textError() const { return errorFor(int(Field::Text)); }

    void setCategory(int category);
    void setWhen(When when);
    void setWithWhom(const QString &value);
    void setAbout(const QString &value);
    void setWhat(const QString &value);
    void setAction(const QString &value);
    void setConsidered(const QString &value);
    void setText(const QString &value);
    void setHealth(bool value);
    void setHslRecorded(bool value);

Q_SIGNALS:
    void changed();
    void draftChanged();
    void savedTextChanged();
    /** Saved: `count` entries, one per resident. */
    void saved(int count);

private:
    void edited();
    void setField(QString &field, const QString &value);
    void saveDraft();
    void reset();
    bool write(bool askFirst);
    void residentsChanged();

    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
    JournalService &m_journal;
    const akten::core::Clock &m_clock;
    std::optional<akten::auth::SessionUser> m_viewer;
    akten::core::JournalNote m_note;
    When m_when = When::Now;
    akten::core::Id m_draftId;
    QTimer m_draftTimer;
    QString m_draftText;
    QString m_message;
    QList<akten::core::NoteFinding> m_findings;
    QString m_saveQuestion;
    QString m_savedText;
    FilterChoiceListModel *m_categories; ///< child of this
    WritingTipsModel *m_tips; ///< child of this
    FilterChoiceListModel *m_chosen; ///< child of this
    FilterChoiceListModel *m_addable; ///< child of this
};
