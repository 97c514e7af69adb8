// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A record the tablet's schema refuses leaves nothing of itself, whichever way the importer undoes it (issue 19: a
// record of one INSERT runs without a savepoint, SQLite's statement rollback undoing it; a record of several writes
// keeps its savepoint): a plan revision whose child row fails after the revision went in; journal entries refused by
// a foreign key (checked after the search trigger wrote), a CHECK and a trigger. Each time every table of the store,
// the search index included, is byte for byte what it was, the reason is SQLite's, and the batch goes on.
#include "tests/support/demopair.h"
#include "tests/support/outboxrecords.h"

#include "app/core/ids.h"
#include "app/store/statement.h"
#include "sync/importer/syncrows.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;
using Outcome = sync::ImportOutcome::Status;

class SyncRowsRefusalTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    QList<QJsonObject> m_records; ///< A's records, all applied to B

    /** Every row of every table of the store (sqlite_master's, the FTS tables and their shadows included). */
    static QByteArray fingerprint(store::Database &db)
    {
        QStringList tables;
        auto names = db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s).value();
        while (names.step().value()) {
            tables << names.text(0);
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &table : std::as_const(tables)) {
            hash.addData(table.toUtf8());
            auto rows = db.prepare(u"SELECT * FROM \"%1\""_s.arg(table)).value();
            while (rows.step().value()) {
                for (int i = 0; i < rows.columnCount(); ++i) {
                    hash.addData(QByteArray::number(int(rows.type(i))));
                    hash.addData(rows.type(i) == store::Statement::Type::Integer ? QByteArray::number(rows.int64(i))
                                                                                 : rows.blob(i));
                }
            }
        }
        return hash.result();
    }

    QJsonObject first(const QString &kind) const
    {
        for (const QJsonObject &record : m_records) {
            if (record.value("kind"_L1) == kind) {
                return record;
            }
        }
        return {};
    }

    /** `record` as a new record (a new id and key) with `changes` in its row. */
    QJsonObject renewed(QJsonObject record, const QJsonObject &changes)
    {
        const QString id = core::idToString(m_pair.b->stamper().newId());
        QJsonObject row = record.value("row"_L1).toObject();
        row.insert(u"id"_s, id);
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            row.insert(it.key(), it.value());
        }
        record.insert(u"key"_s, id);
        record.insert(u"row"_s, row);
        return record;
    }

    /** Imports `refused` then a good record in one batch: the first refused for `reason`, nothing of it left. */
    void refusedLeavingNothing(const QJsonObject &refused, const QString &reason)
    {
        store::Database &db = m_pair.b->db();
        const QByteArray before = fingerprint(db);
        const auto outcomes = sync::SyncRows(db).importRecords({ refused });
        QVERIFY(outcomes);
        QCOMPARE(outcomes.value().constFirst().status, Outcome::Rejected);
        QVERIFY2(outcomes.value().constFirst().reason.contains(reason), qPrintable(outcomes.value().first().reason));
        QCOMPARE(fingerprint(db), before);
        const QJsonObject good = renewed(first(u"journal_entry"_s), {});
        const auto mixed = sync::SyncRows(db).importRecords({ refused, good });
        QVERIFY(mixed);
        QCOMPARE(mixed.value().at(0).status, Outcome::Rejected);
        QCOMPARE(mixed.value().at(1).status, Outcome::Accepted);
        QCOMPARE(sync::SyncRows(db).exportRecord(u"journal_entry"_s, good.value("key"_L1).toString()).value(), good);
        QCOMPARE(sync::SyncRows(db)
                     .exportRecord(refused.value("kind"_L1).toString(), refused.value("key"_L1).toString())
                     .error()
                     .code,
            ErrorCode::NotFound);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        m_records = test::outboxRecords(m_pair.a->db());
        for (const auto &outcome : sync::SyncRows(m_pair.b->db()).importRecords(m_records).value()) {
            QVERIFY2(outcome.status == Outcome::Accepted, qPrintable(outcome.reason));
        }
    }

    void aRecordWhoseChildRowFailsLeavesNothing()
    {
        // The revision itself is fine and goes in first; its parent names no revision (a foreign key).
        QJsonObject revision = renewed(first(u"plan_revision"_s), {});
        const QString unknown = core::idToString(m_pair.b->stamper().newId());
        revision.insert(u"children"_s,
            QJsonObject { { u"plan_parents"_s,
                QJsonArray {
                    QJsonObject { { u"revision_id"_s, revision.value("key"_L1) }, { u"parent_id"_s, unknown } } } } });
        refusedLeavingNothing(revision, u"FOREIGN KEY constraint failed"_s);
    }

    void aSingleInsertRefusedByAForeignKeyLeavesNothing()
    {
        // Checked at the statement's end: the row and the search index's row are in by then.
        const QString nobody = core::idToString(m_pair.b->stamper().newId());
        refusedLeavingNothing(
            renewed(first(u"journal_entry"_s), { { u"resident_id"_s, nobody } }), u"FOREIGN KEY constraint failed"_s);
    }

    void aSingleInsertRefusedByACheckLeavesNothing()
    {
        refusedLeavingNothing(
            renewed(first(u"journal_entry"_s), { { u"event_time"_s, u"25:99"_s } }), u"CHECK constraint failed"_s);
    }

    void aSingleInsertRefusedByATriggerLeavesNothing()
    {
        store::Database &db = m_pair.b->db();
        QVERIFY(db.exec(u"CREATE TEMP TRIGGER refuse_entries AFTER INSERT ON journal_entries "
                        "WHEN NEW.text = 'refuse me' BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"_s));
        refusedLeavingNothing(
            renewed(first(u"journal_entry"_s), { { u"text"_s, u"refuse me"_s } }), u"refused by a trigger"_s);
        QVERIFY(db.exec(u"DROP TRIGGER refuse_entries"_s));
    }
};

QTEST_GUILESS_MAIN(SyncRowsRefusalTest)
#include "syncrowsrefusaltest.moc"
