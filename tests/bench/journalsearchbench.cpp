// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Searching the social journal (issue 14): a unit of 60 residents with 100 000 journal entries (real-sounding
// Swedish notes built from sentence fragments, seeded) and 3 000 corrections and objections in the encrypted device
// store. A mix of queries as staff type them in one resident's journal (one word, each keystroke of a word, two words,
// Swedish letters, a word only in corrections, a word that is nowhere), each run three ways, in turn:
//  - JournalRepository::search (what the journal asks the store): p50/p95/p99/max;
//  - JournalListModel::setQuery (what one keystroke in the search field costs the UI thread: the search, the
//    resident's corrections and the rows): p50/p95/p99/max;
//  - the baseline: the simplest program doing the same work, a bare sqlite3 C API connection to the same keyed
//    SQLCipher file running the plain FTS5 statement one would write (the words MATCHed in journal_search's text
//    column, the resident's entries whose id is among the hits, their columns, newest first) and stepping through its
//    rows. It uses the same index, because the index is the store's data, but not its resident column (migration
//    0008: the repository lets FTS5 narrow to the resident inside the index; that is our design, not a given), and no
//    repository, no Qt, no row decoding. A LIKE scan would not be the same work: it finds words inside words ("dusch"
//    in "handduschen") and folds case for ASCII only.
// Prints the ratio of the repository's p50 and p99 to the baseline's, and for reference the time to read a resident's
// whole journal (what a one-letter query, which finds most of it, cannot beat).
// Every answer is checked against an oracle computed from the generated texts (every word as typed or longer, in the
// entry or in one correction) and against the baseline's; a wrong answer, a planted phrase not found for its
// resident (or found for another), or a mix whose answers are all empty exits 1.
// Usage: journalsearchbench [queries] [entries]   (default 600 queries, 100 000 entries; the set-up is not measured)
#include "tests/bench/benchsupport.h"

#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "app/core/journal.h"
#include "app/models/journallistmodel.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

constexpr int kResidents = 60;
constexpr int kStaff = 30;
constexpr int kCorrections = 3'000;
constexpr int kBatch = 5'000;
constexpr int kDays = 3 * 365;
constexpr int kWholeJournals = 30;

using bench::die;
using bench::must;
using bench::out;

// Sentence fragments: "<when> <verb> <name> <what>" and sometimes a follow-up and a closing.
constexpr const char16_t *kWhen[] = { u"På morgonen", u"Efter frukosten", u"Vid lunch", u"Under eftermiddagen",
    u"Vid kvällsfikat", u"Under natten", u"Före middagen", u"Efter vilan", u"Under förmiddagen", u"Vid dagens promenad",
    u"Strax efter klockan tre", u"På kvällen" };
constexpr const char16_t *kWhat[] = { u"var %1 glad och ville gå ut på en promenad runt dammen.",
    u"åt %1 hela portionen och bad om mer potatismos.",
    u"sa %1 att det gjorde ont i vänster knä; sjuksköterskan informerades.",
    u"tackade %1 nej till duschen och valde att duscha i morgon i stället.",
    u"satt %1 i dagrummet och löste korsord tillsammans med personalen.",
    u"var %1 orolig och frågade efter sin dotter flera gånger.", u"fick %1 hjälp med omläggning av såret på höger fot.",
    u"vägdes %1 och vikten var oförändrad. Vi tog också mått för nya stödstrumpor.",
    u"ringde %1s dotter och frågade hur veckan hade varit.",
    u"ville %1 inte äta frukost men drack ett glas apelsinjuice.", u"sov %1 oroligt och ringde på larmet tre gånger.",
    u"följde %1 med på sittgympan och skrattade mycket.", u"berättade %1 om sin uppväxt i Härjedalen och om fjällen.",
    u"hade %1 besök av sin son, som stannade över middagen.",
    u"behövde %1 hjälp att byta kläder efter en olycka vid toaletten.",
    u"fick %1 sina läkemedel av sjuksköterskan enligt ordination.",
    u"tyckte %1 att rummet var kallt; vi hämtade en extra filt.",
    u"gick %1 med rollator till matsalen utan att behöva stöd.",
    u"var %1 trött och låg kvar i sängen till klockan tio.", u"lyssnade %1 på radio och sjöng med i gamla schlager.",
    u"klagade %1 på att maten var för salt; köket informerades.",
    u"tvättade %1 håret med stöd och ville själv välja schampo.",
    u"hade %1 svårt att svälja tabletterna; sjuksköterskan kontaktades.",
    u"blev %1 ledsen när vi pratade om huset i Sundsvall.",
    u"ville %1 promenera till affären och köpa tidningen själv.",
    u"tog %1 emot handduschen och skötte tvätten av ansiktet själv." };
