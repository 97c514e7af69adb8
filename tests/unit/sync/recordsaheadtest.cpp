// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Issue 19: the importer judges and binds a batch's records on another core, ahead of its writes (RecordsAhead).
// What the other core makes must be exactly what the writing thread would have made itself: each record's verdict is
// records::recordBreach's, word for word, and its rows are bound as BoundRow binds them — for the whole demo unit and
// for records that break the rules or cannot be bound. A batch given up part way (the store failed) stops the work.
// When no thread can be started the writing thread does the work itself. BoundRow's own refusals keep the reasons the
// tablet always gave.
#include "tests/support/demopair.h"
#include "tests/support/outboxrecords.h"

#include "app/records/boundrow.h"
#include "app/records/recordrules.h"
#include "app/records/rowwriter.h"
#include "app/store/statementcache.h"
#include "sync/importer/recordsahead.h"
#include "sync/importer/syncrows.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <dlfcn.h>
#include <pthread.h>

#include <atomic>
#include <cerrno> // EAGAIN

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

std::atomic<bool> noThreads { false }; ///< while set, this process cannot start a thread (as at the system's limit)

} // namespace

/** Every thread of this test starts here (it comes before libc's): refused while `noThreads` is set. */
extern "C" int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg)
{
    if (noThreads.load()) {
        return EAGAIN;
    }
    using Create = int (*)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
    static const auto real = reinterpret_cast<Create>(dlsym(RTLD_NEXT, "pthread_create"));
    return real(thread, attr, start, arg);
}

namespace {

bool sameCells(const std::vector<records::Cell> &a, const std::vector<records::Cell> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const records::Cell &x, const records::Cell &y) {
        return x.type == y.type && x.integer == y.integer && x.bytes == y.bytes;
    });
}

bool sameRow(const records::BoundRow &a, const records::BoundRow &b)
{
    return a.present == b.present && sameCells(a.cells, b.cells) && a.error == b.error;
}

} // namespace

class RecordsAheadTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    QList<QJsonObject> m_records; ///< the demo unit's records, as A uploads them
    std::map<QString, QStringList> m_columns;

    QJsonObject first(const QString &kind) const
    {
        for (const QJsonObject &record : m_records) {
            if (record.value("kind"_L1) == kind) {
                return record;
            }
        }
        return {};
    }

    static QJsonObject withRow(QJsonObject record, const QString &column, const QJsonValue &value)
    {
        QJsonObject row = record.value("row"_L1).toObject();
        row.insert(column, value);
        record.insert(u"row"_s, row);
        return record;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        m_records = test::outboxRecords(m_pair.a->db());
        QVERIFY(m_records.size() > 500);
        store::StatementCache statements(m_pair.b->db());
        records::RowWriter writer(statements);
        for (const records::RecordKind &kind : records::recordKinds()) {
            m_columns.emplace(kind.table, writer.columnsOf(kind.table).value());
            for (const records::ChildTable &child : kind.children) {
                m_columns.emplace(child.table, writer.columnsOf(child.table).value());
            }
        }
    }

    void theOtherCoreMakesWhatThisThreadWould()
    {
        // The demo unit many times over, with records that break the rules or cannot be bound mixed in.
        const QJsonObject entry = first(u"journal_entry"_s);
        QVERIFY(!entry.isEmpty());
        QVERIFY(!first(u"plan_revision"_s).value("children"_L1).toObject().isEmpty());
        QList<QJsonObject> batch;
        for (int copy = 0; copy < 8; ++copy) {
            batch += m_records;
            batch << withRow(entry, u"mood"_s, u"glad"_s) << withRow(entry, u"author_id"_s, u"inte ett id"_s)
                  << withRow(entry, u"wall_ms"_s, 1.5) << QJsonObject { { u"kind"_s, u"recipe"_s } };
        }
        sync::RecordsAhead ahead(batch, m_columns);
        int broken = 0, unbound = 0, children = 0;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const sync::IncomingRecord made = ahead.take(i);
            const sync::IncomingRecord here = sync::RecordsAhead::prepare(batch.at(i), m_columns);
            QCOMPARE(made.breach, records::recordBreach(batch.at(i)));
            QCOMPARE(made.breach, here.breach);
            QCOMPARE(made.key, batch.at(i).value("key"_L1).toString());
            QCOMPARE(made.kind, here.kind);
            QCOMPARE(made.row, here.row);
            QVERIFY(sameRow(made.bound, here.bound));
            QCOMPARE(made.children.size(), here.children.size());
            for (size_t c = 0; c < made.children.size(); ++c) {
                QCOMPARE(made.children[c].first, here.children[c].first);
                QVERIFY(sameRow(made.children[c].second, here.children[c].second));
            }
            broken += made.breach.isEmpty() ? 0 : 1;
            unbound += made.bound.error.isEmpty() ? 0 : 1;
            children += int(made.children.size());
        }
        QCOMPARE(broken, 8 * 2); // the id that is none, the kind that is none
        QCOMPARE(unbound, 8 * 2); // the column that is none, the number that is no whole number
        QVERIFY(children > 0);
    }

    void aBatchGivenUpStopsTheWork()
    {
        QList<QJsonObject> batch;
        for (int copy = 0; copy < 200; ++copy) {
            batch += m_records;
        }
        QElapsedTimer timer;
        timer.start();
        {
            sync::RecordsAhead ahead(batch, m_columns);
            QVERIFY(ahead.take(0).breach.isEmpty());
        }
        // Judging all of them takes seconds; stopping takes one record's time.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    }

    void withoutAThreadTheWritingThreadDoesTheWork()
    {
        const QJsonObject entry = first(u"journal_entry"_s);
        const QList<QJsonObject> batch { entry, withRow(entry, u"mood"_s, u"glad"_s),
            withRow(entry, u"author_id"_s, u"inte ett id"_s) };
        noThreads = true;
        sync::RecordsAhead ahead(batch, m_columns); // std::jthread throws std::system_error; caught inside
        noThreads = false;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const sync::IncomingRecord made = ahead.take(i); // would wait for a worker that never came
            QCOMPARE(made.breach, records::recordBreach(batch.at(i)));
            QVERIFY(sameRow(made.bound, sync::RecordsAhead::prepare(batch.at(i), m_columns).bound));
        }
    }

    void aRowIsBoundAsTheStoreTakesIt()
    {
        const QStringList columns { u"id"_s, u"text"_s, u"wall_ms"_s, u"photo"_s, u"note"_s };
        const QJsonObject row { { u"id"_s, u"a"_s }, { u"text"_s, u"Åsa åt frukost"_s }, { u"wall_ms"_s, 17.0 },
            { u"photo"_s, QJsonObject { { u"b64"_s, u"AAEC"_s } } }, { u"note"_s, QJsonValue::Null } };
        const records::BoundRow bound = records::BoundRow::of(u"t"_s, columns, row);
        QVERIFY(bound.error.isEmpty());
        QCOMPARE(bound.present, std::string("11111"));
        QCOMPARE(int(bound.cells.size()), 5);
        QCOMPARE(bound.cells[1].type, records::Cell::Type::Text);
        QCOMPARE(bound.cells[1].bytes, u"Åsa åt frukost"_s.toUtf8());
        QCOMPARE(bound.cells[2].type, records::Cell::Type::Integer);
        QCOMPARE(bound.cells[2].integer, 17);
        QCOMPARE(bound.cells[3].type, records::Cell::Type::Blob);
        QCOMPARE(bound.cells[3].bytes, QByteArray("\x00\x01\x02", 3));
        QCOMPARE(bound.cells[4].type, records::Cell::Type::Null);
        // Only the columns the row carries, in the table's order.
        const records::BoundRow some
            = records::BoundRow::of(u"t"_s, columns, { { u"wall_ms"_s, 1.0 }, { u"id"_s, u"b"_s } });
        QCOMPARE(some.present, std::string("10100"));
        QCOMPARE(some.cells[0].bytes, QByteArray("b"));
        QCOMPARE(some.cells[1].integer, 1);
    }

    void aRowThatCannotBeBoundSaysWhy_data()
    {
        QTest::addColumn<QJsonObject>("row");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown column") << QJsonObject { { u"id"_s, u"a"_s }, { u"mood"_s, u"glad"_s } }
                                        << u"t has no column 'mood'"_s;
        QTest::newRow("unknown before wrong form")
            << QJsonObject { { u"text"_s, true }, { u"mood"_s, u"glad"_s } } << u"t has no column 'mood'"_s;
        QTest::newRow("a truth value") << QJsonObject { { u"text"_s, true } }
                                       << u"t.text has a value of the wrong form"_s;
        QTest::newRow("first by name") << QJsonObject { { u"wall_ms"_s, 1.5 }, { u"text"_s, QJsonArray {} } }
                                       << u"t.text has a value of the wrong form"_s;
        QTest::newRow("bad base64") << QJsonObject { { u"photo"_s, QJsonObject { { u"b64"_s, u"*"_s } } } }
                                    << u"t.photo has a value of the wrong form"_s;
        QTest::newRow("an object") << QJsonObject { { u"photo"_s, QJsonObject { { u"hex"_s, u"00"_s } } } }
                                   << u"t.photo has a value of the wrong form"_s;
        QTest::newRow("too big") << QJsonObject { { u"wall_ms"_s, 1e300 } }
                                 << u"t.wall_ms has a value of the wrong form"_s;
    }

    void aRowThatCannotBeBoundSaysWhy()
    {
        QFETCH(QJsonObject, row);
        QFETCH(QString, error);
        const QStringList columns { u"id"_s, u"wall_ms"_s, u"text"_s, u"photo"_s }; // not in name order
        QCOMPARE(records::BoundRow::of(u"t"_s, columns, row).error, error);
    }
};

QTEST_GUILESS_MAIN(RecordsAheadTest)
#include "recordsaheadtest.moc"
