// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demogenerator.h"
#include "app/core/caretime.h"
#include "app/core/catalogue.h"
#include "app/core/writingassistant.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace akten;
using namespace Qt::StringLiterals;

class DemoGeneratorTest : public QObject
{
    Q_OBJECT

private:
    const QDate m_today { 2026, 11, 22 };
    demo::DemoData m_data = demo::generateDemoUnit(m_today, u"device-1"_s);

private Q_SLOTS:
    void isDeterministic()
    {
        const demo::DemoData again = demo::generateDemoUnit(m_today, u"device-1"_s);
        QCOMPARE(again.journal.size(), m_data.journal.size());
        QCOMPARE(again.signatures.size(), m_data.signatures.size());
        for (int i = 0; i < m_data.journal.size(); ++i) {
            QCOMPARE(again.journal.at(i).meta.id, m_data.journal.at(i).meta.id);
            QCOMPARE(again.journal.at(i).text, m_data.journal.at(i).text);
        }
        QCOMPARE(again.residents.constFirst().personalNumber, m_data.residents.constFirst().personalNumber);
        const demo::DemoData otherSeed = demo::generateDemoUnit(m_today, u"device-1"_s, 7);
        QVERIFY(otherSeed.residents.constFirst().id != m_data.residents.constFirst().id);
    }

    void hasTheUnitTheIssueDescribes()
    {
        QCOMPARE(m_data.units.size(), 2);
        QVERIFY(m_data.residents.size() >= 18 && m_data.residents.size() <= 22);
        QCOMPARE(m_data.staff.size(), 15);
        QCOMPARE(m_data.badges.size(), 15);
        int protectedCount = 0;
        int childrenInLss = 0;
        for (const auto &r : m_data.residents) {
            protectedCount += r.protectedIdentity ? 1 : 0;
            if (r.isChildOn(m_today)) {
                QCOMPARE(r.unitId, m_data.units.at(1).id);
                ++childrenInLss;
            }
            QVERIFY(!r.contactPersonIds.isEmpty());
            QVERIFY(QRegularExpression(u"^\\d{8}-98\\d\\d$"_s).match(r.personalNumber).hasMatch());
        }
        QCOMPARE(protectedCount, 2);
        QCOMPARE(childrenInLss, 2);
        QSet<QString> badgeUids;
        for (const auto &b : m_data.badges) {
            QVERIFY(b.demoPin.size() >= 6);
            badgeUids.insert(b.uidHex);
        }
        QCOMPARE(badgeUids.size(), 15);
    }

    void everyResidentHasARecordAndAMonthOfHistory()
    {
        for (const auto &r : m_data.residents) {
            const auto count = [&](const auto &list) {
                return std::count_if(list.cbegin(), list.cend(), [&](const auto &x) { return x.residentId == r.id; });
            };
            QVERIFY(count(m_data.decisions) >= 1);
            QVERIFY(count(m_data.plans) >= 1);
            QVERIFY(count(m_data.journal) >= 5);
            QVERIFY(count(m_data.signatures) >= 30);
        }
        qint64 earliest = std::numeric_limits<qint64>::max();
        for (const auto &s : m_data.signatures) {
            earliest = std::min(earliest, s.meta.wallMs);
        }
        QVERIFY(QDateTime::fromMSecsSinceEpoch(earliest).date() <= m_today.addDays(-29));
    }

    void plansUseRealIcfCodesInTheirLifeArea()
    {
        const auto catalogue = core::IbicCatalogue::bundled().value();
        int conflicts = 0;
        for (const auto &plan : m_data.plans) {
            for (const auto &need : plan.needs) {
                const auto code = catalogue.find(need.icfCode);
                QVERIFY2(code, qPrintable(need.icfCode));
                QCOMPARE(code->lifeArea, need.lifeArea);
                QVERIFY(!need.goal.isEmpty() && !need.activities.isEmpty());
            }
            conflicts += plan.meta.deviceId == u"demo-tablet-2"_s ? 1 : 0;
        }
        QCOMPARE(conflicts, 1);
    }