constexpr const char16_t *kThen[] = { u"Det gick lugnt till.", u"Måltiden åts i lugn takt.", u"Aptiten var måttlig.",
    u"Personalen stannade kvar en stund och pratade.", u"Vi följer upp detta i morgon.",
    u"Kontaktmannen är informerad.", u"Ingen smärta uppgavs efteråt.", u"Det blev lättare efter en stund.",
    u"Promenaden verkade göra gott.", u"Önskemålet förs in i genomförandeplanen.", u"Dottern återkommer på söndag.",
    u"Humöret var bättre mot kvällen.", u"Hörapparaten var urladdad och byttes.", u"Ögondropparna gavs efter maten." };
constexpr const char16_t *kFirstNames[] = { u"Astrid", u"Bertil", u"Elsa", u"Gunnar", u"Ingrid", u"Karl", u"Margit",
    u"Nils", u"Rut", u"Sven", u"Ulla", u"Åke" };
constexpr const char16_t *kLastNames[]
    = { u"Andersson", u"Berg", u"Eklund", u"Holm", u"Lindqvist", u"Nyström", u"Sandberg", u"Öberg" };
/** Corrections only: words no entry has ("sonen", "distriktssköterskan", "förväxlades"). */
constexpr const char16_t *kCorrected[] = { u"Det var den yngre sonen som ringde, inte dottern.",
    u"Läkemedlen gavs av distriktssköterskan, inte av sjuksköterskan på enheten.",
    u"Det var höger knä, inte vänster; i övrigt stämmer anteckningen.",
    u"Tiden förväxlades: det hände strax efter lunch, inte på morgonen." };
constexpr const char16_t *kReasons[]
    = { u"Fel person angavs.", u"Fel yrkesgrupp angavs.", u"Fel sida angavs.", u"Fel tid angavs." };
constexpr const char16_t *kObjections[] = { u"Jag var inte orolig, bara trött efter en dålig natt.",
    u"Jag tackade inte nej, jag ville bara vänta till efter kaffet." };
/** One entry of the planted resident, and only that one, has this word. */
const QString kPlanted = u"kanelbullebak"_s;

/** An entry's words as FTS5's unicode61 (remove_diacritics 0) sees them, folded: "|ord|ord|". */
QString wordsOf(const QString &text)
{
    static const QRegularExpression words(u"[\\p{L}\\p{N}]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QString folded = u"|"_s;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        folded += it.next().captured(0).toLower() + u'|';
    }
    return folded;
}

struct Written
{
    QList<core::Id> residents;
    std::vector<core::Id> entryIds;
    std::vector<int> residentOf; ///< per entry, the index of its resident
    std::vector<QStringList> words; ///< per entry: its text's words, then each correction's
    core::Id plantedEntry;
    int plantedResident = 7;
    int corrections = 0;
    int objections = 0;
};

