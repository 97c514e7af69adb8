// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Nu and a closed case (domain.md D3): a resident whose case is closed has no rows on Nu; a case closed on another
// tablet while Nu was showing (the closure arrives by sync) refuses the signature with the reason in Swedish, not as a
// store failure to try again, and the resident's rows go.
#include "tests/support/closecase.h"
#include "tests/support/demostore.h"

#include "app/auth/accessaudit.h"
#include "app/auth/sessionpolicy.h"
#include "app/models/nowmodel.h"
#include "app/models/signingservice.h"
#include "app/store/masterdatarepository.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class NowClosedCaseTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;

    static int rowsOf(const NowModel &now, const QString &residentId)
    {
        int rows = 0;
        for (int row = 0; row < now.rowCount(); ++row) {
            rows += now.index(row).data(NowModel::ResidentIdRole).toString() == residentId ? 1 : 0;
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demo.create()); }

    void aCaseClosedElsewhereIsRefusedWithTheReason()
    {
        auth::AccessAudit audit(*m_demo.store);
        store::MasterDataRepository master(m_demo.store->db());
        SigningService signing(*m_demo.store, master, audit, m_demo.clock);
        NowModel now(m_demo.store->db(), master, signing, audit, m_demo.clock);
        std::optional<auth::SessionUser> viewer;
        for (const auto &staff : m_demo.data.staff) {
            if (staff.role == core::StaffRole::Sas) {
                viewer = auth::sessionUserOf(staff);
            }
        }
        QVERIFY(viewer);
        now.setViewer(viewer);
        QVERIFY(now.open());
        int signable = -1;
        for (int row = 0; row < now.rowCount() && signable < 0; ++row) {
            if (now.index(row).data(NowModel::SignableRole).toBool()) {
                signable = row;
            }
        }
        QVERIFY(signable >= 0);
        const QString residentId = now.index(signable).data(NowModel::ResidentIdRole).toString();
        QVERIFY(rowsOf(now, residentId) > 0);
        const qint64 signaturesBefore = [&] {
            auto q = m_demo.store->db().prepare(u"SELECT count(*) FROM signatures"_s);
            return q && q.value().step() ? q.value().int64(0) : -1;
        }();

        QVERIFY(
            test::closeCaseInStore(*m_demo.store, m_demo.data.staff.constFirst().id, core::idFromString(residentId)));
        // Nu is not told: it still shows the row.
        QVERIFY(!now.sign(signable));
        QCOMPARE(now.message(), u"Ärendet är avslutat, så akten kan bara läsas. Ingenting sparades."_s);
        QVERIFY(now.messageIsError());
        QCOMPARE(rowsOf(now, residentId), 0); // read again: nothing left to do for the resident
        auto q = m_demo.store->db().prepare(u"SELECT count(*) FROM signatures"_s);
        QVERIFY(q && q.value().step());
        QCOMPARE(q.value().int64(0), signaturesBefore);

        // A fresh Nu does not list the resident at all.
        NowModel fresh(m_demo.store->db(), master, signing, audit, m_demo.clock);
        fresh.setViewer(viewer);
        QVERIFY(fresh.open());
        QVERIFY(fresh.rowCount() > 0);
        QCOMPARE(rowsOf(fresh, residentId), 0);
    }
};

QTEST_GUILESS_MAIN(NowClosedCaseTest)
#include "nowclosedcasetest.moc"
