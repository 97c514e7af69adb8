// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The record's documents through the real screens with touch and key events (domain.md D1): Anna, Margit's
// kontaktman, opens the record; saves a new version of the cover sheet (the third, the earlier kept); registers a
// letter — first with nothing chosen and then dated tomorrow, both refused at their fields with nothing written —
// and it shows in the register with the master documents; writes a fall report and goes through the fall-prevention
// checklist in its three steps (an unanswered step refused); revokes the power of attorney (a new version). The
// journal gets the entries, and the real aktenctl counts the records and finds the audit events, the views included.
// Screenshots: tablet 1280×800 (the record's documents are tablet screens; a wall kiosk shows only its insatser).
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "tests/integration/clirunner.h"

#include "app/core/caretime.h"
#include "app/models/documentform.h"
#include "app/models/documentlistmodel.h"
#include "app/models/journallistmodel.h"
#include "app/models/recordcontroller.h"
#include "app/models/recorddocumentscontroller.h"
#include "app/models/residentlistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

class RecordDocumentsScreensTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QPointingDevice *m_touch = nullptr;
    QQuickWindow *m_window = nullptr;

    void touch(const QString &objectName) { touchTap(m_window, m_touch, objectName); }
    void write(const QString &field, const QString &text)
    {
        touch(u"field_"_s + field);
        QTRY_VERIFY(m_window->activeFocusItem() && m_window->activeFocusItem()->objectName() == u"field_"_s + field);
        typeText(m_window, text);
    }
    QString errorAt(const QString &field)
    {
        QQuickItem *error = findItem(m_window->contentItem(), u"error_"_s + field, true);
        return error ? error->property("text").toString() : QString();
    }
    static QJsonObject stats(const QString &dir)
    {
        const RunResult run = runAktenctl({ u"stats"_s, u"--data-dir"_s, dir, u"--json"_s });
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_touch = QTest::createTouchDevice();
    }

    void writeTheRecordsDocumentsThroughTheScreens()
    {
        const QString dir = m_tmp.filePath(u"store"_s);
        const QDate today = core::careToday();
        ManualClock clock(core::careInstantMs(today, QTime(10, 0)));
        shell::ShellOptions options { dir, {}, true, false, {} };
        options.clock = &clock;
        Shell shell(options);
        m_window = shell.window;
        QVERIFY(m_window && QTest::qWaitForWindowExposed(m_window));
        m_window->resize(1280, 800);
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s); // Anna Berg, Margit's kontaktman
        RecordDocumentsController *docs = shell.composition->recordDocuments();
        DocumentForm *form = docs->form();

        // Margit (the demo's first resident) has two cover sheet versions, a life story, a power of attorney.
        ResidentListModel *residents = shell.composition->residents();
        QString margit;
        for (int row = 0; row < residents->rowCount(); ++row) {
            if (residents->index(row).data(ResidentListModel::DisplayNameRole).toString().startsWith(u"Margit"_s)) {
                margit = residents->index(row).data(ResidentListModel::ResidentIdRole).toString();
            }
        }
        QString gosta;
        for (int row = 0; row < residents->rowCount(); ++row) {
            if (residents->index(row).data(ResidentListModel::DisplayNameRole).toString().startsWith(u"Gösta"_s)) {
                gosta = residents->index(row).data(ResidentListModel::ResidentIdRole).toString();
            }
        }
        QVERIFY(!margit.isEmpty() && !gosta.isEmpty());
        const QJsonObject before = stats(dir);
        bool opened = false;
        QVERIFY(
            QMetaObject::invokeMethod(m_window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, margit)));
        QVERIFY(opened);
        QTest::qWait(600); // the StackView push transition

        // Försättsblad: the current version (2), "Ändra försättsbladet" opens it prefilled; saved as version 3.
        QTRY_COMPARE(docs->coverSheet()->rowCount(), 1);
        QVERIFY(docs->coverSheet()
                    ->index(0)
                    .data(RecordDocumentListModel::VersionRole)
                    .toString()
                    .startsWith(u"Version 2 · sparad"_s));
        grab(m_window, u"documents-01-cover-sheet"_s);
        touch(u"editCoverSheet"_s);
        QTRY_VERIFY(form->isOpen());
        write(u"other"_s, u"Margit vill bli kallad Maggan."_s);
        grab(m_window, u"documents-02-cover-sheet-form"_s);
        touch(u"formSave"_s);
        QTRY_VERIFY(!form->isOpen());
        QTRY_VERIFY(docs->coverSheet()
                        ->index(0)
                        .data(RecordDocumentListModel::VersionRole)
                        .toString()
                        .startsWith(u"Version 3 · sparad"_s));
        QCOMPARE(docs->coverHistory()->rowCount(), 3);
        touch(u"coverSheetHistory"_s);
        grab(m_window, u"documents-03-cover-sheet-versions"_s);

        // Handlingar: a letter registered. Nothing chosen: said at the fields, nothing written; dated tomorrow: the
        // same.
        touch(u"section5"_s);
        DocumentListModel *register_ = shell.composition->record()->documents();
        QTRY_VERIFY(register_->rowCount() > 0);
        const int documentsBefore = register_->rowCount();
        grab(m_window, u"documents-04-register"_s);
        touch(u"registerDocument"_s);
        QTRY_VERIFY(form->isOpen());
        touch(u"formSave"_s);
        QTRY_COMPARE(errorAt(u"document_type"_s), u"Välj vilken handling det är."_s);
        QVERIFY(errorAt(u"document_date"_s).startsWith(u"Skriv ett datum, till exempel "_s));
        QVERIFY(form->isOpen());
        grab(m_window, u"documents-05-register-refused"_s);
        touch(u"field_document_type_letter"_s);
        touch(u"field_direction_received"_s);
        write(u"document_date"_s, today.addDays(1).toString(Qt::ISODate));
        write(u"counterpart"_s, u"Dottern Eva Lindqvist"_s);
        write(u"summary"_s, u"Brev om julfirandet och önskemål om besök på julafton."_s);
        touch(u"formSave"_s);
        QTRY_COMPARE(errorAt(u"document_date"_s), u"Datumet kan inte vara senare än i dag."_s);
        QCOMPARE(stats(dir)[u"register_entries"_s].toInt(), before[u"register_entries"_s].toInt());
        touch(u"field_document_date_today"_s);
        touch(u"formSave"_s);
        QTRY_VERIFY(!form->isOpen());
        QTRY_COMPARE(register_->rowCount(), documentsBefore + 1);
        QCOMPARE(register_->index(0).data(DocumentListModel::KindRole).toString(), u"Brev"_s);
        QCOMPARE(register_->index(0).data(DocumentListModel::TitleRole).toString(), u"Från Dottern Eva Lindqvist"_s);
        grab(m_window, u"documents-06-register-entry"_s);

        // Fall: a report, then the checklist in three steps (a step left unanswered is refused at its questions).
        touch(u"section9"_s);
        QTRY_COMPARE(docs->falls()->rowCount(), 1);
        grab(m_window, u"documents-07-falls"_s);
        touch(u"newFallReport"_s);
        QTRY_VERIFY(form->isOpen());
        touch(u"field_fall_date_today"_s);
        write(u"fall_time"_s, u"07:15"_s);
        write(u"place"_s, u"Korridoren utanför matsalen"_s);
        write(u"what_happened"_s, u"Margit snubblade på rollatorns hjul och satte sig på golvet. Jag såg det hända."_s);
        write(u"injury"_s, u"Ingen synlig skada. Margit sa att det inte gjorde ont."_s);
        touch(u"field_told_nurse_yes"_s);
        touch(u"field_told_relative_no"_s);
        write(u"actions"_s, u"Sjuksköterskan tittade på Margit. Rollatorn lämnad för kontroll."_s);
        grab(m_window, u"documents-08-fall-report-form"_s);
        touch(u"formSave"_s);
        QTRY_VERIFY(!form->isOpen());
        QTRY_COMPARE(docs->falls()->rowCount(), 2);

        touch(u"newFallChecklist"_s);
        QTRY_VERIFY(form->isOpen());
        QCOMPARE(form->stepCount(), 3);
        touch(u"formNext"_s);
        QTRY_COMPARE(errorAt(u"floor"_s), u"Svara ja eller nej."_s);
        QCOMPARE(form->step(), 0);
        grab(m_window, u"documents-09-checklist-refused"_s);
        for (const auto &item : { u"floor"_s, u"light"_s, u"alarm"_s }) {
            touch(u"field_"_s + item + u"_yes"_s);
        }
        touch(u"formNext"_s);
        QTRY_COMPARE(form->step(), 1);
        touch(u"field_aids_no"_s);
        write(u"aids_comment"_s, u"Rollatorns broms tar dåligt."_s);
        touch(u"field_shoes_yes"_s);
        touch(u"field_bed_yes"_s);
        grab(m_window, u"documents-10-checklist-step-2"_s);
        touch(u"formNext"_s);
        QTRY_COMPARE(form->step(), 2);
        for (const auto &item : { u"medication"_s, u"eyesight"_s, u"night_toilet"_s }) {
            touch(u"field_"_s + item + u"_yes"_s);
        }
        touch(u"formSave"_s);
        QTRY_VERIFY(!form->isOpen());
        QTRY_COMPARE(docs->checklists()->rowCount(), 2);
        QCOMPARE(docs->checklists()->index(0).data(RecordDocumentListModel::StatusRole).toString(),
            u"1 punkt att åtgärda"_s);
        grab(m_window, u"documents-11-falls-after"_s);

        // Levnadsberättelse, written with Margit's consent.
        touch(u"section7"_s);
        QTRY_COMPARE(docs->lifeStory()->rowCount(), 1);
        grab(m_window, u"documents-12-life-story"_s);
        touch(u"writeLifeStory"_s);
        QTRY_VERIFY(form->isOpen());
        grab(m_window, u"documents-12b-life-story-form"_s);
        touch(u"formCancel"_s);
        QTRY_VERIFY(!form->isOpen());

        // Fullmakter och medel: the power of attorney revoked today, a new version; the earlier stays.
        touch(u"section8"_s);
        QTRY_COMPARE(docs->powers()->rowCount(), 1);
        grab(m_window, u"documents-13-powers"_s);
        touch(u"power0Revoke"_s);
        QTRY_VERIFY(form->isOpen());
        grab(m_window, u"documents-14-revoke-form"_s);
        touch(u"formSave"_s);
        QTRY_VERIFY(!form->isOpen());
        QTRY_VERIFY(
            docs->powers()->index(0).data(RecordDocumentListModel::StatusRole).toString().startsWith(u"Återkallad "_s));
        grab(m_window, u"documents-15-power-revoked"_s);
        // A new power ending before it starts: said at the field, nothing written; then the agreement's form.
        touch(u"newPower"_s);
        QTRY_VERIFY(form->isOpen());
        write(u"holder"_s, u"Sonen Per Lindqvist"_s);
        write(u"scope"_s, u"Post från Försäkringskassan"_s);
        touch(u"field_valid_from_today"_s);
        write(u"valid_to"_s, today.addDays(-1).toString(Qt::ISODate));
        touch(u"formSave"_s);
        QTRY_COMPARE(errorAt(u"valid_to"_s), u"Slutdatumet kan inte vara före startdatumet."_s);
        grab(m_window, u"documents-15b-power-refused"_s);
        touch(u"formCancel"_s);
        QTRY_VERIFY(!form->isOpen());
        QCOMPARE(docs->powers()->rowCount(), 1);
        touch(u"newAgreement"_s);
        QTRY_VERIFY(form->isOpen());
        grab(m_window, u"documents-15c-agreement-form"_s);
        touch(u"formCancel"_s);
        QTRY_VERIFY(!form->isOpen());

        // The journal: the entries the guideline asks for, newest first.
        touch(u"section3"_s);
        JournalListModel *journal = shell.composition->record()->journal();
        QTRY_VERIFY(journal->rowCount() > 4);
        QStringList texts;
        for (int row = 0; row < 6; ++row) {
            texts << journal->index(row).data(JournalListModel::TextRole).toString();
        }
        const QString joined = texts.join(u"\n"_s);
        QVERIFY2(joined.contains(u"Fullmakten för Dottern Eva Lindqvist är återkallad"_s), qPrintable(joined));
        QVERIFY2(joined.contains(u"Checklistan för förebyggande av fallolyckor är genomgången: 1 punkt att åtgärda."_s),
            qPrintable(joined));
        QVERIFY2(joined.contains(u"Fallrapport skriven om ett fall"_s), qPrintable(joined));
        QVERIFY2(joined.contains(u"Handling inkommen: Brev, från Dottern Eva Lindqvist"_s), qPrintable(joined));

        // Gösta's cover sheet was saved from one version on two tablets: both shown, the newest first, with the
        // notice; a version saved now replaces both.
        QVERIFY(QMetaObject::invokeMethod(m_window, "goBack"));
        QVERIFY(QMetaObject::invokeMethod(m_window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, gosta)));
        QVERIFY(opened);
        QTest::qWait(600);
        QTRY_COMPARE(docs->coverSheet()->rowCount(), 2);
        QVERIFY(docs->coverSheet()->index(0).data(RecordDocumentListModel::ConflictRole).toBool());
        QVERIFY(docs->coverSheet()->index(1).data(RecordDocumentListModel::ConflictRole).toBool());
        touch(u"editCoverSheet"_s); // scrolls the rail's page to the notice first
        QTRY_VERIFY(form->isOpen());
        touch(u"formCancel"_s);
        QTRY_VERIFY(!form->isOpen());
        grab(m_window, u"documents-16-cover-sheet-conflict"_s);
        touch(u"editCoverSheet"_s);
        QTRY_VERIFY(form->isOpen());
        write(u"nurse"_s, u"Sjuksköterska Karin i hemsjukvården"_s);
        touch(u"formSave"_s);
        QTRY_VERIFY(!form->isOpen());
        QTRY_COMPARE(docs->coverSheet()->rowCount(), 1);
        QVERIFY(!docs->coverSheet()->index(0).data(RecordDocumentListModel::ConflictRole).toBool());
        grab(m_window, u"documents-17-cover-sheet-joined"_s);

        // A shorter window (a tablet with the keyboard up, larger text): the section rail scrolls to its last section.
        m_window->resize(1280, 560);
        QVERIFY(QQuickTest::qWaitForPolish(m_window));
        grab(m_window, u"documents-18a-short-window"_s);
        touch(u"section9"_s);
        QTRY_VERIFY(findItem(m_window->contentItem(), u"newFallReport"_s, true));
        grab(m_window, u"documents-18-rail-scrolled"_s);
        m_window->resize(1280, 800);
        shell.composition->session()->logout();

        // The real aktenctl: the records counted, the writes and views audited.
        const QJsonObject after = stats(dir);
        QCOMPARE(after[u"cover_sheet_versions"_s].toInt(), before[u"cover_sheet_versions"_s].toInt() + 2);
        QCOMPARE(after[u"register_entries"_s].toInt(), before[u"register_entries"_s].toInt() + 1);
        QCOMPARE(after[u"fall_reports"_s].toInt(), before[u"fall_reports"_s].toInt() + 1);
        QCOMPARE(after[u"fall_checklists"_s].toInt(), before[u"fall_checklists"_s].toInt() + 1);
        QCOMPARE(after[u"power_of_attorney_versions"_s].toInt(), before[u"power_of_attorney_versions"_s].toInt() + 1);
        QCOMPARE(after[u"record_documents"_s].toInt(), before[u"record_documents"_s].toInt() + 6);
        const RunResult writes = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--resident"_s, margit,
            u"--action"_s, u"write.record_document"_s });
        QStringList details;
        for (const QJsonValue &event : QJsonDocument::fromJson(writes.out).array()) {
            if (!event[u"detail"_s].toString().isEmpty()) { // the demo's own are seeded without one
                details << event[u"detail"_s].toString();
                QCOMPARE(event[u"role"_s].toString(), u"care_staff"_s);
            }
        }
        QCOMPARE(details,
            (QStringList { u"cover_sheet"_s, u"register_entry"_s, u"fall_report"_s, u"fall_checklist"_s,
                u"power_of_attorney"_s }));
        const RunResult views = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--resident"_s, margit,
            u"--action"_s, u"view.record."_s });
        QStringList viewed;
        for (const QJsonValue &event : QJsonDocument::fromJson(views.out).array()) {
            viewed << event[u"action"_s].toString();
        }
        for (const auto &section : { u"view.record.cover"_s, u"view.record.documents"_s, u"view.record.falls"_s,
                 u"view.record.life_story"_s, u"view.record.powers_and_money"_s }) {
            QVERIFY2(viewed.contains(section), qPrintable(section));
        }
    }
};

QTEST_MAIN(RecordDocumentsScreensTest)
#include "recorddocumentscreenstest.moc"