Written writeUnit(store::DeviceStore &deviceStore, test::ManualClock &clock, int entryCount)
{
    Written w;
    QRandomGenerator random(20261214);
    const auto pick = [&](auto &list) { return QString::fromUtf16(list[random.bounded(quint32(std::size(list)))]); };
    auto &stamper = deviceStore.stamper();
    store::MasterDataRepository master(deviceStore.db());
    const core::Unit unit { stamper.newId(), u"Ekbacken"_s, core::UnitKind::SarskiltBoende, u"Ekvik"_s, {},
        core::BoardLabel::Room };
    must(master.upsertUnit(unit), "unit");
    QList<core::Id> staff;
    QStringList staffNames;
    for (int i = 0; i < kStaff; ++i) {
        staff.append(stamper.newId());
        staffNames.append(QString::fromUtf16(kFirstNames[(i + 5) % std::size(kFirstNames)]) + u' '
            + QString::fromUtf16(kLastNames[i % std::size(kLastNames)]));
    }
    QStringList firstNames;
    const QDate firstDay = QDate(2026, 11, 18).addDays(-kDays);
    for (int i = 0; i < kResidents; ++i) {
        core::Resident r;
        r.id = stamper.newId();
        r.unitId = unit.id;
        r.firstName = QString::fromUtf16(kFirstNames[i % std::size(kFirstNames)]);
        r.lastName = QString::fromUtf16(kLastNames[(i / std::size(kFirstNames)) % std::size(kLastNames)]);
        r.birthDate = QDate(1928 + i % 20, 1 + i % 12, 1 + i % 28);
        r.personalNumber = r.birthDate.toString(u"yyyyMMdd"_s) + u"-%1"_s.arg(1000 + 37 * i);
        r.room = u"Rum %1"_s.arg(101 + i);
        r.movedIn = firstDay.addDays(-30);
        must(master.upsertResident(r), "resident");
        w.residents.append(r.id);
        firstNames.append(r.firstName);
    }

    store::JournalRepository journal(deviceStore.db());
    const qint64 startMs = QDateTime(firstDay, QTime(7, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 stepMs = qint64(kDays) * 86'400'000 / entryCount;
    w.entryIds.reserve(size_t(entryCount));
    for (int done = 0; done < entryCount;) {
        store::Transaction tx(deviceStore.db());
        must(tx.start(), "begin");
        for (int i = 0; i < kBatch && done < entryCount; ++i, ++done) {
            const int resident = int(random.bounded(quint32(kResidents)));
            const int author = int(random.bounded(quint32(kStaff)));
            clock.set(startMs + qint64(done) * stepMs);
            core::JournalEntry e;
            e.meta = stamper.stamp(staff.at(author));
            e.residentId = w.residents.at(resident);
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), QTimeZone::utc());
            e.eventDate = at.date();
            e.eventTime = random.bounded(3) == 0 ? QTime() : QTime(at.time().hour(), at.time().minute());
            e.category = core::JournalCategory(random.bounded(3) == 0 ? random.bounded(17) : 0);
            e.text = pick(kWhen) + u' ' + pick(kWhat).arg(firstNames.at(resident));
            for (int more = int(random.bounded(3)); more > 0; --more) {
                e.text += u' ' + pick(kThen);
            }
            if (done == entryCount / 2) {
                e.residentId = w.residents.at(w.plantedResident);
                e.text = u"Vi hade kanelbullebak i köket och %1 rullade degen."_s.arg(firstNames.at(w.plantedResident));
                w.plantedEntry = e.meta.id;
            }
            e.authorName = staffNames.at(author);
            e.authorTitle = u"undersköterska"_s;
            must(journal.append(e), "append");
            w.entryIds.push_back(e.meta.id);
            w.residentOf.push_back(int(w.residents.indexOf(e.residentId)));
            w.words.push_back({ wordsOf(e.text) });
        }
        must(tx.commit(), "commit");
    }

    store::Transaction tx(deviceStore.db());
    must(tx.start(), "begin");
    clock.set(startMs + qint64(kDays) * 86'400'000);
    for (int i = 0; i < kCorrections; ++i) {
        const int entry = int(random.bounded(quint32(entryCount)));
        const bool objection = random.bounded(4) == 0;
        core::Correction c { stamper.stamp(staff.at(i % kStaff)), w.residents.at(w.residentOf.at(size_t(entry))),
            w.entryIds.at(size_t(entry)), objection ? pick(kObjections) : pick(kCorrected),
            objection ? QString() : pick(kReasons), objection, staffNames.at(i % kStaff), u"undersköterska"_s };
        clock.advance(60'000);
        must(journal.appendCorrection(c), "correction");
        w.words.at(size_t(entry)).append(wordsOf(c.text));
        ++(objection ? w.objections : w.corrections);
    }
    must(tx.commit(), "commit");
    return w;
}

/** The entries the search must find: every word as typed or longer, all in the text or all in one correction. */
QSet<core::Id> expected(const Written &w, int resident, const QString &query)
{
    QStringList terms = wordsOf(query).split(u'|', Qt::SkipEmptyParts);
    for (QString &t : terms) {
        t.prepend(u'|');
    }
    QSet<core::Id> found;
    for (size_t i = 0; i < w.entryIds.size(); ++i) {
        if (w.residentOf.at(i) != resident) {
            continue;
        }
        for (const QString &words : w.words.at(i)) {
            if (std::all_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return words.contains(t); })) {
                found.insert(w.entryIds.at(i));
                break;
            }
        }
    }
    return found;
}

