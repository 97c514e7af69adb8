// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Day notes through the real screens with touch and key events: the "Daganteckningar" tab, an empty note refused at
// the field with nothing saved, a note typed and saved into the unit's handover; 76 days later (the injected clock)
// it is in the review queue, and "Flytta till journalen" opens the note form with the prefilled draft, which saves
// into the journal. The purge runs in the app: notes past their 90 days are gone after its daily check.
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "app/core/caretime.h"
#include "app/models/daynotelistmodel.h"
#include "app/models/daynotepurger.h"
#include "app/models/daynotescontroller.h"
#include "app/models/journalnotecontroller.h"
#include "app/models/recordcontroller.h"
#include "app/shell/composition.h"

#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

namespace {

int rowOf(DayNoteListModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(DayNoteListModel::TextRole).toString() == text) {
            return row;
        }
    }
    return -1;
}

/** The review card of the note with `text` in the queue's list view. */
QQuickItem *queueCard(QQuickWindow *window, const QString &text)
{
    QQuickItem *list = findItem(window->contentItem(), u"dayNoteQueue"_s, true);
    if (!list) {
        return nullptr;
    }
    // Bring the note's row into view: a list view makes only the delegates it shows.
    const auto *model = qobject_cast<DayNoteListModel *>(list->property("model").value<QObject *>());
    if (const int row = model ? rowOf(const_cast<DayNoteListModel *>(model), text) : -1; row >= 0) {
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 1)); // ListView.Beginning
    }
    const auto contentItem = list->property("contentItem").value<QQuickItem *>();
    for (QQuickItem *child : contentItem->childItems()) {
        if (child->property("text").toString() == text) {
            return child;
        }
    }
    return nullptr;
}

} // namespace

class DayNotesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QPointingDevice *m_touch = nullptr;

    void touch(QQuickWindow *window, const QString &objectName) { touchTap(window, m_touch, objectName); }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_touch = QTest::createTouchDevice();
    }

    void writeReviewAndMoveThroughTheScreens()
    {
        const QDate written = core::careToday().addDays(-76);
        ManualClock clock(core::careInstantMs(written, QTime(14, 45)));
        shell::ShellOptions options { m_tmp.filePath(u"store"_s), {}, true, false, {} };
        options.clock = &clock;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s);
        DayNotesController *notes = shell.composition->dayNotes();
        QTRY_VERIFY(findItem(window->contentItem(), u"tabDayNotes"_s, true));
        touch(window, u"tabDayNotes"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"dayNotesPage"_s, true));
        const int before = notes->handover()->rowCount();

        // Nothing written: refused at the field, nothing saved.
        touch(window, u"saveDayNote"_s);
        QTRY_COMPARE(notes->textError() + notes->message(), u"Skriv anteckningen."_s);
        QVERIFY(findItem(window->contentItem(), u"dayNoteError"_s, true));
        QCOMPARE(notes->handover()->rowCount(), before);
        grab(window, u"daynotes-01-refused"_s);

        const QString text = u"Nya hörapparater i dag. Laddaren står på byrån i rummet och ska användas varje natt."_s;
        findItem(window->contentItem(), u"dayNoteText"_s, true)->forceActiveFocus();
        typeText(window, text);
        QTRY_VERIFY(notes->textError().isEmpty());
        touch(window, u"saveDayNote"_s);
        QTRY_COMPARE(notes->handover()->rowCount(), before + 1);
        QCOMPARE(notes->handover()->index(0).data(DayNoteListModel::TextRole).toString(), text);
        QCOMPARE(
            notes->handover()->index(0).data(DayNoteListModel::AuthorRole).toString(), u"Anna Berg, undersköterska"_s);
        QCOMPARE(
            notes->handover()->index(0).data(DayNoteListModel::DaysLeftTextRole).toString(), u"Raderas om 90 dagar"_s);
        QCOMPARE(findItem(window->contentItem(), u"dayNoteText"_s, true)->property("text").toString(), QString());
        grab(window, u"daynotes-02-written"_s);

        // 76 days later: the app's daily purge removes what is past 90 days, and the note is in the review queue.
        clock.set(core::careInstantMs(written.addDays(76), QTime(9, 0)));
        shell.composition->dayNotePurger()->check();
        notes->reload();
        QTRY_VERIFY(rowOf(notes->queue(), text) >= 0);
        QCOMPARE(notes->queue()->index(rowOf(notes->queue(), text)).data(DayNoteListModel::DaysLeftRole).toInt(), 14);
        for (int row = 0; row < notes->handover()->rowCount(); ++row) { // nothing older than 90 days is left
            QVERIFY(notes->handover()->index(row).data(DayNoteListModel::DaysLeftRole).toInt() > 0);
        }
        QTRY_VERIFY(queueCard(window, text));
        grab(window, u"daynotes-03-review-queue"_s);

        // "Flytta till journalen": one tap opens the note form with the prefilled draft.
        QQuickItem *card = queueCard(window, text);
        scrollIntoView(window, card);
        touchTap(window, m_touch, findItem(card, u"moveToJournal"_s, true));
        QTRY_VERIFY(findItem(window->contentItem(), u"notePage"_s, true));
        QTest::qWait(600); // the StackView push transition
        JournalNoteController *note = shell.composition->note();
        QVERIFY(note->isOpen());
        QCOMPARE(note->text(), text);
        QCOMPARE(note->eventDateText().isEmpty(), false);
        QCOMPARE(note->when(), JournalNoteController::When::OtherDay);
        QVERIFY(note->draftText().startsWith(u"Utkast från"_s));
        QCOMPARE(rowOf(notes->queue(), text), -1); // reviewed: "moved"
        grab(window, u"daynotes-04-prefilled-draft"_s);
        touch(window, u"noteSave"_s);
        QTRY_VERIFY(!findItem(window->contentItem(), u"notePage"_s, true));
        QVERIFY(notes->handover()
                    ->index(rowOf(notes->handover(), text))
                    .data(DayNoteListModel::ReviewTextRole)
                    .toString()
                    .startsWith(u"Flyttad till journalen av Anna Berg"_s));

        // The resident's record has a "Daganteckningar" section: the note, moved, with the days left.
        const QString residentId = notes->handover()
                                       ->index(rowOf(notes->handover(), text))
                                       .data(DayNoteListModel::ResidentIdRole)
                                       .toString();
        bool opened = false;
        QMetaObject::invokeMethod(window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, residentId));
        QVERIFY(opened);
        QTest::qWait(600); // the StackView push transition
        touch(window, u"section6"_s);
        DayNoteListModel *record = shell.composition->record()->dayNotes();
        QTRY_VERIFY(rowOf(record, text) >= 0);
        QVERIFY(findItem(window->contentItem(), u"recordDayNotes"_s, true));
        grab(window, u"daynotes-05-record-section"_s);

        // A note due for review is reviewed in the record too (the unit's queue shows no words of a protected
        // identity): "Inget att flytta" on it there.
        int due = -1;
        for (int row = 0; row < record->rowCount() && due < 0; ++row) {
            due = record->index(row).data(DayNoteListModel::DueForReviewRole).toBool() ? row : -1;
        }
        QVERIFY2(due >= 0, "the demo resident has a note from 75 to 89 days old");
        const QString dueId = record->index(due).data(DayNoteListModel::NoteIdRole).toString();
        QQuickItem *dueCard = nullptr;
        QTRY_VERIFY((dueCard = [&]() -> QQuickItem * {
            QQuickItem *view = findItem(window->contentItem(), u"recordDayNotes"_s, true);
            QMetaObject::invokeMethod(view, "positionViewAtIndex", Q_ARG(int, due), Q_ARG(int, 1));
            for (QQuickItem *item : view->property("contentItem").value<QQuickItem *>()->childItems()) {
                if (item->property("noteId").toString() == dueId) {
                    return item;
                }
            }
            return nullptr;
        }()) != nullptr);
        touchTap(window, m_touch, findItem(dueCard, u"nothingToMove"_s, true));
        const auto reviewed = [&] {
            for (int row = 0; row < record->rowCount(); ++row) {
                const QModelIndex index = record->index(row);
                if (index.data(DayNoteListModel::NoteIdRole).toString() == dueId) {
                    return index.data(DayNoteListModel::ReviewedRole).toBool();
                }
            }
            return false;
        };
        QTRY_VERIFY(reviewed());
        grab(window, u"daynotes-06-record-review"_s);
        shell.composition->session()->logout();
    }
};

QTEST_MAIN(DayNotesTest)
#include "daynotestest.moc"