    void deviationsFollowNotDoneSignatures()
    {
        int notDone = 0;
        for (const auto &s : m_data.signatures) {
            if (s.outcome == core::SignatureOutcome::NotDone) {
                ++notDone;
                QVERIFY(!s.reason.isEmpty());
                const bool hasDeviation
                    = std::any_of(m_data.journal.cbegin(), m_data.journal.cend(), [&](const auto &e) {
                          // The deviation entry carries the staff's own words (the reason after its label).
                          return e.residentId == s.residentId && e.category == core::JournalCategory::Deviation
                              && e.meta.wallMs == s.meta.wallMs && e.text.contains(s.reason.section(u": "_s, 1));
                      });
                QVERIFY(hasDeviation);
            }
        }
        QVERIFY(notDone > 0);
    }

    void journalTextFollowsTheWritingRules()
    {
        for (const auto &e : m_data.journal) {
            const auto resident = std::find_if(m_data.residents.cbegin(), m_data.residents.cend(),
                [&](const core::Resident &r) { return r.id == e.residentId; });
            QVERIFY(resident != m_data.residents.cend());
            QList<core::Resident> unit;
            std::copy_if(m_data.residents.cbegin(), m_data.residents.cend(), std::back_inserter(unit),
                [&](const core::Resident &r) { return r.unitId == resident->unitId; });
            const core::WritingAssistant assistant(core::writingConfigFor(*resident, unit));
            const auto findings = assistant.check(e.text);
            QVERIFY2(findings.isEmpty(),
                qPrintable(e.text + u" → "_s
                    + (findings.isEmpty() ? QString()
                                          : core::writingRuleCode(findings.constFirst().rule) + u": "_s
                                + findings.constFirst().match)));
            QVERIFY(!e.authorName.isEmpty() && !e.authorTitle.isEmpty());
        }
    }

    /** History ends at the moment the store is seeded, whatever the time of day (the generator fills whole days). */
    void nothingIsDatedAfterTheMomentOfSeeding_data()
    {
        QTest::addColumn<QTime>("now");
        for (const QTime &t : { QTime(0, 5), QTime(6, 59), QTime(8, 0), QTime(12, 31), QTime(17, 45), QTime(21, 45),
                 QTime(21, 59), QTime(23, 59) }) {
            QTest::newRow(qPrintable(t.toString(u"HH:mm"_s))) << t;
        }
    }

    void nothingIsDatedAfterTheMomentOfSeeding()
    {
        QFETCH(QTime, now);
        const QTimeZone zone(QByteArrayLiteral("Europe/Stockholm"));
        const qint64 end = QDateTime(m_today, now, zone).toMSecsSinceEpoch();
        const demo::DemoData data = demo::generateDemoUnit(m_today, u"device-1"_s, 20261122, now);
        const auto after = [end](qint64 ms) { return ms > end; };
        for (const auto &s : data.signatures) {
            QVERIFY2(!after(s.meta.wallMs) && !after(s.meta.hlc.physicalMs) && !after(s.plannedFor.toMSecsSinceEpoch()),
                qPrintable(QDateTime::fromMSecsSinceEpoch(s.meta.wallMs, zone).toString(Qt::ISODate)));
        }
        for (const auto &r : data.retractions) {
            QVERIFY(!after(r.meta.wallMs));
        }
        for (const auto &e : data.journal) {
            QVERIFY2(!after(e.meta.wallMs) && e.eventDate <= m_today,
                qPrintable(QDateTime::fromMSecsSinceEpoch(e.meta.wallMs, zone).toString(Qt::ISODate) + e.text));
        }
        for (const auto &c : data.corrections) {
            QVERIFY(!after(c.meta.wallMs));
        }
        for (const auto &n : data.dayNotes) {
            QVERIFY(!after(n.meta.wallMs));
        }
        for (const auto &r : data.dayNoteReviews) {
            QVERIFY(!after(r.meta.wallMs));
        }
        // Some notes are 75 to 89 days old: the review queue has work in the demo.
        QVERIFY(std::any_of(data.dayNotes.cbegin(), data.dayNotes.cend(), [&](const core::DayNote &n) {
            const qint64 age = core::careDate(n.meta.wallMs).daysTo(m_today);
            return age >= 75 && age < 90;
        }));
        for (const auto &p : data.plans) {
            QVERIFY(!after(p.meta.wallMs) && p.establishedOn <= m_today);
        }
        for (const auto &c : data.consents) {
            QVERIFY(!after(c.meta.wallMs));
        }
        for (const auto &r : data.releases) {
            QVERIFY(!after(r.meta.wallMs));
        }
        for (const auto &r : data.releaseEvents) {
            QVERIFY(!after(r.meta.wallMs));
        }
    }
};

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "demogeneratortest.moc"
