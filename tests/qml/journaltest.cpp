// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A quick journal note through the real screens with touch and key events: "Ny anteckning" from the record, a kind
// with its guided questions, the writer's words; an empty or future note is refused at its field with nothing
// saved; the saved entry is on top of the journal, and the real aktenctl finds it in `stats` and `audit`. Drafts are
// in the encrypted store as one types and survive the process being killed (kill -9) between keystrokes.
#include "tests/qml/killedchild.h"
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "tests/integration/clirunner.h"

#include "app/core/caretime.h"
#include "app/models/journalcorrectioncontroller.h"
#include "app/models/journallistmodel.h"
#include "app/models/journalnotecontroller.h"
#include "app/models/recordcontroller.h"
#include "app/models/residentlistmodel.h"
#include "app/models/writingtipsmodel.h"
#include "app/shell/composition.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickStyle>
#include <QQuickTextDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

namespace {

QQuickItem *inputOf(QQuickWindow *window, const QString &fieldName)
{
    QQuickItem *field = findItem(window->contentItem(), fieldName, true);
    return field ? findItem(field, u"noteInput"_s) : nullptr;
}

qint64 countOf(const QString &dir, const QString &kind)
{
    const RunResult stats = runAktenctl({ u"stats"_s, u"--data-dir"_s, dir, u"--json"_s });
    return QJsonDocument::fromJson(stats.out).object().value(kind).toInteger(-1);
}

} // namespace

class JournalTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QPointingDevice *m_touch = nullptr;

    void touch(QQuickWindow *window, const QString &objectName) { touchTap(window, m_touch, objectName); }

    /** Logs Anna Berg in and opens the journal of her first resident, "Ny anteckning" on screen. */
    QString openNoteForFirstResident(Shell &shell)
    {
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s);
        ResidentListModel *residents = shell.composition->residents();
        QString id;
        for (int row = 0; row < residents->rowCount() && id.isEmpty(); ++row) {
            if (!residents->index(row).data(ResidentListModel::ProtectedIdentityRole).toBool()) {
                id = residents->index(row).data(ResidentListModel::ResidentIdRole).toString();
            }
        }
        bool opened = false;
        QMetaObject::invokeMethod(shell.window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, id));
        QTest::qWait(600); // the StackView push transition
        QMetaObject::invokeMethod(shell.window, "showSection", Q_ARG(int, 3));
        return opened ? id : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_touch = QTest::createTouchDevice();
    }

    void quickNoteThroughTheScreens()
    {
        ManualClock clock(core::careInstantMs(core::careToday(), QTime(15, 40)));
        const QString dir = m_tmp.filePath(u"store"_s);
        qint64 entriesBefore = 0;
        {
            shell::ShellOptions options { dir, {}, true, false, {} };
            options.clock = &clock;
            Shell shell(options);
            QQuickWindow *window = shell.window;
            QVERIFY(window && QTest::qWaitForWindowExposed(window));
            const QString resident = openNoteForFirstResident(shell);
            QVERIFY(!resident.isEmpty());
            JournalListModel *journal = shell.composition->record()->journal();
            QTRY_VERIFY(journal->rowCount() > 0);
            entriesBefore = journal->rowCount();
            touch(window, u"newNoteButton"_s);
            QTRY_VERIFY(findItem(window->contentItem(), u"notePage"_s, true));
            QTest::qWait(600); // the StackView push transition
            JournalNoteController *note = shell.composition->note();
            QVERIFY(note->isOpen());
            grab(window, u"journal-00-note-open"_s);

            // Nothing written: refused at the field, nothing saved.
            touch(window, u"noteSave"_s);
            QTRY_COMPARE(note->textError(), u"Skriv vad som hände."_s);
            QVERIFY(findItem(window->contentItem(), u"noteTextError"_s, true));
            grab(window, u"journal-01-note-refused"_s);

            // A contact: the guided questions, then the words.
            touch(window, u"category%1"_s.arg(int(core::JournalCategory::Contact)));
            QTRY_VERIFY(inputOf(window, u"noteField%1"_s.arg(int(JournalNoteController::Field::WithWhom))));
            inputOf(window, u"noteField%1"_s.arg(int(JournalNoteController::Field::WithWhom)))->forceActiveFocus();
            typeText(window, u"sjuksköterskan Maria"_s);
            inputOf(window, u"noteField%1"_s.arg(int(JournalNoteController::Field::About)))->forceActiveFocus();
            typeText(window, u"att såret på foten läker"_s);
            findItem(window->contentItem(), u"noteText"_s, true)->forceActiveFocus();
            typeText(window, u"Jag bytte förbandet som Maria visade. Det blöder inte längre."_s);
            QTRY_VERIFY(note->draftText().startsWith(u"Utkast sparat 15:40"_s));

            // "Tidigare i dag" then later than now: refused at the time, draft kept.
            touch(window, u"whenEarlier"_s);
            for (int i = 0; i < 2; ++i) {
                touch(window, u"timeLater"_s);
            }
            touch(window, u"noteSave"_s);
            QTRY_VERIFY(note->eventDateError().startsWith(u"Det kan inte ha hänt senare än nu"_s));
            grab(window, u"journal-02-note-future"_s);
            for (int i = 0; i < 6; ++i) {
                touch(window, u"timeEarlier"_s);
            }
            // A health matter: the HSL boundary and its checkbox.
            touch(window, u"noteHealth"_s);
            QTRY_VERIFY(findItem(window->contentItem(), u"noteHslRecorded"_s, true));
            touch(window, u"noteHslRecorded"_s);
            QTRY_VERIFY(note->hslRecorded());
            grab(window, u"journal-03-note-contact"_s);
            touch(window, u"noteSave"_s);
            QTRY_VERIFY(!findItem(window->contentItem(), u"notePage"_s, true));
            QTRY_COMPARE(journal->rowCount(), entriesBefore + 1);
            const QString top = journal->index(0).data(JournalListModel::TextRole).toString();
            QVERIFY2(top.startsWith(u"Kontakt med sjuksköterskan Maria om att såret på foten läker. Jag bytte"_s),
                qPrintable(top));
            QVERIFY(top.endsWith(u"Dokumenterat också i patientjournalen."_s));
            QCOMPARE(journal->index(0).data(JournalListModel::AuthorRole).toString(), u"Anna Berg, undersköterska"_s);
            grab(window, u"journal-04-saved"_s);

            // Rätta: the new wording and why are needed; the original stays, struck through, with the correction.
            touch(window, u"correctButton"_s);
            QTRY_VERIFY(findItem(window->contentItem(), u"correctionSave"_s, true));
            QQuickItem *wording = findItem(window->contentItem(), u"correctionText"_s, true);
            wording->setProperty("text", QString());
            touch(window, u"correctionSave"_s);
            JournalCorrectionController *corrections = shell.composition->corrections();
            QTRY_COMPARE(corrections->textError(), u"Skriv texten."_s);
            QCOMPARE(corrections->reasonError(), u"Skriv varför."_s);
            wording->forceActiveFocus();
            typeText(window, u"Kontakt med sjuksköterskan Maria om såret på vänster fot."_s);
            findItem(window->contentItem(), u"correctionReason"_s, true)->forceActiveFocus();
            typeText(window, u"Fel fot angavs."_s);
            touch(window, u"correctionSave"_s);
            QTRY_VERIFY(journal->index(0).data(JournalListModel::CorrectedRole).toBool());
            QCOMPARE(journal->index(0).data(JournalListModel::TextRole).toString(), top); // the original, readable
            QVERIFY(
                journal->index(0).data(JournalListModel::CorrectionsRole).toString().contains(u"Fel fot angavs."_s));
            grab(window, u"journal-05-corrected"_s);

            // Den enskilde invänder: recorded beside the entry.
            touch(window, u"objectButton"_s);
            QTRY_VERIFY(findItem(window->contentItem(), u"correctionSave"_s, true));
            findItem(window->contentItem(), u"correctionText"_s, true)->forceActiveFocus();
            typeText(window, u"Gösta säger att det var Maria som bytte förbandet, inte personalen."_s);
            touch(window, u"correctionSave"_s);
            QTRY_VERIFY(
                journal->index(0).data(JournalListModel::ObjectionsRole).toString().contains(u"Maria som bytte"_s));
            grab(window, u"journal-06-objection"_s);

            // Search (Swedish letters, words as typed or longer) and the filter by kind.
            journal->setQuery(u"förband såret"_s);
            QTRY_COMPARE(journal->rowCount(), 1);
            journal->setQuery(u"vänster"_s); // in the correction's wording
            QCOMPARE(journal->rowCount(), 1);
            journal->setQuery(u"finnsinteialls"_s);
            QCOMPARE(journal->rowCount(), 0);
            journal->setQuery({});
            journal->setFilterCategory(int(core::JournalCategory::Contact));
            QVERIFY(journal->rowCount() >= 1);
            for (int row = 0; row < journal->rowCount(); ++row) {
                QCOMPARE(journal->index(row).data(JournalListModel::CategoryCodeRole).toInt(),
                    int(core::JournalCategory::Contact));
            }
            journal->setFilterCategory(-1);
            shell.composition->session()->logout();
        }
        // The real aktenctl: the entry is there and so is its audit event; the draft is gone.
        QCOMPARE(countOf(dir, u"journal_entries"_s) > 0, true);
        const RunResult audit
            = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"write.journal"_s });
        const QJsonArray events = QJsonDocument::fromJson(audit.out).array();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last()[u"detail"_s].toString(), u"contact"_s);
        QCOMPARE(events.last()[u"role"_s].toString(), u"care_staff"_s);
        platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
        auto opened = store::DeviceStore::open(dir, keys, clock);
        QVERIFY(opened);
        const auto anna = store::JournalRepository(opened.value().db())
                              .drafts(core::idFromString(events.last()[u"staff"_s].toString()));
        QVERIFY(anna && anna.value().isEmpty());
    }

    /**
     * The writing assistant as one types: marks in the text (amber underline), a tip per finding with its
     * kind, one-tap fix and "Behåll"; another resident's name asks once at save ("Ändra" / "Spara ändå").
     */
    void assistantAsOneTypes()
    {
        const QString dir = m_tmp.filePath(u"assistant"_s);
        Shell shell({ dir, {}, true, false, {} });
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        const QString resident = openNoteForFirstResident(shell);
        QVERIFY(!resident.isEmpty());
        // Another resident of the same unit, named in the text.
        ResidentListModel *residents = shell.composition->residents();
        QString unit;
        QString other;
        for (int row = 0; row < residents->rowCount(); ++row) {
            const QModelIndex index = residents->index(row);
            if (index.data(ResidentListModel::ResidentIdRole).toString() == resident) {
                unit = index.data(ResidentListModel::UnitNameRole).toString();
            }
        }
        for (int row = 0; row < residents->rowCount() && other.isEmpty(); ++row) {
            const QModelIndex index = residents->index(row);
            if (index.data(ResidentListModel::ResidentIdRole).toString() != resident
                && index.data(ResidentListModel::UnitNameRole).toString() == unit
                && !index.data(ResidentListModel::ProtectedIdentityRole).toBool()) {
                other = index.data(ResidentListModel::DisplayNameRole).toString();
            }
        }
        QVERIFY(!other.isEmpty());
        JournalListModel *journal = shell.composition->record()->journal();
        QTRY_VERIFY(journal->rowCount() > 0);
        const qint64 entriesBefore = journal->rowCount();
        touch(window, u"newNoteButton"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"notePage"_s, true));
        QTest::qWait(600); // the StackView push transition
        QQuickItem *words = findItem(window->contentItem(), u"noteText"_s, true);
        words->forceActiveFocus();
        typeText(window, u"Ssk Maria kom. Jag satt med %1 vid kaffet. Hon var aggressiv."_s.arg(other));

        JournalNoteController *note = shell.composition->note();
        WritingTipsModel *tips = note->tips();
        QTRY_COMPARE(tips->rowCount(), 3);
        QStringList kinds;
        for (int row = 0; row < tips->rowCount(); ++row) {
            kinds << tips->index(row).data(WritingTipsModel::KindRole).toString();
        }
        QCOMPARE(kinds, QStringList({ u"Förkortning"_s, u"Annan boendes namn"_s, u"Värderande ord"_s }));
        QCOMPARE(tips->index(0).data(WritingTipsModel::FixLabelRole).toString(), u"Byt till: Sjuksköterska"_s);
        // The marks are in the text as it is drawn: an underline under "Ssk", nothing under "Maria".
        auto *document = words->property("textDocument").value<QQuickTextDocument *>()->textDocument();
        const auto formats = document->firstBlock().layout()->formats();
        const auto under = [&](int position) {
            return std::any_of(formats.cbegin(), formats.cend(), [&](const QTextLayout::FormatRange &range) {
                return position >= range.start && position < range.start + range.length
                    && range.format.underlineStyle() == QTextCharFormat::SingleUnderline;
            });
        };
        QVERIFY(under(0) && under(2));
        QVERIFY(!under(5));
        grab(window, u"journal-07-assistant"_s);

        // One tap fixes the abbreviation; "Behåll" keeps the judging word and its tip stays away.
        touch(window, u"tipFix0"_s);
        QTRY_VERIFY(note->text().startsWith(u"Sjuksköterska Maria kom."_s));
        QTRY_COMPARE(tips->rowCount(), 2);
        touch(window, u"tipKeep1"_s);
        QTRY_COMPARE(tips->rowCount(), 1);
        words->forceActiveFocus();
        typeText(window, u" Hon ville inte."_s);
        QTRY_VERIFY(note->text().endsWith(u"Hon ville inte."_s));
        QCOMPARE(tips->rowCount(), 1);
        QCOMPARE(tips->index(0).data(WritingTipsModel::KindRole).toString(), u"Annan boendes namn"_s);

        // Another resident's name at save: asked once, nothing saved; "Ändra" goes back, "Spara ändå" saves.
        touch(window, u"noteSave"_s);
        QTRY_COMPARE(note->saveQuestion(), u"Texten nämner en annan boende."_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"saveQuestionText"_s, true));
        grab(window, u"journal-08-save-question"_s);
        QCOMPARE(journal->rowCount(), entriesBefore);
        touch(window, u"saveQuestionChange"_s);
        QTRY_VERIFY(note->saveQuestion().isEmpty());
        QVERIFY(note->isOpen());
        touch(window, u"noteSave"_s);
        QTRY_VERIFY(!note->saveQuestion().isEmpty());
        touch(window, u"saveQuestionAnyway"_s);
        QTRY_VERIFY(!findItem(window->contentItem(), u"notePage"_s, true));
        QTRY_COMPARE(journal->rowCount(), entriesBefore + 1);
        shell.composition->session()->logout();
    }

    /**
     * "Ny anteckning" straight from the resident list, a second resident for the same event ("Lägg till boende"),
     * one entry saved for each (two `write.journal` audit events), and the first resident taken off again before.
     */
    void severalResidentsFromTheResidentList()
    {
        const QString dir = m_tmp.filePath(u"several"_s);
        qint64 entriesBefore = -1;
        {
            Shell shell({ dir, {}, true, false, {} });
            QVERIFY2(shell.window && QTest::qWaitForWindowExposed(shell.window), "window");
            login(*shell.composition, u"04DE0000000002"_s, u"246802"_s);
            QQuickWindow *window = shell.window;
            touch(window, u"tabResidents"_s);
            ResidentListModel *residents = shell.composition->residents();
            QString id;
            for (int row = 0; row < residents->rowCount() && id.isEmpty(); ++row) {
                if (!residents->index(row).data(ResidentListModel::ProtectedIdentityRole).toBool()) {
                    id = residents->index(row).data(ResidentListModel::ResidentIdRole).toString();
                }
            }
            touch(window, u"newNote_"_s + id);
            QTRY_VERIFY(findItem(window->contentItem(), u"notePage"_s, true));
            QTest::qWait(600); // the StackView push transition
            JournalNoteController *note = shell.composition->note();
            QCOMPARE(note->chosenResidents()->rowCount(), 1);
            const int addable = note->addableResidents()->rowCount();
            QVERIFY(addable > 0);
            touch(window, u"noteAddResident"_s);
            touch(window, u"addResident0"_s);
            QTRY_COMPARE(note->chosenResidents()->rowCount(), 2);
            QCOMPARE(note->addableResidents()->rowCount(), addable - 1);
            touch(window, u"noteAddResident"_s);
            touch(window, u"addResident0"_s);
            QTRY_COMPARE(note->chosenResidents()->rowCount(), 3);
            grab(window, u"journal-09-several-residents"_s);
            touch(window, u"noteRemoveResident0"_s); // the first one was not there after all
            QTRY_COMPARE(note->chosenResidents()->rowCount(), 2);
            QVERIFY(!note->residentNames().contains(
                residents->index(0).data(ResidentListModel::DisplayNameRole).toString()));
            findItem(window->contentItem(), u"noteText"_s, true)->forceActiveFocus();
            typeText(window, u"Vi bakade kanelbullar i köket på eftermiddagen."_s);
            QTRY_VERIFY(note->text().endsWith(u"eftermiddagen."_s));
            entriesBefore = countOf(dir, u"journal_entries"_s);
            touch(window, u"noteSave"_s);
            QTRY_VERIFY(!findItem(window->contentItem(), u"notePage"_s, true));
            // Back on the resident list, the writer is told what was saved; logging out forgets it.
            QVERIFY(note->savedText().startsWith(u"Sparat i journalen för var och en: "_s));
            QTRY_VERIFY(findItem(window->contentItem(), u"noteSavedMessage"_s, true));
            grab(window, u"journal-11-saved-message"_s);
            shell.composition->session()->logout();
            QVERIFY(note->savedText().isEmpty());
        }
        QCOMPARE(countOf(dir, u"journal_entries"_s), entriesBefore + 2);
        const RunResult audit
            = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"write.journal"_s });
        const QJsonArray events = QJsonDocument::fromJson(audit.out).array();
        QVERIFY(events.size() >= 2);
        QVERIFY(events.at(events.size() - 1)[u"resident"_s] != events.at(events.size() - 2)[u"resident"_s]);
    }

    /** The child process of draftsSurviveAKilledProcess: types a note, saying how far it got, until it is killed. */
    void typeUntilKilled()
    {
        const QString dir = childStoreDir();
        if (dir.isEmpty()) {
            QSKIP("run by draftsSurviveAKilledProcess");
        }
        Shell shell({ dir, {}, true, false, {} });
        QVERIFY(shell.window && QTest::qWaitForWindowExposed(shell.window));
        QVERIFY(!openNoteForFirstResident(shell).isEmpty());
        touch(shell.window, u"newNoteButton"_s);
        QTRY_VERIFY(findItem(shell.window->contentItem(), u"noteText"_s, true));
        QTest::qWait(600); // the StackView push transition
        findItem(shell.window->contentItem(), u"noteText"_s, true)->forceActiveFocus();
        typeSlowlyUntilKilled(shell.window, u"Margit ville gå ut i trädgården efter lunchen och vi gick en sväng."_s);
    }

    void draftsSurviveAKilledProcess()
    {
        const QString dir = m_tmp.filePath(u"killed"_s);
        const int typed = killChildAfterTyping(u"typeUntilKilled"_s, dir, 30, 60'000); // mid-sentence
        QVERIFY2(typed >= 30, "the child typed 30 characters and died by SIGKILL");
        // The store opens, verifies, and the draft holds what was typed up to half a second before the kill.
        const RunResult verify = runAktenctl({ u"verify"_s, u"--data-dir"_s, dir });
        QCOMPARE(verify.out.trimmed(), QByteArray("ok"));
        platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
        core::SystemClock clock;
        auto opened = store::DeviceStore::open(dir, keys, clock);
        QVERIFY(opened);
        auto drafts = opened.value().db().prepare(u"SELECT body FROM journal_drafts"_s);
        QVERIFY(drafts);
        QVERIFY(drafts.value().step().value());
        const auto note = core::decodeDraft(drafts.value().text(0).toUtf8());
        QVERIFY(note);
        QVERIFY2(note->text.size() >= 20
                && u"Margit ville gå ut i trädgården efter lunchen och vi gick en sväng."_s.startsWith(note->text),
            qPrintable(note->text));
        qInfo("killed after %d characters; the draft holds %lld", typed, qint64(note->text.size()));
    }
};

QTEST_MAIN(JournalTest)
#include "journaltest.moc"
