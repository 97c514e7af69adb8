// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Encrypted vs plain store, same schema, same run: 10 000 journal entries and 10 000 signatures, each written
// with its audit event in its own committed transaction (synchronous=FULL), as at the bedside. Prints each time,
// the ratio encrypted/plain (target <= 1.25) and the per-signature commit latency p50/p99.
#include "app/core/audit.h"
#include "app/core/clock.h"
#include "app/core/journal.h"
#include "app/core/recordstamper.h"
#include "app/core/signing.h"
#include "app/store/auditlog.h"
#include "app/store/database.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/migrator.h"
#include "app/store/signingrepository.h"
#include "app/store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

int kRecords = 10000; // `storebench N` runs N of each, for profiling
constexpr int kRounds = 2;

struct RunTimes
{
    double journalSeconds = 0;
    double signatureSeconds = 0;
    std::vector<double> signatureLatencyMs;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void die(const Error &error)
{
    QTextStream(stderr) << "storebench: " << error.message << '\n';
    std::exit(1);
}

template<typename T> T check(Result<T> result)
{
    if (!result) {
        die(result.error());
    }
    return std::move(result).value();
}

void check(const Status &status)
{
    if (!status) {
        die(status.error());
    }
}

/** Writes one record and its audit event in one transaction. */
template<typename Write>
void commitWithAudit(store::Database &db, core::RecordStamper &stamper, const core::Id &staff, const core::Id &resident,
    const QString &action, Write write)
{
    store::Transaction tx(db);
    check(tx.start());
    check(write());
    core::AuditEvent event;
    event.meta = stamper.stamp(staff);
    event.staffRole = u"care_staff"_s;
    event.residentId = resident;
    event.action = action;
    check(store::AuditLog(db).append(event));
    check(tx.commit());
}

RunTimes runOnce(store::Database db, const core::Clock &clock)
{
    check(store::Migrator::bundled().migrate(db));
    core::RecordStamper stamper(clock, u"bench-device"_s);
    const core::Id unitId = stamper.newId();
    const core::Id staffId = stamper.newId();
    const core::Id residentId = stamper.newId();
    store::MasterDataRepository master(db);
    check(master.upsertUnit({ unitId, u"Bänkgården"_s, core::UnitKind::SarskiltBoende, u"Ekvik"_s }));
    check(master.upsertStaff(
        { staffId, u"Test"_s, u"Person"_s, u"undersköterska"_s, core::StaffRole::CareStaff, { unitId }, true }));
    core::Resident resident;
    resident.id = residentId;
    resident.unitId = unitId;
    resident.firstName = u"Bänk"_s;
    resident.lastName = u"Boende"_s;
    resident.personalNumber = u"19400101-9811"_s;
    resident.birthDate = QDate(1940, 1, 1);
    check(master.upsertResident(resident));

    RunTimes times;
    store::JournalRepository journal(db);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kRecords; ++i) {
        core::JournalEntry entry;
        entry.meta = stamper.stamp(staffId);
        entry.residentId = residentId;
        entry.eventDate = QDate(2026, 11, 1).addDays(i % 30);
        entry.text = u"Jag hjälpte till med morgonrutinen. Hen valde själv kläder och åt frukost i "
                     "matsalen. Anteckning %1."_s.arg(i);
        entry.authorName = u"Test Person"_s;
        entry.authorTitle = u"undersköterska"_s;
        commitWithAudit(db, stamper, staffId, residentId, u"write.journal"_s, [&] { return journal.append(entry); });
    }
    times.journalSeconds = timer.nsecsElapsed() / 1e9;

    store::SigningRepository signing(db);
    const core::Id activityId = stamper.newId();
    const core::Id planId = stamper.newId();
    times.signatureLatencyMs.reserve(kRecords);
    timer.restart();
    for (int i = 0; i < kRecords; ++i) {
        QElapsedTimer one;
        one.start();
        core::Signature signature;
        signature.meta = stamper.stamp(staffId);
        signature.residentId = residentId;
        signature.activityId = activityId;
        signature.planRevisionId = planId;
        signature.plannedFor = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(3600LL * i);
        commitWithAudit(
            db, stamper, staffId, residentId, u"write.signature"_s, [&] { return signing.append(signature); });
        times.signatureLatencyMs.push_back(one.nsecsElapsed() / 1e6);
    }
    times.signatureSeconds = timer.nsecsElapsed() / 1e9;
    return times;
}

RunTimes best(const RunTimes &a, const RunTimes &b)
{
    RunTimes r;
    r.journalSeconds = std::min(a.journalSeconds, b.journalSeconds);
    r.signatureSeconds = std::min(a.signatureSeconds, b.signatureSeconds);
    r.signatureLatencyMs = a.signatureSeconds <= b.signatureSeconds ? a.signatureLatencyMs : b.signatureLatencyMs;
    return r;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1));
    return values.at(index);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && QByteArray(argv[1]).toInt() > 0) {
        kRecords = QByteArray(argv[1]).toInt();
    }
    QTemporaryDir dir;
    const core::SystemClock clock;
    const store::SecretBytes key = store::SecretBytes::random(32);

    out() << Qt::fixed << qSetRealNumberPrecision(3);
    out() << "storebench: " << kRecords << " journal entries and " << kRecords
          << " signatures, one transaction each (+ audit event), synchronous=FULL, WAL\n";
    // Alternate plain and encrypted runs on fresh files and keep each side's best, so a burst of load on the
    // machine does not decide the ratio.
    RunTimes plain;
    RunTimes encrypted;
    for (int round = 1; round <= kRounds; ++round) {
        const RunTimes p = runOnce(check(store::Database::openPlain(dir.filePath(u"plain%1.db"_s.arg(round)),
                                       store::Database::Mode::CreateIfMissing)),
            clock);
        const RunTimes e = runOnce(check(store::Database::openEncrypted(dir.filePath(u"encrypted%1.db"_s.arg(round)),
                                       key, store::Database::Mode::CreateIfMissing)),
            clock);
        out() << "round " << round << ": journal plain " << p.journalSeconds << " s, encrypted " << e.journalSeconds
              << " s; signatures plain " << p.signatureSeconds << " s, encrypted " << e.signatureSeconds << " s\n";
        out().flush();
        plain = round == 1 ? p : best(plain, p);
        encrypted = round == 1 ? e : best(encrypted, e);
    }

    const double journalRatio = encrypted.journalSeconds / plain.journalSeconds;
    const double signatureRatio = encrypted.signatureSeconds / plain.signatureSeconds;
    out() << "best of " << kRounds << " rounds:\n";
    out() << "journal    plain " << plain.journalSeconds << " s  encrypted " << encrypted.journalSeconds << " s  ratio "
          << journalRatio << (journalRatio <= 1.25 ? "  (target <= 1.25: met)\n" : "  (target <= 1.25: MISSED)\n");
    out() << "signature  plain " << plain.signatureSeconds << " s  encrypted " << encrypted.signatureSeconds
          << " s  ratio " << signatureRatio
          << (signatureRatio <= 1.25 ? "  (target <= 1.25: met)\n" : "  (target <= 1.25: MISSED)\n");
    out() << "signature commit latency ms: plain p50 " << percentile(plain.signatureLatencyMs, 0.5) << " p99 "
          << percentile(plain.signatureLatencyMs, 0.99) << "; encrypted p50 "
          << percentile(encrypted.signatureLatencyMs, 0.5) << " p99 " << percentile(encrypted.signatureLatencyMs, 0.99)
          << '\n';
    out().flush();
    return 0;
}
