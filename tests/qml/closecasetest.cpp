// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Closing a case through the real screens with touch and key events: the unit manager (Helena Strand, Björkgården)
// opens a resident's record, makes a copy of the journal from the journal section ("Kopia (PDF)": a period that ends
// before it starts is refused at the sheet, then a copy is written into the export folder), goes to "Avslut", is
// refused at the fields without a reason and a final note (nothing written), chooses "Flytt", writes the final note and
// closes the case. The record is then read-only: a banner, no write button in any of its sections (the same scan finds
// them on the open record), no "Ny anteckning", no corrections; the final note tops the
// journal; the archive PDF is in the export folder (0600). A note written to the resident from the resident list is
// refused with the closed-case message and nothing is saved. The real aktenctl counts the closure and shows the audit
// events (write.case_closure, export.case_archive, export.journal_copy). Screenshots at 1280×800.
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "tests/integration/clirunner.h"

#include "app/core/caretime.h"
#include "app/models/caseclosurecontroller.h"
#include "app/models/journalcopycontroller.h"
#include "app/models/journallistmodel.h"
#include "app/models/journalnotecontroller.h"
#include "app/models/nowmodel.h"
#include "app/models/recordcontroller.h"
#include "app/models/residentlistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

namespace {

qint64 countOf(const QString &dir, const QString &kind)
{
    const RunResult stats = runAktenctl({ u"stats"_s, u"--data-dir"_s, dir, u"--json"_s });
    return QJsonDocument::fromJson(stats.out).object().value(kind).toInteger(-1);
}

QJsonArray eventsOf(const QString &dir, const QString &action)
{
    const RunResult audit = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, action });
    return QJsonDocument::fromJson(audit.out).array();
}

int rowsOf(NowModel *now, const QString &residentId)
{
    int rows = 0;
    for (int row = 0; row < now->rowCount(); ++row) {
        rows += now->index(row).data(NowModel::ResidentIdRole).toString() == residentId ? 1 : 0;
    }
    return rows;
}