/** The baseline: a bare keyed connection to the same file, one prepared FTS5 statement, its rows stepped through. */
class BareSearch
{
public:
    BareSearch(const QString &path, const QByteArray &hexKey)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            die(u"baseline: cannot open"_s);
        }
        const QByteArray key = "x'" + hexKey + "'";
        if (sqlite3_key(m_db, key.constData(), int(key.size())) != SQLITE_OK
            || sqlite3_exec(m_db, "PRAGMA temp_store=MEMORY", nullptr, nullptr, nullptr) != SQLITE_OK) {
            die(u"baseline: cannot key"_s);
        }
        const char *sql = "SELECT id, author_id, device_id, hlc, wall_ms, resident_id, event_date, category, text, "
                          "author_name, author_title, interpreter_used, event_time, hsl_recorded "
                          "FROM journal_entries WHERE resident_id = ?1 AND id IN "
                          "(SELECT entry_id FROM journal_search WHERE journal_search MATCH ?2) "
                          "ORDER BY event_date DESC, event_time DESC, hlc DESC";
        if (sqlite3_prepare_v2(m_db, sql, -1, &m_search, nullptr) != SQLITE_OK) {
            die(u"baseline: cannot prepare: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        }
    }
    ~BareSearch()
    {
        sqlite3_finalize(m_search);
        sqlite3_close_v2(m_db);
    }
    BareSearch(const BareSearch &) = delete;
    BareSearch &operator=(const BareSearch &) = delete;

    /** `expression`: the FTS5 query ("text : (\"ont\"* \"knä\"*)"); returns the ids found (each row's columns are
     * read). */
    std::vector<std::string> search(const std::string &residentId, const std::string &expression)
    {
        std::vector<std::string> ids;
        sqlite3_bind_text(m_search, 1, residentId.data(), int(residentId.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_search, 2, expression.data(), int(expression.size()), SQLITE_STATIC);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(m_search)) == SQLITE_ROW) {
            for (int column = 1; column < 14; ++column) {
                (void)sqlite3_column_text(m_search, column);
            }
            ids.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(m_search, 0)));
        }
        if (rc != SQLITE_DONE) {
            die(u"baseline: "_s + QString::fromUtf8(sqlite3_errmsg(m_db)));
        }
        sqlite3_reset(m_search);
        return ids;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_search = nullptr;
};

/** "ont knä" → "text : (\"ont\"* \"knä\"*)" (the query words are letters only, so no quoting is needed). */
std::string ftsExpression(const QString &query)
{
    std::string expression;
    for (const QString &word : query.split(u' ', Qt::SkipEmptyParts)) {
        expression += (expression.empty() ? "\"" : " \"") + word.toStdString() + "\"*";
    }
    return "text : (" + expression + ")";
}

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) { return ms.at(static_cast<size_t>(p * static_cast<double>(ms.size() - 1))); };
    return { at(0.5), at(0.95), at(0.99), ms.back() };
}

