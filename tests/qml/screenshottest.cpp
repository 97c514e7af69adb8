// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The real QML shell on a demo store: every screen loads without QML warnings in the tablet and kiosk layouts,
// renders something that is not blank, keeps protected identities masked, and is saved as a PNG to look at.
#include "tests/qml/shelltesthelpers.h"

#include "app/models/boardmodel.h"
#include "app/models/planconflictmodel.h"
#include "app/models/planmodel.h"
#include "app/models/recordcontroller.h"
#include "app/models/residentlistmodel.h"
#include "app/models/sessioncontroller.h"
#include "app/models/syncstatusmodel.h"
#include "app/shell/composition.h"
#include "app/shell/translations.h"
#include "app/store/devicestore.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"
#include "sync/client/centralclient.h"
#include "sync/server/sitecredentials.h"
#include "sync/tls/certificates.h"

#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace Qt::StringLiterals;
using akten::test::findItem;
using akten::test::grab;
using akten::test::login;

namespace {
QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && !message.contains(u"XDG_RUNTIME_DIR"_s)) {
        s_warnings << message;
    }
    s_previous(type, context, message);
}
} // namespace

class ScreenshotTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    /** The first resident row for which `wanted` holds (masked residents cannot be opened, so never match). */
    static QString findResident(akten::shell::Composition &composition,
        const std::function<bool(RecordController &, const QModelIndex &)> &wanted)
    {
        ResidentListModel *model = composition.residents();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (index.data(ResidentListModel::ProtectedIdentityRole).toBool()) {
                continue;
            }
            const QString id = index.data(ResidentListModel::ResidentIdRole).toString();
            bool match = composition.record()->openRecord(id);
            for (int section = 1; match && section < RecordController::sectionNames().size(); ++section) {
                composition.record()->viewSection(section);
            }
            match = match && wanted(*composition.record(), index);
            composition.record()->close();
            if (match) {
                return id;
            }
        }
        return {};
    }

    /** The first journal row that has a correction or an objection under it. */
    static QModelIndexList firstCorrected(const JournalListModel &journal)
    {
        return journal.match(journal.index(0), JournalListModel::CorrectionsRole, u"?*"_s, 1, Qt::MatchWildcard);
    }

    /** Scrolls `list` to `row` and returns that delegate (ListView.Center = 1, ListView.Beginning = 0). */
    static QQuickItem *showRow(QQuickItem *list, int row, int mode)
    {
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, mode));
        QTest::qWait(50);
        QQuickItem *item = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, row));
        return item;
    }

    static void open(QQuickWindow *window, const QString &residentId, int section)
    {
        QVERIFY(!residentId.isEmpty());
        QVERIFY(QMetaObject::invokeMethod(window, "showResidents"));
        bool opened = false;
        QVERIFY(
            QMetaObject::invokeMethod(window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, residentId)));
        QVERIFY(opened);
        QTest::qWait(600); // the StackView push transition
        QVERIFY(QMetaObject::invokeMethod(window, "showSection", Q_ARG(int, section)));
    }

    /** Taps a masked resident's card: the reason page asks why; choosing one opens the record. */
    static void tapProtectedResident(
        akten::shell::Composition &composition, QQuickWindow *window, const QString &prefix)
    {
        QQuickItem *list = findItem(window->contentItem(), u"residentList"_s);
        QVERIFY(list);
        const QModelIndexList masked = composition.residents()->match(
            composition.residents()->index(0), ResidentListModel::ProtectedIdentityRole, true, 1, Qt::MatchExactly);
        QCOMPARE(masked.size(), 1);
        QQuickItem *card = showRow(list, masked.constFirst().row(), 1);
        QVERIFY(card);
        const QPointF inCard = card->mapToScene(QPointF(card->width() / 2, card->height() - 30));
        QTest::mouseClick(window, Qt::LeftButton, {}, inCard.toPoint());
        QTest::qWait(600); // the StackView push transition
        QVERIFY(!composition.record()->isOpen());
        QQuickItem *reason = findItem(window->contentItem(), u"reason0"_s);
        QVERIFY(reason);
        QTRY_VERIFY(reason->isVisible());
        grab(window, prefix + u"-02-protected-reason"_s);
        const QPointF onReason = reason->mapToScene(QPointF(reason->width() / 2, reason->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, onReason.toPoint());
        QTRY_VERIFY(composition.record()->isOpen());
        QTest::qWait(600);
        QVERIFY(QMetaObject::invokeMethod(window, "showResidents"));
    }

    void walk(bool kiosk, const QString &prefix)
    {
        akten::test::Shell shell({ m_tmp.filePath(u"store"_s), {}, true, kiosk, {} });
        akten::shell::Composition &composition = *shell.composition;
        QVERIFY2(composition.startupError().isEmpty(), qPrintable(composition.startupError()));
        QQuickWindow *window = shell.window;
        QVERIFY(window);
        QCOMPARE(window->width(), kiosk ? 1080 : 1280);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        grab(window, prefix + u"-00-login"_s);
        QCOMPARE(composition.residents()->rowCount(), 0); // nothing before login
        login(composition, u"04DE0000000015"_s, u"246815"_s); // Eva Malm, SAS: both units
        RETURN_IF_FAILED();
        QTRY_VERIFY(findItem(window->contentItem(), u"nowPage"_s, true)); // logging in opens Nu
        grab(window, prefix + u"-01-now"_s);
        if (!kiosk) {
            akten::test::tap(window, u"tabBoard"_s);
            QTRY_VERIFY(findItem(window->contentItem(), u"boardPage"_s, true));
            QTRY_VERIFY(composition.board()->rowCount() > 0);
            grab(window, prefix + u"-01-board"_s);
        }
        QVERIFY(QMetaObject::invokeMethod(window, "showResidents"));
        // Residents to show, found before any record page is on screen: an ordinary one, a child, one whose plan
        // has two conflicting versions, and one with a corrected journal entry.
        const QString first = findResident(composition, [](RecordController &, const QModelIndex &) { return true; });
        const QString child = findResident(composition,
            [](RecordController &, const QModelIndex &i) { return i.data(ResidentListModel::IsChildRole).toBool(); });
        const QString conflict
            = findResident(composition, [](RecordController &r, const QModelIndex &) { return r.plan()->conflict(); });
        const QString corrected = findResident(composition,
            [](RecordController &r, const QModelIndex &) { return !firstCorrected(*r.journal()).isEmpty(); });
        const auto notDoneIn = [](SigningListModel *list) {
            return list->match(
                list->index(0), SigningListModel::StateRole, int(akten::core::OccurrenceState::NotDone), 1);
        };
        const QString withNotDone = findResident(composition, [&](RecordController &r, const QModelIndex &) {
            for (int day = 0; day < 30 && notDoneIn(r.signing()).isEmpty(); ++day) {
                r.signing()->previousDay();
            }
            return !notDoneIn(r.signing()).isEmpty();
        });

        grab(window, prefix + u"-01-residents"_s);
        tapProtectedResident(composition, window, prefix);
        RETURN_IF_FAILED();

        const QStringList sections { u"cover"_s, u"decisions"_s, u"plan"_s, u"journal"_s, u"signing"_s,
            u"documents"_s };
        open(window, first, 0);
        RETURN_IF_FAILED();
        for (int i = 0; i < sections.size(); ++i) {
            QVERIFY(QMetaObject::invokeMethod(window, "showSection", Q_ARG(int, i)));
            grab(window, u"%1-%2-%3"_s.arg(prefix).arg(i + 3, 2, 10, QLatin1Char('0')).arg(sections.at(i)));
        }
        // A resident's day with an activity that was not done: its reason is shown.
        open(window, withNotDone, 4);
        RETURN_IF_FAILED();
        SigningListModel *signing = composition.record()->signing();
        for (int day = 0; day < 30 && notDoneIn(signing).isEmpty(); ++day) {
            signing->previousDay();
        }
        QCOMPARE(notDoneIn(signing).size(), 1);
        grab(window, prefix + u"-09-signing-not-done"_s);

        open(window, child, 0);
        RETURN_IF_FAILED();
        grab(window, prefix + u"-10-child-cover"_s);
        open(window, conflict, 2);
        RETURN_IF_FAILED();
        grab(window, prefix + u"-11-plan-conflict"_s);
        open(window, corrected, 3);
        RETURN_IF_FAILED();
        const QModelIndexList withCorrection = firstCorrected(*composition.record()->journal());
        QCOMPARE(withCorrection.size(), 1);
        QQuickItem *journalList = findItem(window->contentItem(), u"journalList"_s);
        QVERIFY(journalList);
        QVERIFY(showRow(journalList, withCorrection.constFirst().row(), 0));
        grab(window, prefix + u"-12-journal-correction"_s);
        // The demo's double signature (a resident's latest insats, also signed on another tablet).
        const auto doubledIn = [](SigningListModel *list) {
            return list->match(list->index(0), SigningListModel::SignedTwiceRole, true, 1, Qt::MatchExactly);
        };
        const QString twice = findResident(composition, [&](RecordController &r, const QModelIndex &) {
            for (int day = 0; day < 3 && doubledIn(r.signing()).isEmpty(); ++day) {
                r.signing()->previousDay();
            }
            return !doubledIn(r.signing()).isEmpty();
        });
        QVERIFY(!twice.isEmpty());
        open(window, twice, 4);
        RETURN_IF_FAILED();
        const auto doubled = [&] { return doubledIn(signing); };
        for (int day = 0; day < 3 && doubled().isEmpty(); ++day) {
            signing->previousDay();
        }
        QCOMPARE(doubled().size(), 1);
        QQuickItem *signingList = findItem(window->contentItem(), u"signingList"_s);
        QVERIFY(signingList);
        QVERIFY(showRow(signingList, doubled().constFirst().row(), 0));
        grab(window, prefix + u"-13-double-signature"_s);

        QVERIFY(QMetaObject::invokeMethod(window, "showResidents"));
        QVERIFY(!composition.record()->isOpen());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        s_previous = qInstallMessageHandler(collectWarnings);
    }

    void init() { s_warnings.clear(); }

    void cleanup() { QVERIFY2(s_warnings.isEmpty(), qPrintable(s_warnings.join(u'\n'))); }

    void tabletScreens() { walk(false, u"tablet"_s); }
    void kioskScreens() { walk(true, u"kiosk"_s); }

    void englishTabletScreens()
    {
        const auto english = akten::shell::installTranslation(*QCoreApplication::instance(), u"en"_s);
        QVERIFY(english);
        walk(false, u"english-tablet"_s);
        QCoreApplication::removeTranslator(english.get());
    }

    void protectedIdentityIsMaskedInTheList()
    {
        akten::shell::Composition composition({ m_tmp.filePath(u"store"_s), {}, true, false, {} });
        composition.build();
        login(composition, u"04DE0000000015"_s, u"246815"_s);
        ResidentListModel *model = composition.residents();
        int masked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (model->data(index, ResidentListModel::ProtectedIdentityRole).toBool()) {
                ++masked;
                QCOMPARE(model->data(index, ResidentListModel::DisplayNameRole).toString(), u"Skyddad identitet"_s);
                QVERIFY(model->data(index, ResidentListModel::RoomRole).toString().isEmpty());
            }
        }
        QCOMPARE(masked, 2);
    }

    /**
     * An enrolled tablet whose central store does not answer (nothing listens on the address): it has never
     * completed a sync, so the offline lease keeps the personal data locked; the status screen says what failed and
     * when the next attempt comes, with 5 000 records waiting, the plan conflict, and "Synka nu" for the manager.
     */
    void syncStatusAndLeaseScreens()
    {
        const QString dir = m_tmp.filePath(u"enrolled"_s);
        {
            akten::test::Shell created({ dir, {}, true, false, {} }); // the demo store
            QVERIFY(created.composition->startupError().isEmpty());
        }
        const QString site = m_tmp.filePath(u"site"_s);
        akten::platform::FileKeyProvider siteKeys(site + u"/central.key"_s);
        QVERIFY(QDir().mkpath(site) && siteKeys.prepare(true));
        QVERIFY(akten::sync::SiteCredentials::create(site, siteKeys, { u"127.0.0.1"_s }));
        const auto credentials = akten::sync::SiteCredentials::load(site, siteKeys).value();
        const auto pair = akten::sync::tls::generateKeyPair().value();
        QFile idFile(akten::store::DeviceStore::deviceIdPath(dir));
        QVERIFY(idFile.open(QIODevice::ReadOnly));
        const QString deviceId = QString::fromLatin1(idFile.readAll().trimmed());
        const auto certificate = credentials.issueDeviceCertificate(deviceId, pair.publicPem).value();
        akten::platform::FileKeyProvider deviceKeys(akten::platform::defaultDeviceKeyLocation(dir).path);
        QVERIFY(deviceKeys.prepare(false));
        QVERIFY(akten::sync::DeviceCredentials::save(
            dir, deviceKeys, credentials.caCertificatePem(), certificate, pair.privatePem));

        QTcpServer closed; // a free loopback port with nobody behind it
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        akten::test::Shell shell({ dir, {}, true, false, {}, u"https://127.0.0.1:%1"_s.arg(port) });
        akten::shell::Composition &composition = *shell.composition;
        QVERIFY(composition.syncStatus()->configured());
        QVERIFY(composition.syncStatus()->leaseLocked());
        QTRY_COMPARE_WITH_TIMEOUT(composition.syncStatus()->state(), SyncStatusModel::Retrying, 20'000);
        login(composition, u"04DE0000000001"_s, u"246801"_s); // Helena Strand, enhetschef
        RETURN_IF_FAILED();
        QCOMPARE(composition.residents()->rowCount(), 0); // locked: no names
        QTest::qWait(300);
        grab(shell.window, u"sync-00-lease-locked"_s);
        QVERIFY(QMetaObject::invokeMethod(shell.window, "showSync"));
        QTest::qWait(600);
        QVERIFY(composition.syncStatus()->canSyncNow());
        QVERIFY(composition.syncStatus()->pending() > 5000);
        QCOMPARE(composition.syncStatus()->conflicts(), 1);
        QVERIFY(findItem(shell.window->contentItem(), u"syncNowButton"_s, true));
        grab(shell.window, u"sync-01-status-failed"_s);
        // The failed attempts are logged (in English) as warnings: expected here.
        s_warnings.removeIf([](const QString &w) { return w.contains(u"sync failed"_s); });
    }

    /**
     * The demo's plan conflict, resolved by the unit manager: both versions side by side, combined into a merge
     * revision (with its audit event, queued for upload); the plan then has one head and no banner.
     */
    void planConflictIsComparedAndMerged()
    {
        akten::test::Shell shell({ m_tmp.filePath(u"conflict"_s), {}, true, false, {} });
        akten::shell::Composition &composition = *shell.composition;
        QVERIFY(QTest::qWaitForWindowExposed(shell.window));
        login(composition, u"04DE0000000001"_s, u"246801"_s); // Helena Strand, enhetschef Björkgården
        RETURN_IF_FAILED();
        QString conflict
            = findResident(composition, [](RecordController &r, const QModelIndex &) { return r.plan()->conflict(); });
        if (conflict.isEmpty()) { // the conflict is in the other unit: its manager
            QVERIFY(QMetaObject::invokeMethod(composition.session(), "logout"));
            login(composition, u"04DE0000000010"_s, u"246810"_s); // Peter Sandin, enhetschef Solrosen
            RETURN_IF_FAILED();
            conflict = findResident(
                composition, [](RecordController &r, const QModelIndex &) { return r.plan()->conflict(); });
        }
        open(shell.window, conflict, 2);
        RETURN_IF_FAILED();
        QVERIFY(findItem(shell.window->contentItem(), u"compareVersionsButton"_s, true));
        QVERIFY(QMetaObject::invokeMethod(shell.window, "showConflict"));
        QTest::qWait(600);
        PlanConflictModel *model = composition.planConflict();
        QCOMPARE(model->versions()->count(), 2);
        QVERIFY(model->canResolve());
        QVERIFY(findItem(shell.window->contentItem(), u"keepVersion1"_s, true));
        // The demo's two versions each added a sentence to the resident's views: they can be combined.
        QVERIFY(model->canCombine());
        QQuickItem *combine = findItem(shell.window->contentItem(), u"combineVersions"_s, true);
        QVERIFY(combine);
        grab(shell.window, u"tablet-13-plan-conflict-compare"_s);
        const QPointF onCombine = combine->mapToScene(QPointF(combine->width() / 2, combine->height() / 2));
        QTest::mouseClick(shell.window, Qt::LeftButton, {}, onCombine.toPoint());
        QTRY_VERIFY(!composition.record()->plan()->conflict());
        QTest::qWait(600);
        grab(shell.window, u"tablet-14-plan-merged"_s);
    }

    void unreadableStoreShowsTheErrorPage()
    {
        const QString dir = m_tmp.filePath(u"broken"_s);
        {
            akten::shell::Composition seeded({ dir, {}, true, false, {} });
            seeded.build();
            QVERIFY(seeded.startupError().isEmpty());
        }
        QFile db(dir + u"/akten.db"_s); // a damaged database file next to a valid key
        QVERIFY(db.open(QIODevice::WriteOnly));
        db.write(QByteArray(8192, 'x'));
        db.close();
        akten::shell::Composition composition({ dir, {}, false, false, {} });
        composition.build();
        QVERIFY(!composition.startupError().isEmpty());
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        composition.load(engine);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        grab(window, u"tablet-00-startup-error"_s);
        QVERIFY(composition.residents() == nullptr); // no data is exposed at all
        // The English detail goes to the log by design; it is the only warning allowed here.
        s_warnings.removeIf([](const QString &w) { return w.startsWith(u"cannot open the store"_s); });
    }

    void aTpmThatDoesNotAnswerIsSaidSo()
    {
        const QString dir = m_tmp.filePath(u"no-tpm"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString keyPath = akten::platform::defaultDeviceKeyLocation(dir).path;
        QVERIFY(QDir().mkpath(QFileInfo(keyPath).absolutePath()));
        QFile key(keyPath); // a key sealed by a TPM this machine does not have
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("akten-tpm-key 1\ntcti device:/dev/akten-no-tpm\npublic 00\nprivate 00\n");
        key.close();
        akten::shell::Composition composition({ dir, {}, false, false, {} });
        composition.build();
        QVERIFY2(composition.startupError().contains(u"TPM"_s), qPrintable(composition.startupError()));
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        composition.load(engine);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        grab(window, u"tablet-00-startup-no-tpm"_s);
        QVERIFY(composition.residents() == nullptr);
        s_warnings.removeIf([](const QString &w) { return w.startsWith(u"cannot open the store"_s); });
    }
};

QTEST_MAIN(ScreenshotTest)
#include "screenshottest.moc"
