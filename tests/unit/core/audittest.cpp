// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "manualclock.h"

#include "core/audit.h"
#include "core/recordstamper.h"

#include <QTest>

using namespace akten::core;
using namespace Qt::StringLiterals;

class AuditTest : public QObject
{
    Q_OBJECT

private:
    /** A valid chain of n events as the store would write it. */
    static QList<AuditEvent> chain(int n)
    {
        akten::test::ManualClock clock;
        RecordStamper stamper(clock, u"device-a"_s);
        QList<AuditEvent> events;
        QByteArray prev(32, '\0');
        for (int i = 1; i <= n; ++i) {
            clock.advance(1000);
            AuditEvent e;
            e.meta = stamper.stamp(stamper.newId());
            e.seq = i;
            e.staffRole = u"care_staff"_s;
            e.residentId = stamper.newId();
            e.action = i % 2 ? u"view.record.journal"_s : u"write.signature"_s;
            e.prevHash = prev;
            e.hash = computeAuditHash(e);
            prev = e.hash;
            events.append(e);
        }
        return events;
    }

private Q_SLOTS:
    void intactChainVerifies()
    {
        const auto events = chain(20);
        QVERIFY(!verifyAuditChain(events));
        QVERIFY(!verifyAuditChain(events, 20, events.constLast().hash));
        QVERIFY(!verifyAuditChain({}, 0, {}));
    }

    void removedEventInTheMiddle()
    {
        auto events = chain(20);
        events.removeAt(9);
        const auto problem = verifyAuditChain(events);
        QVERIFY(problem);
        QCOMPARE(problem->seq, 10);
    }

    void removedEventsAtTheEndAreCaughtByTheHead()
    {
        const auto full = chain(20);
        auto events = full;
        events.removeLast();
        QVERIFY(!verifyAuditChain(events)); // a truncated chain alone looks intact…
        const auto problem = verifyAuditChain(events, 20, full.constLast().hash); // …the anchor does not
        QVERIFY(problem);
        QCOMPARE(problem->seq, 19);
    }

    void changedContent()
    {
        auto events = chain(20);
        events[6].detail = u"changed afterwards"_s;
        const auto problem = verifyAuditChain(events);
        QVERIFY(problem);
        QCOMPARE(problem->seq, 7);
    }

    void changedContentWithRecomputedHashBreaksTheNextLink()
    {
        auto events = chain(20);
        events[6].action = u"write.journal"_s;
        events[6].hash = computeAuditHash(events[6]);
        const auto problem = verifyAuditChain(events);
        QVERIFY(problem);
        QCOMPARE(problem->seq, 8);
    }

    void reorderedEvents()
    {
        auto events = chain(20);
        events.swapItemsAt(4, 5);
        const auto problem = verifyAuditChain(events);
        QVERIFY(problem);
        QCOMPARE(problem->seq, 5);
    }

    void duplicatedEvent()
    {
        auto events = chain(20);
        events.insert(3, events.at(3));
        QVERIFY(verifyAuditChain(events));
    }

    void firstEventMustStartFromZeroHash()
    {
        auto events = chain(3);
        events[0].prevHash = QByteArray(32, '\x01');
        events[0].hash = computeAuditHash(events[0]);
        QVERIFY(verifyAuditChain(events));
    }

    void canonicalFormSeparatesFields()
    {
        AuditEvent a = chain(1).constFirst();
        AuditEvent b = a;
        a.action = u"ab"_s;
        a.detail = u"c"_s;
        b.action = u"a"_s;
        b.detail = u"bc"_s;
        QVERIFY(canonicalAuditBytes(a) != canonicalAuditBytes(b));
    }
};

QTEST_GUILESS_MAIN(AuditTest)
#include "audittest.moc"
