// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Loggkontroll over a demo store: only managers and SAS, a manager sees their own units, filters, the three kinds of
// highlighted access, "who has read about me", the filter choices (list models), and the CSV export (audited,
// owner-only file).
#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "app/auth/accessaudit.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/models/auditlabels.h"
#include "app/models/logcontrolmodel.h"
#include "app/models/modelsupport.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class LogControlTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    test::ManualClock m_clock; // 2026-01-01T00:00:00Z = 01:00 in Stockholm: an unusual hour
    test::TestKeyProvider m_keys;
    std::optional<store::DeviceStore> m_store;
    std::unique_ptr<auth::AccessAudit> m_audit;
    demo::DemoData m_data;

    auth::SessionUser user(const QString &firstName)
    {
        for (const auto &staff : m_data.staff) {
            if (staff.firstName == firstName) {
                return auth::sessionUserOf(staff);
            }
        }
        return {};
    }
    const core::Resident &resident(bool protectedIdentity, const core::Id &unit)
    {
        return *std::find_if(m_data.residents.cbegin(), m_data.residents.cend(),
            [&](const auto &r) { return r.protectedIdentity == protectedIdentity && r.unitId == unit; });
    }
    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            values << model.index(row, 0).data(role).toString();
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(13, 0), core::careTimeZone()).toMSecsSinceEpoch());
        auto created = store::DeviceStore::create(m_tmp.filePath(u"s"_s), m_keys, m_clock);
        QVERIFY(created.ok());
        m_store.emplace(std::move(created).value());
        m_data = demo::generateDemoUnit(QDate(2026, 11, 20), m_store->deviceId(), 20261122, QTime(12, 0));
        QVERIFY(demo::seedDemo(*m_store, m_data));
        m_audit = std::make_unique<auth::AccessAudit>(*m_store);

        // Accesses to look at: Anna (Björkgården) reads an ordinary resident at 13:00, a protected one, and - at
        // 02:30 - a resident of Solrosen (outside her unit).
        const auth::SessionUser anna = user(u"Anna"_s);
        const core::Id bjorkgarden = anna.unitIds.first();
        const core::Id solrosen = m_data.units.at(1).id;
        const auto &ordinary = resident(false, bjorkgarden);
        QVERIFY(m_audit->record(&anna, u"view.record.journal"_s, ordinary.id, ordinary.unitId));
        const auto &hidden = resident(true, bjorkgarden);
        QVERIFY(m_audit->record(&anna, u"view.protected"_s, hidden.id, hidden.unitId, u"care_now"_s));
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(23, 59), core::careTimeZone()).toMSecsSinceEpoch());
        m_clock.advance(151 * 60 * 1000); // 02:30 on the 21st
        const auto &elsewhere = resident(false, solrosen);
        QVERIFY(m_audit->record(&anna, u"view.record.cover"_s, elsewhere.id, elsewhere.unitId));
    }

    void onlyManagersAndSasSeeTheLog()
    {
        LogControlModel log(m_store->db(), *m_audit, m_tmp.filePath(u"exports"_s));
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setViewer(user(u"Anna"_s));
        log.refresh();
        QCOMPARE(log.rowCount(), 0);
        log.setViewer(user(u"Helena"_s));
        log.setNowMs(m_clock.nowMs());
        log.setProperty("periodDays", 0);
        QVERIFY(log.rowCount() > 0);
        QCOMPARE(column(log, LogControlModel::ActionCodeRole).first(), u"view.log_control"_s); // audited itself
        // Helena manages Björkgården: events of Solrosen's unit are not hers to see.
        const QStringList units = column(log, LogControlModel::UnitRole);
        QVERIFY(!units.contains(u"Solrosen"_s));
        QVERIFY(units.contains(u"Björkgården"_s));
    }

    void filterChoicesAreListModels()
    {
        LogControlModel log(m_store->db(), *m_audit, m_tmp.filePath(u"exports"_s));
        FilterChoiceListModel *residents = log.residentChoices();
        FilterChoiceListModel *staff = log.staffChoices();
        QAbstractItemModelTester residentTester(residents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester staffTester(staff, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(residents->empty() && staff->empty());
        const auth::SessionUser helena = user(u"Helena"_s);
        log.setViewer(helena);
        QCOMPARE(residents->roleNames().value(FilterChoiceListModel::ValueRole), "value");
        QCOMPARE(residents->roleNames().value(FilterChoiceListModel::LabelRole), "label");
        QCOMPARE(column(*residents, FilterChoiceListModel::ValueRole).first(), QString()); // "all" first
        QCOMPARE(column(*residents, FilterChoiceListModel::LabelRole).first(), u"Alla boende"_s);
        QCOMPARE(column(*staff, FilterChoiceListModel::LabelRole).first(), u"All personal"_s);
        // Her own unit's residents, the protected one listed with its name masked.
        const auto &hidden = resident(true, helena.unitIds.first());
        const int masked
            = int(column(*residents, FilterChoiceListModel::ValueRole).indexOf(core::idToString(hidden.id)));
        QVERIFY(masked > 0);
        QCOMPARE(residents->index(masked).data(FilterChoiceListModel::LabelRole).toString(),
            u"Skyddad identitet (rum dolt)"_s);
        QVERIFY(!column(*residents, FilterChoiceListModel::LabelRole).contains(hidden.displayName()));
        QVERIFY(column(*staff, FilterChoiceListModel::LabelRole).contains(u"Anna Berg"_s));
        log.setViewer(user(u"Anna"_s)); // not a manager: no choices
        QVERIFY(residents->empty() && staff->empty());
    }

    void highlightsAndWhoHasReadAboutMe()
    {
        LogControlModel log(m_store->db(), *m_audit, m_tmp.filePath(u"exports"_s));
        log.setViewer(user(u"Eva"_s)); // SAS: every unit
        log.setNowMs(m_clock.nowMs());
        log.setProperty("periodDays", 0);
        log.setProperty("onlyFlagged", true);
        const QStringList actions = column(log, LogControlModel::ActionCodeRole);
        QVERIFY(actions.contains(u"view.protected"_s));
        QVERIFY(actions.contains(u"view.record.cover"_s)); // outside Anna's unit, at 02:30
        QVERIFY(!actions.contains(u"view.record.journal"_s)); // an ordinary read at 13:00
        for (int row = 0; row < log.rowCount(); ++row) {
            const QModelIndex i = log.index(row);
            QVERIFY(i.data(LogControlModel::ProtectedRole).toBool()
                || i.data(LogControlModel::OutsideUnitsRole).toBool()
                || i.data(LogControlModel::UnusualHoursRole).toBool());
            if (i.data(LogControlModel::ActionCodeRole) == u"view.protected"_s) {
                QCOMPARE(i.data(LogControlModel::ResidentRole).toString(), u"Skyddad identitet"_s);
            }
        }
        // "Who has read about me": one resident, reading only.
        const auth::SessionUser anna = user(u"Anna"_s);
        const auto &ordinary = resident(false, anna.unitIds.first());
        log.setProperty("onlyFlagged", false);
        log.setProperty("actionFilter", u"view"_s);
        log.setProperty("residentFilter", core::idToString(ordinary.id));
        QVERIFY(log.rowCount() >= 1);
        QVERIFY(column(log, LogControlModel::StaffRole).contains(u"Anna Berg"_s));
        for (const QString &name : column(log, LogControlModel::ResidentRole)) {
            QCOMPARE(name, ordinary.displayName());
        }
        log.setProperty("staffFilter", core::idToString(user(u"Helena"_s).staffId));
        QCOMPARE(log.rowCount(), 0);
    }

    void exportWritesTheRowsShownAndIsAudited()
    {
        LogControlModel log(m_store->db(), *m_audit, m_tmp.filePath(u"exports"_s));
        log.setViewer(user(u"Helena"_s));
        log.setNowMs(m_clock.nowMs());
        log.setProperty("periodDays", 0);
        log.setProperty("actionFilter", u"auth"_s);
        const qint64 before = store::AuditLog(m_store->db()).events().value().size();
        const QString path = log.exportCsv();
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size() - 1, log.rowCount() + 1); // header + rows, each ending in CRLF
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBF"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions {});
        const auto events = store::AuditLog(m_store->db()).events().value();
        QCOMPARE(events.size(), before + 1);
        QCOMPARE(events.last().action, u"log.export"_s);
    }

    void exportedCellsNeverStartAFormula()
    {
        // Details (and names from master data) could start like a spreadsheet formula: each such cell is exported
        // with a leading single quote, so a spreadsheet program shows it as text.
        const auth::SessionUser anna = user(u"Anna"_s);
        const QStringList formulas { u"=HYPERLINK(\"http://example.invalid\";\"x\")"_s, u"+1+1"_s, u"-2+3"_s,
            u"@SUM(A1)"_s, u"\t=1"_s };
        for (const QString &formula : formulas) {
            QVERIFY(m_audit->record(&anna, u"admin.test_formula"_s, {}, {}, formula));
        }
        LogControlModel log(m_store->db(), *m_audit, m_tmp.filePath(u"exports"_s));
        log.setViewer(user(u"Helena"_s));
        log.setNowMs(m_clock.nowMs());
        log.setProperty("periodDays", 0);
        log.setProperty("actionFilter", u"admin"_s);
        const QString path = log.exportCsv();
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QCOMPARE(csv.count(u"admin.test_formula"_s), formulas.size());
        for (const QString &line : csv.split(u"\r\n"_s)) {
            for (const QString &cell : line.split(u';')) {
                const QString bare = cell.startsWith(u'"') ? cell.mid(1) : cell;
                QVERIFY2(bare.isEmpty() || !u"=+-@\t\r"_s.contains(bare.front()), qPrintable(line));
            }
        }
        QVERIFY(csv.contains(u"\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"x\"\")\""_s)); // quoted: it has ;
        QVERIFY(csv.contains(u";'+1+1;"_s));
        QVERIFY(csv.contains(u";'-2+3;"_s));
        QVERIFY(csv.contains(u";'@SUM(A1);"_s));
        QVERIFY(csv.contains(u";'\t=1;"_s));
    }

    void detailsAndActionsReadAsSwedish()
    {
        const auto names = [](const QString &id) { return id == "abc"_L1 ? u"Anna Berg"_s : QString(); };
        using akten::models::auditActionSv;
        using akten::models::auditDetailSv;
        QCOMPARE(auditDetailSv(u"view.residents"_s, u"14 listed"_s, names), u"14 i listan"_s);
        QCOMPARE(auditDetailSv(u"auth.logout"_s, u"tap-out"_s, names), u"blippade ut"_s);
        QCOMPARE(auditDetailSv(u"auth.failed_pin"_s, u"attempts left: 3"_s, names), u"3 försök kvar"_s);
        QCOMPARE(auditDetailSv(u"badge.enrol"_s, u"staff abc"_s, names), u"för Anna Berg"_s);
        QCOMPARE(auditDetailSv(u"view.protected"_s, u"care_now"_s, names), u"Omvårdnad eller stöd just nu"_s);
        QCOMPARE(auditDetailSv(u"view.protected"_s, u"log_control"_s, names), u"Loggkontroll eller tillsyn"_s);
        QCOMPARE(auditActionSv(u"write.signature"_s), u"Signerade en insats"_s);
        QCOMPARE(auditActionSv(u"store.init"_s), u"store.init"_s);
        // Walking the log control under Xvfb showed "view.now · signing list of the user's units": every action the
        // app writes reads as Swedish, and so does what a write was.
        for (const char *action : { "view.now", "view.board", "view.board.kiosk", "write.plan.merge" }) {
            QVERIFY2(auditActionSv(QString::fromLatin1(action)) != QString::fromLatin1(action), action);
        }
        QCOMPARE(auditDetailSv(u"view.now"_s, u"signing list of the user's units"_s, names), QString());
        QCOMPARE(auditDetailSv(u"write.plan"_s, u"revised"_s, names), u"reviderad"_s);
        QCOMPARE(auditDetailSv(u"write.journal"_s, u"plan_event"_s, names), u"Genomförandeplan"_s);
        QCOMPARE(
            auditDetailSv(u"write.plan_follow_up"_s, u"contact_case_officer"_s, names), u"kontakt med handläggaren"_s);
    }
};

QTEST_GUILESS_MAIN(LogControlTest)
#include "logcontroltest.moc"
