// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The consent register and the release of records through the real screens with touch and key events (issue 17,
// D6/D7). Anna (care staff) opens the record of the resident with the demo's release, shows "Samtycken" (a consent in
// force, one run out, the demo's states), notes a consent to her unit covering the plan: an end before the start is
// refused at its field and nothing is written; corrected, it is saved and shows "Gäller"; then revoked ("Återkallat").
// Under "Utlämnande" she writes down the resident's own request for a copy; she cannot decide it. Helena (unit manager)
// decides: without a recipient check it is refused at the field; with it the copy is released. The real aktenctl
// counts the new records (stats) and finds their audit events (audit). Screenshots: tablet 1280×800 and kiosk
// 1080×1920 (the register shown, nothing writable).
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "tests/integration/clirunner.h"

#include "app/core/caretime.h"
#include "app/models/consentcontroller.h"
#include "app/models/consentlistmodel.h"
#include "app/models/journallistmodel.h"
#include "app/models/recordcontroller.h"
#include "app/models/releasecontroller.h"
#include "app/models/releaselistmodel.h"
#include "app/models/residentlistmodel.h"
#include "app/store/devicestore.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

class ConsentReleaseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QPointingDevice *m_touch = nullptr;
    QString m_dir;
    QString m_residentId;

    void touch(QQuickWindow *window, const QString &objectName) { touchTap(window, m_touch, objectName); }

    /** Touches a text field by objectName, empties it and types into it, key by key. */
    void type(QQuickWindow *window, const QString &field, const QString &text)
    {
        touch(window, field);
        RETURN_IF_FAILED();
        QTRY_VERIFY(findItem(window->contentItem(), field, true)->hasActiveFocus());
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_Backspace);
        typeText(window, text);
    }

    qint64 stat(const QString &kind)
    {
        const RunResult stats = runAktenctl({ u"stats"_s, u"--data-dir"_s, m_dir, u"--json"_s });
        return QJsonDocument::fromJson(stats.out).object().value(kind).toInteger(-1);
    }

    QJsonArray audit(const QString &action)
    {
        const RunResult run = runAktenctl({ u"audit"_s, u"--data-dir"_s, m_dir, u"--json"_s, u"--action"_s, action });
        return QJsonDocument::fromJson(run.out).array();
    }

    /** Opens the record of the resident with the demo's own request for a copy (the first found), on "Utlämnande". */
    bool openResidentWithRelease(Shell &shell)
    {
        ResidentListModel *residents = shell.composition->residents();
        for (int row = 0; row < residents->rowCount(); ++row) {
            const QString id = residents->index(row).data(ResidentListModel::ResidentIdRole).toString();
            if (residents->index(row).data(ResidentListModel::ProtectedIdentityRole).toBool()
                || (!m_residentId.isEmpty() && id != m_residentId)) {
                continue;
            }
            bool opened = false;
            QMetaObject::invokeMethod(shell.window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, id));
            QTest::qWait(600); // the StackView push transition
            QMetaObject::invokeMethod(shell.window, "showSection", Q_ARG(int, int(RecordController::Releases)));
            QTest::qWait(100);
            ReleaseListModel *releases = shell.composition->record()->releases();
            if (opened && releases->rowCount() > 0 && releases->index(0).data(ReleaseListModel::OwnRole).toBool()) {
                m_residentId = id;
                return true;
            }
            QMetaObject::invokeMethod(shell.window, "goBack");
            QTest::qWait(600);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_touch = QTest::createTouchDevice();
        m_dir = m_tmp.filePath(u"store"_s);
    }

    void registerAConsentAndAReleaseThroughTheScreens()
    {
        const QDate today = core::careToday();
        ManualClock clock(core::careInstantMs(today, QTime(10, 0)));
        shell::ShellOptions options { m_dir, {}, true, false, {} };
        options.clock = &clock;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s); // Anna Berg, undersköterska
        QVERIFY(openResidentWithRelease(shell));
        RecordController *record = shell.composition->record();
        const qint64 consentsBefore = stat(u"consent_events"_s);
        const qint64 releasesBefore = stat(u"release_events"_s);
        const qint64 journalBefore = stat(u"journal_entries"_s);
        QVERIFY(consentsBefore > 0 && releasesBefore > 0);

        // The register: the demo's consents, each with its state today.
        touch(window, u"section10"_s);
        ConsentListModel *consents = record->consents();
        QTRY_VERIFY(consents->rowCount() >= 2);
        QStringList states;
        for (int row = 0; row < consents->rowCount(); ++row) {
            states << consents->index(row).data(ConsentListModel::StatusRole).toString();
        }
        QVERIFY2(states.contains(u"Gäller"_s) && states.contains(u"Har gått ut"_s), qPrintable(states.join(u", "_s)));
        grab(window, u"consent-01-register"_s);

        // A new consent to her unit covering the plan; the end typed before the start.
        const int rows = consents->rowCount();
        touch(window, u"newConsent"_s);
        touch(window, u"consentUnit0"_s);
        touch(window, u"consentCoversPlan"_s);
        type(window, u"consentFrom"_s, today.toString(Qt::ISODate));
        type(window, u"consentTo"_s, today.addDays(-1).toString(Qt::ISODate));
        touch(window, u"consentGiver0"_s);
        // Given by the resident: her name is filled in (and can be changed); a representative's field starts empty.
        QQuickItem *giver = findItem(window->contentItem(), u"consentGivenBy"_s, true);
        QVERIFY(giver);
        QCOMPARE(giver->property("text").toString(), record->coverSheet()->property("name").toString());
        touch(window, u"consentGiver1"_s);
        QCOMPARE(giver->property("text").toString(), QString());
        touch(window, u"consentGiver0"_s);
        type(window, u"consentGivenBy"_s, u"Margit Lindqvist"_s);
        touch(window, u"consentForm0"_s);
        touch(window, u"consentSave"_s);
        ConsentController *consentForms = shell.composition->consents();
        QTRY_COMPARE(consentForms->fieldErrors().value(u"validTo"_s).toString(),
            u"Slutdatumet är före startdatumet. Rätta något av datumen."_s);
        QCOMPARE(consentForms->fieldErrors().size(), 1);
        QTRY_VERIFY(findItem(window->contentItem(), u"consentSave"_s, true)); // the form stays, input kept
        QCOMPARE(stat(u"consent_events"_s), consentsBefore);
        grab(window, u"consent-02-end-before-start"_s);

        // Corrected: saved; the register shows it on top, in force.
        type(window, u"consentTo"_s, today.addYears(1).toString(Qt::ISODate));
        touch(window, u"consentSave"_s);
        QTRY_VERIFY(!findItem(window->contentItem(), u"consentSave"_s, true));
        QTRY_COMPARE(consents->rowCount(), rows + 1);
        QCOMPARE(consents->index(0).data(ConsentListModel::StatusRole).toString(), u"Gäller"_s);
        QVERIFY(consents->index(0).data(ConsentListModel::ScopeRole).toString().contains(u"Genomförandeplanen"_s));
        QCOMPARE(stat(u"consent_events"_s), consentsBefore + 1);
        grab(window, u"consent-03-saved"_s);

        // Revoked, orally: a new event; the consent stays and shows "Återkallat".
        touch(window, u"revokeConsent"_s);
        touch(window, u"revokeSave"_s); // nothing said yet: refused at the fields
        QTRY_VERIFY(consentForms->fieldErrors().contains(u"givenBy"_s));
        touch(window, u"revokeGiver0"_s); // the resident themselves: their name is filled in
        QString residentName;
        for (int row = 0; row < shell.composition->residents()->rowCount(); ++row) {
            const QModelIndex index = shell.composition->residents()->index(row);
            if (index.data(ResidentListModel::ResidentIdRole).toString() == m_residentId) {
                residentName = index.data(ResidentListModel::DisplayNameRole).toString();
            }
        }
        QVERIFY(!residentName.isEmpty());
        QTRY_COMPARE(
            findItem(window->contentItem(), u"revokeGivenBy"_s, true)->property("text").toString(), residentName);
        touch(window, u"revokeGiver1"_s); // a representative is someone else: emptied
        QTRY_COMPARE(findItem(window->contentItem(), u"revokeGivenBy"_s, true)->property("text").toString(), QString());
        touch(window, u"revokeGiver0"_s);
        QTRY_COMPARE(
            findItem(window->contentItem(), u"revokeGivenBy"_s, true)->property("text").toString(), residentName);
        touch(window, u"revokeForm1"_s);
        grab(window, u"consent-04-revoke-form"_s);
        touch(window, u"revokeSave"_s);
        QTRY_VERIFY(!findItem(window->contentItem(), u"revokeSave"_s, true));
        QTRY_VERIFY(consents->index(0).data(ConsentListModel::StatusRole).toString().startsWith(u"Återkallat"_s));
        QCOMPARE(consents->rowCount(), rows + 1);
        QCOMPARE(stat(u"consent_events"_s), consentsBefore + 2);
        grab(window, u"consent-05-revoked"_s);

        // "Utlämnande": the resident's own request for a copy, written down; Anna cannot decide it.
        touch(window, u"section11"_s);
        ReleaseListModel *releases = record->releases();
        QTRY_VERIFY(releases->rowCount() > 0);
        grab(window, u"release-01-list"_s);
        const int requests = releases->rowCount();
        touch(window, u"newRelease"_s);
        touch(window, u"requestKind0"_s);
        touch(window, u"requestSave"_s); // who asked and what: refused at the fields
        QTRY_VERIFY(shell.composition->releases()->fieldErrors().contains(u"requester"_s));
        type(window, u"requestRequester"_s, u"Margit Lindqvist"_s);
        touch(window, u"requestAccess1"_s);
        type(window, u"requestCovers"_s, u"social journal från september till november"_s);
        grab(window, u"release-02-request"_s);
        touch(window, u"requestSave"_s);
        QTRY_COMPARE(releases->rowCount(), requests + 1);
        QCOMPARE(releases->index(0).data(ReleaseListModel::StatusRole).toString(), u"Väntar på beslut"_s);
        QVERIFY(!findItem(window->contentItem(), u"decideRelease"_s, true));
        QCOMPARE(stat(u"release_events"_s), releasesBefore + 1);
        shell.composition->session()->logout();

        // Helena, the unit manager, decides.
        login(*shell.composition, u"04DE0000000001"_s, u"246801"_s);
        QVERIFY(openResidentWithRelease(shell));
        touch(window, u"decideRelease"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"decisionSave"_s, true));
        type(window, u"decisionAssessment"_s,
            u"Handlingarna är granskade och innehåller inget som kan skada någon annan."_s);
        touch(window, u"decisionOutcome0"_s);
        touch(window, u"decisionSave"_s); // no recipient check: refused at the field, nothing written
        ReleaseController *releaseForms = shell.composition->releases();
        QTRY_VERIFY(releaseForms->fieldErrors().contains(u"recipientCheck"_s));
        QCOMPARE(releaseForms->fieldErrors().size(), 1);
        QCOMPARE(stat(u"release_events"_s), releasesBefore + 1);
        grab(window, u"release-03-no-recipient-check"_s);
        touch(window, u"decisionChecked"_s);
        type(window, u"decisionCheck"_s, u"id-kort"_s);
        touch(window, u"decisionSave"_s);
        QTRY_VERIFY(!findItem(window->contentItem(), u"decisionSave"_s, true));
        QTRY_COMPARE(releases->index(0).data(ReleaseListModel::StatusRole).toString(), u"Utlämnat"_s);
        QVERIFY(releases->index(0).data(ReleaseListModel::DecisionRole).toString().contains(u"id-kort"_s));
        grab(window, u"release-04-decided"_s);

        // The journal: the consent, its revocation and the release, newest first.
        touch(window, u"section3"_s);
        JournalListModel *journal = record->journal();
        QTRY_VERIFY(journal->rowCount() > 2);
        QVERIFY2(journal->index(0).data(JournalListModel::TextRole).toString().startsWith(u"Utlämnande."_s),
            qPrintable(journal->index(0).data(JournalListModel::TextRole).toString()));
        shell.composition->session()->logout();

        // The real aktenctl: the records counted, their audit events.
        QCOMPARE(stat(u"consent_events"_s), consentsBefore + 2);
        QCOMPARE(stat(u"release_events"_s), releasesBefore + 2);
        QCOMPARE(stat(u"journal_entries"_s), journalBefore + 3);
        const QJsonArray consentEvents = audit(u"write.consent"_s);
        QVERIFY(consentEvents.size() > 2);
        QCOMPARE(consentEvents.at(consentEvents.size() - 2)[u"detail"_s].toString(), u"given"_s);
        QVERIFY(consentEvents.last()[u"detail"_s].toString().startsWith(u"revoked "_s));
        QCOMPARE(consentEvents.last()[u"resident"_s].toString(), m_residentId);
        const QJsonArray decisions = audit(u"write.release_decision"_s);
        QCOMPARE(decisions.last()[u"detail"_s].toString(), u"released"_s);
        QCOMPARE(decisions.last()[u"role"_s].toString(), u"unit_manager"_s);
        QCOMPARE(audit(u"write.release_request"_s).last()[u"detail"_s].toString(), u"resident"_s);
        QVERIFY(!audit(u"view.record.consents"_s).isEmpty());
        QVERIFY(!audit(u"view.record.releases"_s).isEmpty());
    }

    void aPlanOfThePreviousUnitIsShownOnlyWithAConsent()
    {
        const QDate today = core::careToday();
        ManualClock clock(core::careInstantMs(today, QTime(11, 0)));
        shell::ShellOptions options { m_dir, {}, true, false, {} };
        options.clock = &clock;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        {
            // The resident moved in today, from another unit: her plan was set by the unit she lived in before.
            platform::FileKeyProvider keys(platform::defaultDeviceKeyLocation(m_dir).path);
            auto opened = store::DeviceStore::open(m_dir, keys, clock);
            QVERIFY(opened);
            QVERIFY(opened.value().db().exec(u"UPDATE residents SET moved_in = '%1' WHERE id = '%2'"_s.arg(
                today.toString(Qt::ISODate), m_residentId)));
        }
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s);
        bool opened = false;
        QMetaObject::invokeMethod(window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, m_residentId));
        QVERIFY(opened);
        QTest::qWait(600);
        RecordController *record = shell.composition->record();
        touch(window, u"section2"_s);
        QTRY_VERIFY(record->planLocked());
        QVERIFY(!record->plan()->hasPlan());
        QVERIFY(findItem(window->contentItem(), u"planNotice"_s, true));
        QVERIFY(!findItem(window->contentItem(), u"editPlanButton"_s, true));
        grab(window, u"plan-consent-01-needed"_s);

        // The consent to her new unit, covering the plan, through the register's form.
        touch(window, u"section10"_s);
        touch(window, u"newConsent"_s);
        touch(window, u"consentUnit0"_s);
        touch(window, u"consentCoversPlan"_s);
        type(window, u"consentTo"_s, today.addMonths(6).toString(Qt::ISODate));
        touch(window, u"consentGiver0"_s);
        type(window, u"consentGivenBy"_s, u"Margit Lindqvist"_s);
        touch(window, u"consentForm1"_s);
        touch(window, u"consentSave"_s);
        QTRY_VERIFY(!findItem(window->contentItem(), u"consentSave"_s, true));
        touch(window, u"section2"_s);
        QTRY_VERIFY(!record->planLocked());
        QVERIFY(record->plan()->hasPlan());
        QVERIFY2(record->planNotice().startsWith(u"Visas med samtycke som Margit Lindqvist gav"_s),
            qPrintable(record->planNotice()));
        grab(window, u"plan-consent-02-shown"_s);
        const QString consentId = record->consents()->index(0).data(ConsentListModel::IdRole).toString();
        shell.composition->session()->logout();

        // The plan's views: refused without a consent, then shown with the one just noted, named by its id.
        const QJsonArray views = audit(u"view.record.plan"_s);
        QCOMPARE(views.at(views.size() - 2)[u"detail"_s].toString(), u"no consent"_s);
        const QJsonArray consentsGiven = audit(u"write.consent"_s);
        QCOMPARE(views.last()[u"detail"_s].toString(), u"consent "_s + consentId);
        QCOMPARE(consentsGiven.last()[u"detail"_s].toString(), u"given"_s);
    }

    void theKioskShowsTheRegisterWithoutWriting()
    {
        shell::ShellOptions options { m_dir, {}, true, true, {} };
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s);
        bool opened = false;
        QMetaObject::invokeMethod(window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, m_residentId));
        QVERIFY(opened);
        QTest::qWait(600);
        touch(window, u"section10"_s);
        QTRY_VERIFY(shell.composition->record()->consents()->rowCount() > 0);
        QVERIFY(!shell.composition->consents()->writable());
        QVERIFY(!findItem(window->contentItem(), u"newConsent"_s, true));
        QVERIFY(!findItem(window->contentItem(), u"revokeConsent"_s, true));
        grab(window, u"consent-06-kiosk"_s);
        touch(window, u"section11"_s);
        QTRY_VERIFY(shell.composition->record()->releases()->rowCount() > 0);
        QVERIFY(!findItem(window->contentItem(), u"newRelease"_s, true));
        grab(window, u"release-05-kiosk"_s);
    }
};

QTEST_MAIN(ConsentReleaseTest)
#include "consentreleasetest.moc"