int modeOf(const QString &path)
{
    struct stat st
    { };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class CloseCaseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QPointingDevice *m_touch = nullptr;

    void touch(QQuickWindow *window, const QString &objectName) { touchTap(window, m_touch, objectName); }
    /**
     * The write buttons (Ny …, Nytt …, Registrera …, Ändra …, Revidera, Följ upp, Återkalla, Rätta, Skriv … but not
     * Skriv ut, Spara … but not the month's signing list as PDF, a copy) the record offers, section by section
     * ("section0".."section12"), as "sectionN: text".
     */
    QStringList writeButtons(QQuickWindow *window)
    {
        QStringList found;
        for (int section = 0; section <= 12; ++section) {
            QQuickItem *tab = findItem(window->contentItem(), u"section%1"_s.arg(section), true);
            if (!tab) {
                found << u"section%1 missing"_s.arg(section);
                continue;
            }
            touch(window, tab->objectName());
            QTest::qWait(250);
            collectWrites(window->contentItem(), section, found);
        }
        return found;
    }
    static void collectWrites(QQuickItem *item, int section, QStringList &found)
    {
        static const QRegularExpression write(
            u"^(Ny |Nytt |Registrera|Ändra|Skapa plan|Revidera|Följ upp|Återkalla|"
            "Rätta$|Skriv (?!ut)|Spara(?! månadslistan)|Avsluta ärendet|Beslut om utlämnande)"_s);
        if (!item->isVisible()) {
            return;
        }
        const QString text = item->property("text").toString();
        if (item->inherits("QQuickAbstractButton") && item->isEnabled() && write.match(text).hasMatch()) {
            found << u"section%1: %2"_s.arg(section).arg(text);
        }
        const auto children = item->childItems();
        for (QQuickItem *child : children) {
            collectWrites(child, section, found);
        }
    }
    void typeInto(QQuickWindow *window, const QString &objectName, const QString &text)
    {
        QQuickItem *field = nullptr;
        QTRY_VERIFY((field = findItem(window->contentItem(), objectName, true)) != nullptr);
        touchTap(window, m_touch, field);
        QTRY_VERIFY(field->hasActiveFocus());
        typeText(window, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_touch = QTest::createTouchDevice();
    }

    void theManagerClosesACaseThroughTheScreens()
    {
        const QString dir = m_tmp.filePath(u"store"_s);
        ManualClock clock(core::careInstantMs(core::careToday(), QTime(14, 0)));
        shell::ShellOptions options { dir, {}, true, false, {} };
        options.clock = &clock;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        window->resize(1280, 800);
        login(*shell.composition, u"04DE0000000001"_s, u"246801"_s); // Helena Strand, enhetschef
        CaseClosureController *closure = shell.composition->caseClosure();
        JournalCopyController *copies = shell.composition->journalCopy();
        QVERIFY(copies->allowed());

        // A resident of her unit, not protected.
        ResidentListModel *residents = shell.composition->residents();
        QString residentId;
        for (int row = 0; row < residents->rowCount() && residentId.isEmpty(); ++row) {
            if (!residents->index(row).data(ResidentListModel::ProtectedIdentityRole).toBool()) {
                residentId = residents->index(row).data(ResidentListModel::ResidentIdRole).toString();
            }
        }
        QVERIFY(!residentId.isEmpty());
        NowModel *now = shell.composition->now();
        now->refresh();
        const int onNowBefore = rowsOf(now, residentId);
        QVERIFY(onNowBefore > 0); // the evening's insatser are still to come at 14:00
        bool opened = false;
        QVERIFY(
            QMetaObject::invokeMethod(window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, residentId)));
        QVERIFY(opened);
        QTest::qWait(600); // the StackView push transition
        QTRY_COMPARE(closure->residentId(), residentId);
        QVERIFY(closure->mayClose());
        QVERIFY(!closure->closed());
        // Open, the record offers its writes (the scan below sees them), in the consent and release sections too.
        const QStringList writesOpen = writeButtons(window);
        qInfo() << "write buttons on the open record:" << writesOpen;
        QVERIFY2(writesOpen.filter(u"Nytt samtycke"_s).size() == 1, qPrintable(writesOpen.join(u"; "_s)));
        QVERIFY2(writesOpen.filter(u"Ny begäran"_s).size() == 1, qPrintable(writesOpen.join(u"; "_s)));
        QVERIFY2(writesOpen.filter(u"Ny anteckning"_s).size() == 1, qPrintable(writesOpen.join(u"; "_s)));

        // The journal section: "Kopia (PDF)"; a period backwards is refused at the sheet, then a week is copied.
        touch(window, u"section3"_s);
        touch(window, u"journalCopyButton"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"copyFrom"_s, true)); // the sheet is open
        const QDate today = core::careToday();
        typeInto(window, u"copyFrom"_s, today.toString(u"yyyy-MM-dd"_s));
        typeInto(window, u"copyTo"_s, today.addDays(-7).toString(u"yyyy-MM-dd"_s));
        touch(window, u"copySave"_s);
        QTRY_COMPARE(copies->errorText(), u"Perioden slutar före den börjar."_s);
        grab(window, u"closecase-01-copy-refused"_s);
        QQuickItem *from = findItem(window->contentItem(), u"copyFrom"_s, true);
        from->setProperty("text", QString());
        QQuickItem *to = findItem(window->contentItem(), u"copyTo"_s, true);
        to->setProperty("text", QString());
        typeInto(window, u"copyFrom"_s, today.addDays(-7).toString(u"yyyy-MM-dd"_s));
        touch(window, u"copySave"_s);
        QTRY_VERIFY(copies->savedText().startsWith(u"Kopian"_s));
        QVERIFY(copies->errorText().isEmpty());
        grab(window, u"closecase-02-copy-saved"_s);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!findItem(window->contentItem(), u"copyFrom"_s, true));

        // "Avslut": nothing chosen or written is refused at the fields, nothing written.
        touch(window, u"section12"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"closeCaseButton"_s, true));
        grab(window, u"closecase-03-form"_s);
        touch(window, u"closeCaseButton"_s);
        QTRY_COMPARE(closure->reasonError(), u"Välj varför ärendet avslutas."_s);
        QCOMPARE(closure->noteError(), u"Skriv slutanteckningen."_s);
        QVERIFY(!closure->closed());
        grab(window, u"closecase-04-refused"_s);

        // "Annat" without saying what: refused at its field.
        touch(window, u"closureReason3"_s);
        typeInto(window, u"closureNote"_s, u"Insatserna avslutades."_s);
        touch(window, u"closeCaseButton"_s);
        QTRY_COMPARE(closure->reasonTextError(), u"Skriv vad skälet är."_s);
        QVERIFY(!closure->closed());

        // "Flytt" and the final note: closed, and the whole case exported for the archive.
        touch(window, u"closureReason0"_s);
        typeInto(window, u"closureNote"_s, u" Flytten till dotterns ort gjordes i samråd med henne."_s);
        touch(window, u"closeCaseButton"_s); // a filled-in form asks once more: it cannot be undone
        QTRY_VERIFY(findItem(window->contentItem(), u"closeCaseConfirm"_s, true));
        QVERIFY(!closure->closed());
        grab(window, u"closecase-04b-confirm"_s);
        touch(window, u"closeCaseCancel"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"closeCaseButton"_s, true));
        QVERIFY(!closure->closed());
        touch(window, u"closeCaseButton"_s);
        touch(window, u"closeCaseConfirm"_s);
        QTRY_VERIFY(closure->closed());
        QVERIFY2(closure->closedText().startsWith(u"Ärendet avslutades "_s), qPrintable(closure->closedText()));
        QTRY_VERIFY2(closure->archivedText().startsWith(u"Hela akten"_s), qPrintable(closure->errorText()));
        QTRY_VERIFY(findItem(window->contentItem(), u"closedBanner"_s, true));
        QVERIFY(!findItem(window->contentItem(), u"closeCaseButton"_s, true));
        grab(window, u"closecase-05-closed"_s);
        // Nu offers nothing more for the resident: nothing can be signed or written in a closed case (what was
        // signed stays in the record's signing list).
        QTRY_VERIFY2(
            rowsOf(now, residentId) == 0, qPrintable(u"%1 → %2"_s.arg(onNowBefore).arg(rowsOf(now, residentId))));
        const QStringList archives = QDir(dir + u"/exports"_s).entryList({ u"akt-arkiv-*.pdf"_s }, QDir::Files);
        QCOMPARE(archives.size(), 1);
        QCOMPARE(modeOf(dir + u"/exports/"_s + archives.first()), 0600);
        {
            // The record's documents, the consent register and the release of records are in the archive.
            QProcess pdftotext;
            pdftotext.start(u"pdftotext"_s, { dir + u"/exports/"_s + archives.first(), u"-"_s });
            QVERIFY(pdftotext.waitForFinished(30000));
            const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
            for (const QString &part : { u"Levnadsberättelse"_s, u"Fullmakter"_s, u"Fallrapporter"_s,
                     u"Samtyckesregister"_s, u"Utlämnande av handlingar"_s }) {
                QVERIFY2(text.contains(part), qPrintable(part));
            }
        }
        QCOMPARE(QDir(dir + u"/exports"_s).entryList({ u"journalkopia-*.pdf"_s }, QDir::Files).size(), 1);

        // The journal: read-only, the final note on top.
        touch(window, u"section3"_s);
        JournalListModel *journal = shell.composition->record()->journal();
        QTRY_VERIFY(journal->rowCount() > 0);
        QCOMPARE(journal->index(0).data(JournalListModel::CategoryRole).toString(), u"Slutanteckning"_s);
        QVERIFY(journal->index(0).data(JournalListModel::TextRole).toString().startsWith(u"Insatserna avslutades."_s));
        QTest::qWait(200);
        QVERIFY(!findItem(window->contentItem(), u"newNoteButton"_s, true));
        QVERIFY(findItem(window->contentItem(), u"journalCopyButton"_s, true)); // reading and copying stay
        grab(window, u"closecase-06-journal-read-only"_s);

        // Closed: no section offers a write.
        const QStringList writesClosed = writeButtons(window);
        QVERIFY2(writesClosed.isEmpty(), qPrintable(writesClosed.join(u"; "_s)));

        // The resident list says the case is closed and offers no new note; the other residents still have theirs.
        QVERIFY(QMetaObject::invokeMethod(window, "goBack"));
        QTest::qWait(600);
        touch(window, u"tabResidents"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"caseClosed_"_s + residentId, true));
        QVERIFY(!findItem(window->contentItem(), u"newNote_"_s + residentId, true));
        int closedRows = 0;
        for (int row = 0; row < shell.composition->residents()->rowCount(); ++row) {
            const QModelIndex index = shell.composition->residents()->index(row);
            if (index.data(ResidentListModel::CaseClosedRole).toBool()) {
                ++closedRows;
                QCOMPARE(index.data(ResidentListModel::ResidentIdRole).toString(), residentId);
            }
        }
        QCOMPARE(closedRows, 1);
        grab(window, u"closecase-07-resident-list"_s);

        // A note page already open when the case closed (the closure came from another tablet by sync) is refused
        // on save with the reason; nothing is saved.
        bool noteOpened = false;
        QVERIFY(
            QMetaObject::invokeMethod(window, "showNote", Q_RETURN_ARG(bool, noteOpened), Q_ARG(QString, residentId)));
        QVERIFY(noteOpened);
        QTRY_VERIFY(findItem(window->contentItem(), u"notePage"_s, true));
        QTest::qWait(600);
        typeInto(window, u"noteText"_s, u"Vi bakade kanelbullar i köket på eftermiddagen."_s);
        touch(window, u"noteSave"_s);
        JournalNoteController *note = shell.composition->note();
        QTRY_COMPARE(note->message(), u"Ärendet är avslutat, så akten kan bara läsas. Ingenting sparades."_s);
        grab(window, u"closecase-08-note-refused"_s);
        QCOMPARE(countOf(dir, u"case_closures"_s), 1);
        shell.composition->session()->logout();

        // The real aktenctl: the closure counted, its audit events, and the copy's and the archive's.
        QCOMPARE(countOf(dir, u"case_closures"_s), 1);
        const QJsonArray closed = eventsOf(dir, u"write.case_closure"_s);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0)[u"resident"_s].toString(), residentId);
        QCOMPARE(closed.at(0)[u"role"_s].toString(), u"unit_manager"_s);
        QCOMPARE(closed.at(0)[u"detail"_s].toString(), u"moved"_s);
        QCOMPARE(eventsOf(dir, u"export.case_archive"_s).size(), 1);
        const QJsonArray copied = eventsOf(dir, u"export.journal_copy"_s);
        QCOMPARE(copied.size(), 1);
        QVERIFY(copied.at(0)[u"detail"_s].toString().startsWith(u"Från och med "_s));
        QVERIFY(eventsOf(dir, u"view.record.closure"_s).size() >= 1);
    }
};

QTEST_MAIN(CloseCaseTest)
#include "closecasetest.moc"
