// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// What logging every access costs, on the encrypted demo store, in one run: opening a record and showing its journal
// through RecordController with the real access audit (two hash-chained events, each committed) against the same
// controller with an audit that writes nothing (the baseline). Prints medians, the ratio, and the login's Argon2id
// PIN check time.
#include "app/auth/accessaudit.h"
#include "app/auth/pinhasher.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/models/modelsupport.h"
#include "app/models/recordcontroller.h"
#include "app/store/devicestore.h"
#include "platform/keys/filekeyprovider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

constexpr int kRepeats = 400;

/** The baseline: the same calls, no event written. */
class NoAudit final : public auth::AccessAudit
{
public:
    using AccessAudit::AccessAudit;
    Status record(const auth::SessionUser *, const QString &, const std::optional<core::Id> &,
        const std::optional<core::Id> &, const QString &) override
    {
        return {};
    }
};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template<typename F> double medianMs(int repeats, F &&work)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < repeats; ++i) {
        timer.start();
        work(i);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

[[noreturn]] void die(const QString &message)
{
    QTextStream(stderr) << "accessbench: " << message << '\n';
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"*.info=false"_s);
    QTemporaryDir tmp;
    platform::FileKeyProvider keys(tmp.filePath(u"device.key"_s));
    const core::SystemClock clock;
    if (!keys.prepare(true)) {
        die(u"cannot create a device key"_s);
    }
    auto created = store::DeviceStore::create(tmp.filePath(u"store"_s), keys, clock);
    if (!created) {
        die(created.error().message);
    }
    store::DeviceStore deviceStore = std::move(created).value();
    const auto data = demo::generateDemoUnit(core::careToday(), deviceStore.deviceId(), 20261122, QTime(12, 0));
    if (!demo::seedDemo(deviceStore, data)) {
        die(u"cannot seed the demo unit"_s);
    }
    auto catalogue = core::IbicCatalogue::bundled();
    if (!catalogue) {
        die(catalogue.error().message);
    }
    const core::Staff &sas = *std::find_if(
        data.staff.cbegin(), data.staff.cend(), [](const core::Staff &s) { return s.role == core::StaffRole::Sas; });
    auth::AccessAudit audit(deviceStore);
    NoAudit noAudit(deviceStore);
    RecordController record(deviceStore.db(), catalogue.value(), audit, clock);
    RecordController baseline(deviceStore.db(), catalogue.value(), noAudit, clock);
    record.setViewer(auth::sessionUserOf(sas));
    baseline.setViewer(auth::sessionUserOf(sas));
    const auto openJournal = [&](RecordController &controller, int i) {
        const core::Resident &r = data.residents.at(i % data.residents.size());
        if (!r.protectedIdentity && (!controller.openRecord(core::idToString(r.id)) || !controller.viewSection(3))) {
            die(u"a record did not open"_s);
        }
    };

    QTextStream out(stdout);
    out << "accessbench: " << kRepeats << " record openings on the encrypted demo store (" << data.journal.size()
        << " journal entries)\n";
    for (int round = 1; round <= 2; ++round) {
        const double plain = medianMs(kRepeats, [&](int i) { openJournal(baseline, i); });
        const double audited = medianMs(kRepeats, [&](int i) { openJournal(record, i); });
        out << QString::asprintf(
            "round %d: open record + journal, no audit %.3f ms, with its two audit events %.3f ms, ratio %.2f\n", round,
            plain, audited, audited / plain);
    }
    auto verifier = auth::PinHasher::hash(u"482915"_s);
    if (!verifier) {
        die(verifier.error().message);
    }
    const double pinMs = medianMs(15, [&](int) { (void)auth::PinHasher::verify(u"482915"_s, verifier.value()); });
    out << QString::asprintf("PIN check (Argon2id, libsodium interactive limits): %.1f ms median per login\n", pinMs);
    out.flush();
    return 0;
}
