// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The embedded central store's log (SQLite) is append-only but for one thing: day notes written before the cut-off
// the purge sets may be deleted. Raw SQL against a store migrated with akten-central's own migrations: an update of
// any record, a delete of any other record, and a delete of a day note outside the purge or newer than the cut-off
// are refused by name; the purge's delete goes through. The refused shelf is append-only, as on PostgreSQL.
#include "app/store/database.h"
#include "app/store/migrator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;

static void initResources()
{
    Q_INIT_RESOURCE(central_migrations); // akten-central's migrations live in a static library
}

class CentralTriggersTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::optional<store::Database> m_db;

    [[nodiscard]] qint64 count(const QString &kind)
    {
        auto statement = m_db->prepare(u"SELECT count(*) FROM records WHERE kind = ?"_s);
        statement.value().bind(1, kind);
        return statement.value().step().value() ? statement.value().int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initResources();
        auto db = store::Database::openPlain(m_tmp.filePath(u"central.db"_s), store::Database::Mode::CreateIfMissing);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db.emplace(std::move(db).value());
        auto migrated = store::Migrator::fromResources(u":/akten/central/migrations"_s).migrate(*m_db);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
        QVERIFY(m_db->exec(u"INSERT INTO units (id) VALUES ('u1'); INSERT INTO devices (device_id) VALUES ('d1');"_s));
        QVERIFY(m_db->exec(u"INSERT INTO records (unit_id, kind, record_key, device_id, device_seq, body, received_ms) "
                           "VALUES ('u1', 'journal_entry', 'j1', 'd1', 1, '{\"row\":{\"wall_ms\":1000}}', 1), "
                           "('u1', 'day_note', 'old', 'd1', 2, '{\"row\":{\"wall_ms\":1000}}', 1), "
                           "('u1', 'day_note', 'new', 'd1', 3, '{\"row\":{\"wall_ms\":9000}}', 1)"_s));
    }

    void nothingIsChanged()
    {
        const auto updated = m_db->exec(u"UPDATE records SET body = '{}' WHERE record_key = 'old'"_s);
        QVERIFY(!updated);
        QVERIFY2(updated.error().message.endsWith(u"append-only: records"_s), qPrintable(updated.error().message));
    }

    void onlyTheDayNotesThePurgeExpiresAreDeleted()
    {
        // No purge running: not even an old day note goes.
        auto refused = m_db->exec(u"DELETE FROM records WHERE record_key = 'old'"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"only day notes 90 days old are purged"_s),
            qPrintable(refused.error().message));
        // The purge's cut-off: notes written before it go, newer ones and every other record stay.
        QVERIFY(m_db->exec(u"INSERT INTO day_note_purge (before_ms) VALUES (5000)"_s));
        QVERIFY(!m_db->exec(u"DELETE FROM records WHERE kind = 'journal_entry'"_s));
        QVERIFY(!m_db->exec(u"DELETE FROM records WHERE record_key = 'new'"_s));
        QVERIFY(m_db->exec(u"DELETE FROM records WHERE record_key = 'old'"_s));
        QCOMPARE(count(u"day_note"_s), 1);
        QCOMPARE(count(u"journal_entry"_s), 1);
    }
    void theRefusedShelfIsNeverChanged()
    {
        // As on PostgreSQL (rejected_append_only): what a device sent and why it was refused stays, by the message.
        QVERIFY(m_db->exec(u"INSERT INTO rejected (device_id, device_seq, kind, record_key, reason, body, received_ms) "
                           "VALUES ('d1', 9, 'journal_entry', 'j9', 'no column mood', '{}', 1)"_s));
        for (const QString &sql : { u"UPDATE rejected SET reason = 'fine' WHERE device_seq = 9"_s,
                 u"DELETE FROM rejected WHERE device_seq = 9"_s }) {
            const Status refused = m_db->exec(sql);
            QVERIFY2(!refused, qPrintable(sql));
            QVERIFY2(refused.error().message.endsWith(u"append-only: rejected"_s), qPrintable(refused.error().message));
        }
        auto kept = m_db->prepare(u"SELECT reason FROM rejected WHERE device_seq = 9"_s);
        QVERIFY(kept && kept.value().step().value());
        QCOMPARE(kept.value().text(0), u"no column mood"_s);
    }
};

QTEST_GUILESS_MAIN(CentralTriggersTest)
#include "centraltriggerstest.moc"
