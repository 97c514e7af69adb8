// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SigningExportController over a demo store: unit managers only and their own units, the audit event before the
// file, no file without it, the file owner-only and without the resident's name in its name.
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/models/auditlabels.h"
#include "app/models/signingexportcontroller.h"
#include "app/store/auditlog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class SigningExportTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    QString m_exportDir;

    auth::SessionUser userWith(core::StaffRole role, const core::Id &unit) const
    {
        for (const core::Staff &s : m_demo.data.staff) {
            if (s.role == role && (unit.isNull() || s.unitIds.contains(unit))) {
                return auth::sessionUserOf(s);
            }
        }
        return {};
    }
    const core::Resident &residentOf(const core::Id &unit) const
    {
        return *std::find_if(m_demo.data.residents.cbegin(), m_demo.data.residents.cend(),
            [&](const core::Resident &r) { return r.unitId == unit && !r.protectedIdentity; });
    }
    QList<core::AuditEvent> exportEvents()
    {
        store::AuditFilter filter;
        filter.actionPrefix = u"export.signing_list"_s;
        const auto events = store::AuditLog(m_demo.store->db()).events(filter);
        return events ? events.value() : QList<core::AuditEvent> {};
    }
    QStringList exportedFiles() const { return QDir(m_exportDir).entryList(QDir::Files | QDir::Hidden); }
    QString month() const { return core::careToday().toString(u"yyyy-MM"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_exportDir = m_demo.tmp.filePath(u"exports"_s);
    }

    void onlyUnitManagersMayExport()
    {
        const core::Id unit = m_demo.data.units.at(0).id;
        SigningExportController controller(m_demo.store->db(), *m_audit, m_demo.clock, m_exportDir);
        QSignalSpy allowedChanged(&controller, &SigningExportController::allowedChanged);
        QVERIFY(!controller.allowed());
        for (const auto role : { core::StaffRole::CareStaff, core::StaffRole::Sas }) {
            controller.setViewer(userWith(role, role == core::StaffRole::Sas ? core::Id {} : unit));
            QVERIFY(!controller.allowed());
            QCOMPARE(controller.exportMonth(core::idToString(residentOf(unit).id), month()), QString());
            QCOMPARE(controller.errorText(), u"Bara enhetschefen kan skriva ut signeringslistan."_s);
        }
        QCOMPARE(allowedChanged.size(), 0);
        controller.setViewer(userWith(core::StaffRole::UnitManager, unit));
        QVERIFY(controller.allowed());
        QCOMPARE(allowedChanged.size(), 1);
        QVERIFY(controller.errorText().isEmpty());
        QVERIFY(exportEvents().isEmpty());
        QVERIFY(!QFileInfo::exists(m_exportDir));
    }

    void aManagerExportsAResidentOfTheirUnit()
    {
        const core::Id unit = m_demo.data.units.at(0).id;
        const auth::SessionUser manager = userWith(core::StaffRole::UnitManager, unit);
        const core::Resident &resident = residentOf(unit);
        SigningExportController controller(m_demo.store->db(), *m_audit, m_demo.clock, m_exportDir);
        controller.setViewer(manager);
        const QString path = controller.exportMonth(core::idToString(resident.id), month());
        QVERIFY2(!path.isEmpty(), qPrintable(controller.errorText()));
        QVERIFY(path.startsWith(m_exportDir + u'/'));
        QVERIFY(!path.contains(resident.lastName) && !path.contains(resident.firstName));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions {});
        const QList<core::AuditEvent> events = exportEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().meta.authorId, manager.staffId);
        QCOMPARE(events.constFirst().residentId, std::optional(resident.id));
        QCOMPARE(events.constFirst().unitId, std::optional(unit));
        QCOMPARE(events.constFirst().detail, month());
        QCOMPARE(models::auditActionSv(u"export.signing_list"_s), u"Skrev ut signeringslistan för en månad"_s);
        QCOMPARE(models::auditDetailSv(u"export.signing_list"_s, u"2026-11"_s, {}), u"november 2026"_s);
    }

    void otherUnitsResidentsAndBadInputAreRefused_data()
    {
        QTest::addColumn<QString>("resident");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("error");
        const QString here = core::idToString(residentOf(m_demo.data.units.at(0).id).id);
        const QString there = core::idToString(residentOf(m_demo.data.units.at(1).id).id);
        const QString elsewhere = u"Den boende finns inte på din enhet."_s;
        const QString badMonth = u"Välj en månad, till exempel 2026-11."_s;
        QTest::newRow("another unit") << there << month() << elsewhere;
        QTest::newRow("unknown resident") << core::idToString(core::Id::createUuid()) << month() << elsewhere;
        QTest::newRow("not an id") << u"x"_s << month() << elsewhere;
        QTest::newRow("month 13") << here << u"2026-13"_s << badMonth;
        QTest::newRow("a day") << here << u"2026-11-02"_s << badMonth;
        QTest::newRow("empty month") << here << QString() << badMonth;
    }

    void otherUnitsResidentsAndBadInputAreRefused()
    {
        QFETCH(QString, resident);
        QFETCH(QString, month);
        QFETCH(QString, error);
        SigningExportController controller(m_demo.store->db(), *m_audit, m_demo.clock, m_exportDir);
        controller.setViewer(userWith(core::StaffRole::UnitManager, m_demo.data.units.at(0).id));
        const QStringList before = exportedFiles();
        const qsizetype events = exportEvents().size();
        QSignalSpy errorChanged(&controller, &SigningExportController::errorTextChanged);
        QCOMPARE(controller.exportMonth(resident, month), QString());
        QCOMPARE(controller.errorText(), error);
        QCOMPARE(errorChanged.size(), 1);
        QCOMPARE(exportedFiles(), before);
        QCOMPARE(exportEvents().size(), events);
    }

    void noAuditNoFile()
    {
        const core::Id unit = m_demo.data.units.at(0).id;
        SigningExportController controller(m_demo.store->db(), *m_audit, m_demo.clock, m_exportDir);
        controller.setViewer(userWith(core::StaffRole::UnitManager, unit));
        const QStringList before = exportedFiles();
        m_audit->failing = true;
        const QString path = controller.exportMonth(core::idToString(residentOf(unit).id), month());
        m_audit->failing = false;
        QCOMPARE(path, QString());
        QCOMPARE(controller.errorText(), u"Signeringslistan skrevs inte ut eftersom utskriften inte kunde loggas."_s);
        QCOMPARE(exportedFiles(), before); // neither the PDF nor its temporary file
    }
};

QTEST_MAIN(SigningExportTest)
#include "signingexporttest.moc"