QString line(const Stats &s)
{
    return u"p50 %1 ms p95 %2 ms p99 %3 ms max %4 ms"_s.arg(s.p50, 0, 'f', 3)
        .arg(s.p95, 0, 'f', 3)
        .arg(s.p99, 0, 'f', 3)
        .arg(s.max, 0, 'f', 3);
}

using bench::elapsedMs;

/** What staff type: a kind (for the per-kind lines) and the words. */
struct Query
{
    const char *kind;
    QString text;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"*.info=false"_s);
    const auto argument = [&](int i, int otherwise) {
        return argc > i && QByteArray(argv[i]).toInt() > 0 ? QByteArray(argv[i]).toInt() : otherwise;
    };
    const int queries = argument(1, 600);
    const int entryCount = std::max(argument(2, 100'000), 1'000);
    QTemporaryDir tmp;
    test::TestKeyProvider keys;
    must(keys.prepare(true), "device key");
    test::ManualClock clock;
    const QString dir = tmp.filePath(u"store"_s);
    store::DeviceStore deviceStore = must(store::DeviceStore::create(dir, keys, clock), "store");

    QElapsedTimer setup;
    setup.start();
    const Written w = writeUnit(deviceStore, clock, entryCount);
    must(deviceStore.db().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s), "checkpoint");
    out() << "journalsearchbench: " << kResidents << " residents, " << w.entryIds.size() << " journal entries, "
          << w.corrections << " corrections and " << w.objections << " objections in the encrypted store (set-up "
          << QString::number(double(setup.elapsed()) / 1000, 'f', 1) << " s, not measured); store file "
          << QFileInfo(store::DeviceStore::databasePath(dir)).size() / (1024 * 1024) << " MiB\n";
    out().flush();

    QFile wrapped(store::DeviceStore::wrappedKeyPath(dir));
    if (!wrapped.open(QIODevice::ReadOnly)) {
        die(u"cannot read the wrapped data key"_s);
    }
    const store::SecretBytes dataKey = must(keys.unwrap(wrapped.readAll()), "data key");
    BareSearch bare(store::DeviceStore::databasePath(dir),
        QByteArray(reinterpret_cast<const char *>(dataKey.data()), qsizetype(dataKey.size())).toHex());

    const std::vector<Query> pool { { "one word", u"promenad"_s }, { "one word", u"sjuksköterskan"_s },
        { "one word", u"korsord"_s }, { "as typed", u"p"_s }, { "as typed", u"pr"_s }, { "as typed", u"pro"_s },
        { "as typed", u"prom"_s }, { "as typed", u"promen"_s }, { "as typed", u"dusch"_s },
        { "two words", u"ont knä"_s }, { "two words", u"höger fot"_s }, { "two words", u"dotter orolig"_s },
        { "å ä ö", u"mått"_s }, { "å ä ö", u"önskemålet"_s }, { "å ä ö", u"måltiden"_s },
        { "in corrections", u"sonen"_s }, { "in corrections", u"förväxlades"_s }, { "nowhere", u"zebrafink"_s },
        { "planted", kPlanted } };

    store::JournalRepository repository(deviceStore.db());
    JournalListModel model(repository);
    QRandomGenerator random(1402);
    std::vector<double> repositoryMs;
    std::vector<double> modelMs;
    std::vector<double> bareMs;
    std::map<std::string, std::vector<double>> byKind;
    qint64 hits = 0;
    int correctionOnly = 0;
    QHash<QPair<int, QString>, QSet<core::Id>> oracle;
    for (int q = 0; q < queries; ++q) {
        const Query &query = pool.at(size_t(q) % pool.size()); // every kind in turn, residents at random
        const int resident = int(random.bounded(quint32(kResidents)));
        const core::Id residentId = w.residents.at(resident);
        const std::string residentText = core::idToString(residentId).toStdString();
        const std::string expression = ftsExpression(query.text);

        QList<core::JournalEntry> found;
        std::vector<std::string> bareFound;
        double ms = 0;
        // The three take turns going first, so none always finds the pages the others just read.
        for (int turn = 0; turn < 3; ++turn) {
            switch ((q + turn) % 3) {
            case 0:
                ms = elapsedMs([&] { found = must(repository.search(residentId, query.text), "search"); });
                repositoryMs.push_back(ms);
                byKind[query.kind].push_back(ms);
                break;
            case 1:
                model.load({}); // the resident's journal open, the search field empty, as before the first key
                model.setQuery({});
                model.load(residentId);
                modelMs.push_back(elapsedMs([&] { model.setQuery(query.text); }));
                break;
            default:
                bareMs.push_back(elapsedMs([&] { bareFound = bare.search(residentText, expression); }));
            }
        }

        const auto key = qMakePair(resident, query.text);
        if (!oracle.contains(key)) {
            oracle.insert(key, expected(w, resident, query.text));
        }
        const QSet<core::Id> &want = oracle.value(key);
        QSet<core::Id> got;
        for (const core::JournalEntry &e : std::as_const(found)) {
            if (e.residentId != residentId) {
                die(u"\"%1\" found another resident's entry"_s.arg(query.text));
            }
            got.insert(e.meta.id);
        }
        QSet<core::Id> bareGot;
        for (const std::string &id : bareFound) {
            bareGot.insert(core::idFromString(QString::fromStdString(id)));
        }
        if (got != want || qsizetype(found.size()) != got.size() || bareGot != want) {
            die(u"\"%1\" for resident %2: the search found %3 entries, the baseline %4, the texts have %5"_s
                    .arg(query.text)
                    .arg(resident)
                    .arg(found.size())
                    .arg(bareGot.size())
                    .arg(want.size()));
        }
        if (query.text == kPlanted
            && (resident == w.plantedResident) != (found.size() == 1 && found.constFirst().meta.id == w.plantedEntry)) {
            die(u"the planted entry was not found for its resident, or was found for another"_s);
        }
        if (query.text == u"sonen"_s) {
            correctionOnly += int(found.size()); // "sonen" is in corrections only
        }
        hits += found.size();
    }
    // The planted word for its own resident, whatever the draw gave.
    const auto planted = must(repository.search(w.residents.at(w.plantedResident), kPlanted), "search");
    if (planted.size() != 1 || planted.constFirst().meta.id != w.plantedEntry) {
        die(u"the planted entry was not found for its resident"_s);
    }
    if (hits == 0 || (queries >= int(pool.size()) * 3 && correctionOnly == 0)) {
        die(u"the searches found nothing: the bench would measure an empty search"_s);
    }

    const Stats repositoryStats = stats(repositoryMs);
    const Stats modelStats = stats(modelMs);
    const Stats bareStats = stats(bareMs);
    out() << "queries: " << queries << " in one resident's journal each (" << pool.size()
          << " queries in turn, residents at random), " << hits << " entries found, all as the texts say\n";
    for (const auto &[kind, ms] : byKind) {
        out() << "  " << QString::fromStdString(kind).leftJustified(15) << line(stats(ms)) << " (" << ms.size()
              << " queries)\n";
    }
    out() << "search (JournalRepository::search) " << line(repositoryStats) << '\n';
    out() << "keystroke (JournalListModel::setQuery: search, corrections, rows) " << line(modelStats) << '\n';
    out() << "baseline (bare sqlite3 C API, the same keyed file, one FTS5 MATCH statement) " << line(bareStats) << '\n';
    out() << "search ratio p50 " << QString::number(repositoryStats.p50 / bareStats.p50, 'f', 2) << " p99 "
          << QString::number(repositoryStats.p99 / bareStats.p99, 'f', 2) << " (search / baseline)\n";
    // What a query that finds most of a resident's entries cannot beat: reading the resident's whole journal.
    std::vector<double> wholeMs;
    for (int i = 0; i < kWholeJournals; ++i) {
        const core::Id residentId = w.residents.at(int(random.bounded(quint32(kResidents))));
        wholeMs.push_back(elapsedMs([&] { (void)must(repository.entries(residentId), "entries"); }));
    }
    out() << "reference: a resident's whole journal (JournalRepository::entries, about " << entryCount / kResidents
          << " entries) " << line(stats(wholeMs)) << '\n';
    out().flush();
    return 0;
}
