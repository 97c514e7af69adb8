// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/manualclock.h"

#include "app/core/audit.h"
#include "app/core/recordstamper.h"

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

    void knownAnswer()
    {
        // Computed independently (Python: struct + hashlib) from the documented canonical form: format byte 1, then
        // each text as a big-endian u32 length and UTF-8, the HLC (i64, u32), wall ms and seq (i64), prev hash.
        AuditEvent e;
        e.meta.id = idFromString(u"019b76da-a800-7046-a966-7336af9dfdb2"_s);
        e.meta.authorId = idFromString(u"019b76da-a800-7046-a966-7336af9dfdb3"_s);
        e.meta.deviceId = u"019b76da-a800-7046-a966-7336af9dfdb4"_s;
        e.meta.hlc = HlcStamp { 1767225600000, 3 };
        e.meta.wallMs = 1767225600123;
        e.seq = 42;
        e.staffRole = u"unit_manager"_s;
        e.residentId = idFromString(u"019b76da-a800-7046-a966-7336af9dfdb5"_s);
        e.unitId = idFromString(u"019b76da-a800-7046-a966-7336af9dfdb6"_s);
        e.action = u"view.protected"_s;
        e.detail = u"reason=vård"_s;
        for (char i = 0; i < 32; ++i) {
            e.prevHash.append(i);
        }
        QCOMPARE(computeAuditHash(e).toHex(),
            QByteArray("85b16be240e2b0c9dd013fb1800734d077c1ed60264d555615d7af239381292d"));
    }

    void everyHashedFieldIsCovered_data()
    {
        QTest::addColumn<int>("field");
        const char *names[] = { "id", "author", "device", "hlc physical", "hlc logical", "wall ms", "seq", "staff role",
            "resident", "unit", "action", "detail", "prev hash" };
        for (int i = 0; i < int(std::size(names)); ++i) {
            QTest::newRow(names[i]) << i;
        }
    }

    void everyHashedFieldIsCovered()
    {
        QFETCH(int, field);
        QList<AuditEvent> events = chain(3);
        AuditEvent &e = events[2];
        const QByteArray original = e.hash;
        const Id other = idFromString(u"019b76da-a800-7046-a966-7336af9dfdb2"_s);
        switch (field) {
        case 0:
            e.meta.id = other;
            break;
        case 1:
            e.meta.authorId = other;
            break;
        case 2:
            e.meta.deviceId = u"device-b"_s;
            break;
        case 3:
            e.meta.hlc.physicalMs += 1;
            break;
        case 4:
            e.meta.hlc.logical += 1;
            break;
        case 5:
            e.meta.wallMs += 1;
            break;
        case 6:
            e.seq += 1;
            break;
        case 7:
            e.staffRole = u"sas"_s;
            break;
        case 8:
            e.residentId.reset();
            break;
        case 9:
            e.unitId = other;
            break;
        case 10:
            e.action = u"view.residents"_s;
            break;
        case 11:
            e.detail = u"x"_s;
            break;
        case 12:
            e.prevHash[0] = char(e.prevHash.at(0) ^ 1);
            break;
        }
        QVERIFY(computeAuditHash(e) != original);
        const auto problem = verifyAuditChain(events);
        QVERIFY(problem);
        if (field != 6 && field != 12) { // seq and prev hash break the order and the link before the content
            QCOMPARE(problem->message, u"event content does not match its hash (changed)"_s);
        }
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
