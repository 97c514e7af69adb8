// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A tablet's first download as a bulk load (store/bulkload.h, issue 19): with more to come, the synced tables' non-
// unique secondary indexes and the journal's search triggers are dropped for the load and built again in the last
// batch's transaction, exactly as the migrations made them; nothing that guards the data (primary keys, unique
// constraints, append-only triggers) is dropped, even mid-load; the search table afterwards holds what row-by-row
// triggers would have put there; a load cut short is finished when the store is next opened or the sync fails; a
// download that fits in one answer, a later one, or one to a tablet someone already wrote on, drops nothing. Every
// message goes through the wire codec.
#include "tests/support/demopair.h"

#include "app/store/bulkload.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/syncstaterepository.h"
#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

sync::DownloadResponse wire(const sync::DownloadResponse &message)
{
    auto decoded = sync::decodeDownloadResponse(sync::encode(message));
    if (const auto *error = std::get_if<sync::DecodeError>(&decoded)) {
        qFatal("codec refused a valid message: %s", qPrintable(error->message));
    }
    return std::get<sync::DownloadResponse>(decoded);
}

/** One query's rows, each as its columns joined by '|', in the query's order. */
QStringList rows(store::Database &db, const QString &sql)
{
    QStringList found;
    auto query = db.prepare(sql);
    if (!query) {
        qWarning() << query.error().message;
        return { u"<error>"_s };
    }
    for (auto more = query.value().step(); more && more.value(); more = query.value().step()) {
        QStringList columns;
        for (int i = 0; i < query.value().columnCount(); ++i) {
            columns << query.value().text(i);
        }
        found << columns.join(u'|');
    }
    return found;
}

/** Every index and trigger of the store with its SQL: what a load must leave exactly as it found. */
QStringList schemaOf(store::Database &db)
{
    return rows(db,
        u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY type, name"_s);
}

const QString kSearchRows = u"SELECT entry_id, resident, text FROM journal_search ORDER BY entry_id, text"_s;

} // namespace

class FirstLoadTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    QList<sync::DownloadItem> m_log; ///< everything A wrote, as the central store would serve it: positions 1..n
    QStringList m_freshSchema;

    /** A new tablet with the demo's master data, as the central store sends it before any record. */
    std::optional<store::DeviceStore> newTablet(const QString &name, test::TestKeyProvider &keys)
    {
        auto created = store::DeviceStore::create(m_pair.tmp.filePath(name), keys, m_pair.clock);
        if (!created) {
            return std::nullopt;
        }
        if (!m_pair.copyMasterTo(created.value())) {
            return std::nullopt;
        }
        return std::move(created).value();
    }

    sync::DownloadResponse batchAfter(qint64 cursor, int limit) const
    {
        sync::DownloadResponse batch;
        for (const auto &item : m_log) {
            if (item.position > cursor && batch.items.size() < limit) {
                batch.items.append(item);
            }
        }
        batch.nextCursor = batch.items.isEmpty() ? cursor : batch.items.constLast().position;
        batch.more = batch.nextCursor < m_log.size();
        return wire(batch);
    }

    static bool loadOpen(store::DeviceStore &store)
    {
        const auto open = store::BulkLoad(store.db()).open();
        return open && open.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        m_freshSchema = schemaOf(m_pair.b->db());
        QVERIFY(m_freshSchema.size() > 40);
        qint64 position = 0;
        for (qint64 after = 0;;) {
            const auto entries = sync::SyncRows(m_pair.a->db()).pending(after, 1000).value();
            if (entries.isEmpty()) {
                break;
            }
            for (const auto &entry : entries) {
                m_log.append(
                    { ++position, sync::SyncRows(m_pair.a->db()).exportRecord(entry.kind, entry.key).value() });
            }
            after = entries.constLast().deviceSeq;
        }
        QVERIFY(m_log.size() > 3000);
    }

    void aFirstDownloadBuildsItsIndexesOnceAtTheEnd()
    {
        store::DeviceStore &b = *m_pair.b;
        store::Database &db = b.db();
        sync::DeviceSync tablet(b, m_pair.clock);
        const auto first = batchAfter(0, 1000);
        QVERIFY(first.more);
        const auto applied = tablet.applyDownload(first).value();
        QCOMPARE(applied.accepted, 1000);
        QVERIFY(loadOpen(b));

        // Mid-load: the secondary indexes and the search triggers are gone, and only they.
        const QStringList midSchema = schemaOf(db);
        QVERIFY(!midSchema.contains(u"index|journal_entries_resident|"_s, Qt::CaseSensitive));
        QStringList dropped;
        for (const QString &item : std::as_const(m_freshSchema)) {
            if (!midSchema.contains(item)) {
                dropped << item.section(u'|', 1, 1);
            }
        }
        QVERIFY2(dropped.contains(u"journal_entries_resident"_s), qPrintable(dropped.join(u' ')));
        QVERIFY(dropped.contains(u"signatures_planned"_s));
        QVERIFY(dropped.contains(u"journal_entries_search"_s));
        QVERIFY(dropped.contains(u"corrections_search"_s));
        QCOMPARE(rows(db, u"SELECT name FROM deferred_schema ORDER BY name"_s), [&] {
            QStringList sorted = dropped;
            sorted.sort();
            return sorted;
        }());
        for (const QString &name : std::as_const(dropped)) {
            QVERIFY2(!name.contains(u"no_update"_s) && !name.contains(u"no_delete"_s) && !name.startsWith(u"sqlite_"_s)
                    && !name.startsWith(u"closed_case_"_s) && !name.startsWith(u"sync_queue_"_s),
                qPrintable(name));
        }
        QVERIFY(!dropped.contains(u"residents_unit"_s)); // master data is not part of the load
        // What guards the data still does, mid-load: append-only, the primary key, the search table untouched.
        auto update = db.exec(u"UPDATE journal_entries SET text = 'ändrad' WHERE id = (SELECT min(id) FROM "
                              "journal_entries)"_s);
        QVERIFY(!update);
        QVERIFY2(update.error().message.contains(u"append-only"_s), qPrintable(update.error().message));
        auto twice = db.exec(u"INSERT INTO journal_entries SELECT * FROM journal_entries LIMIT 1"_s);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(u"UNIQUE"_s), qPrintable(twice.error().message));
        // A retried batch mid-load is still a duplicate, not a second row.
        const auto again = tablet.applyDownload(first).value();
        QCOMPARE(again.accepted + again.duplicates + int(again.rejected.size()), 0);

        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = batchAfter(tablet.nextDownload(1000).value().cursor, 1000);
            const auto next = tablet.applyDownload(batch).value();
            QVERIFY2(next.rejected.isEmpty(), qPrintable(next.rejected.join(u'\n')));
            QCOMPARE(loadOpen(b), batch.more);
            if (!batch.more) {
                break;
            }
        }
        QCOMPARE(store::SyncStateRepository(db).downloadCursor().value(), m_log.size());
        // Every index and trigger back exactly as the migrations made it; the search table as row-by-row triggers
        // built A's (A wrote every entry and correction B now has).
        QCOMPARE(schemaOf(db), m_freshSchema);
        const QStringList searched = rows(db, kSearchRows);
        QVERIFY(searched.size() > 100);
        QCOMPARE(searched, rows(m_pair.a->db(), kSearchRows));
        const QString walks = u"SELECT count(*) FROM journal_search WHERE journal_search MATCH 'text:promenad'"_s;
        QVERIFY(rows(db, walks).constFirst().toInt() > 0);
        QCOMPARE(rows(db, walks), rows(m_pair.a->db(), walks));
        QVERIFY(db.checkIntegrity());
        QVERIFY(rows(db, u"PRAGMA foreign_key_check"_s).isEmpty());
    }

    void aFirstDownloadCutShortIsFinishedWhenTheStoreOpens()
    {
        test::TestKeyProvider keys;
        const QString dir = m_pair.tmp.filePath(u"cut-short"_s);
        {
            auto tablet = newTablet(u"cut-short"_s, keys);
            QVERIFY(tablet);
            sync::DeviceSync sync(*tablet, m_pair.clock);
            QCOMPARE(sync.applyDownload(batchAfter(0, 1000)).value().accepted, 1000);
            QVERIFY(loadOpen(*tablet));
        } // the connection is lost and the tablet switched off
        auto reopened = store::DeviceStore::open(dir, keys, m_pair.clock);
        QVERIFY(reopened);
        QVERIFY(!loadOpen(reopened.value()));
        QCOMPARE(schemaOf(reopened.value().db()), m_freshSchema);
        QCOMPARE(rows(reopened.value().db(), u"SELECT count(*) FROM journal_search"_s),
            rows(reopened.value().db(),
                u"SELECT (SELECT count(*) FROM journal_entries) + (SELECT count(*) FROM corrections)"_s));
        // The download goes on where it stopped, as a plain download.
        sync::DeviceSync sync(reopened.value(), m_pair.clock);
        const auto batch = batchAfter(sync.nextDownload(1000).value().cursor, 1000);
        QCOMPARE(batch.items.constFirst().position, 1001);
        QCOMPARE(sync.applyDownload(batch).value().accepted, 1000);
        QVERIFY(!loadOpen(reopened.value()));
    }

    void aFailedSyncClosesTheLoad()
    {
        test::TestKeyProvider keys;
        auto tablet = newTablet(u"failed"_s, keys);
        QVERIFY(tablet);
        sync::DeviceSync sync(*tablet, m_pair.clock);
        QVERIFY(sync.closeFirstLoad()); // nothing open: nothing to do
        QVERIFY(sync.firstDownload().value());
        // A unique index is a constraint, never dropped (the schema has none today: one made here must stay).
        QVERIFY(tablet->db().exec(u"CREATE UNIQUE INDEX signatures_once ON signatures(resident_id, id)"_s));
        const QString once = u"SELECT name FROM sqlite_master WHERE name = 'signatures_once'"_s;
        QCOMPARE(sync.applyDownload(batchAfter(0, 500)).value().accepted, 500);
        QVERIFY(loadOpen(*tablet));
        QCOMPARE(rows(tablet->db(), once), QStringList { u"signatures_once"_s });
        QVERIFY(tablet->db().exec(u"DROP INDEX signatures_once"_s));
        QVERIFY(sync.closeFirstLoad()); // what SyncSession does when a sync fails
        QVERIFY(!loadOpen(*tablet));
        QCOMPARE(schemaOf(tablet->db()), m_freshSchema);
    }

    void aTabletSomeoneWorksOnKeepsItsIndexes()
    {
        // Written on offline before its first sync (the demo tablet is one): its screens need their indexes.
        test::TestKeyProvider keys;
        auto tablet = newTablet(u"worked-on"_s, keys);
        QVERIFY(tablet);
        core::JournalEntry entry;
        entry.meta = tablet->stamper().stamp(m_pair.data.staff.constFirst().id);
        entry.residentId = m_pair.data.residents.constFirst().id;
        entry.eventDate = QDate(2026, 11, 20);
        entry.category = core::JournalCategory::Execution;
        entry.text = u"Margit åt hela frukosten och ville gå en promenad efteråt."_s;
        entry.authorName = u"Anna Berg"_s;
        entry.authorTitle = u"undersköterska"_s;
        QVERIFY(store::JournalRepository(tablet->db()).append(entry));
        sync::DeviceSync sync(*tablet, m_pair.clock);
        QVERIFY(!sync.firstDownload().value());
        const auto first = batchAfter(0, 1000);
        QVERIFY(first.more);
        QCOMPARE(sync.applyDownload(first).value().accepted, 1000);
        QVERIFY(!loadOpen(*tablet));
        QCOMPARE(schemaOf(tablet->db()), m_freshSchema);
    }

    void aDownloadInOneAnswerOrALaterOneDropsNothing()
    {
        test::TestKeyProvider keys;
        auto tablet = newTablet(u"small"_s, keys);
        QVERIFY(tablet);
        sync::DeviceSync sync(*tablet, m_pair.clock);
        // A unit small enough for one answer: its first answer says there is no more.
        sync::DownloadResponse head = batchAfter(0, 200);
        head.more = false;
        QCOMPARE(sync.applyDownload(head).value().accepted, 200);
        QVERIFY(!loadOpen(*tablet));
        QCOMPARE(schemaOf(tablet->db()), m_freshSchema);
        sync::DownloadResponse later = batchAfter(200, 300);
        QVERIFY(later.more);
        QCOMPARE(sync.applyDownload(later).value().accepted, 300);
        QVERIFY(!loadOpen(*tablet)); // the cursor was past 0: not a first download
        QCOMPARE(schemaOf(tablet->db()), m_freshSchema);
    }
};

QTEST_GUILESS_MAIN(FirstLoadTest)
#include "firstloadtest.moc"
