// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/initcommand.h"

#include "app/aktenctl/cli.h"
#include "app/core/audit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/demo/demobadges.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"
#include "app/store/privatedirectory.h"
#include "app/store/transaction.h"
#include "platform/keys/devicekeys.h"
#include "platform/keys/tpmkeyprovider.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace akten::cli {
namespace {

/** Remembers what existed before `init` so a failure removes exactly what this run created. */
class CreatedFiles
{
public:
    CreatedFiles(QString dataDir, QString deviceKeyPath)
        : m_dataDir(std::move(dataDir))
        , m_deviceKeyPath(std::move(deviceKeyPath))
        , m_missingDirs(store::missingDirectories(m_dataDir)
              + store::missingDirectories(QFileInfo(m_deviceKeyPath).absolutePath()))
        , m_keyExisted(QFileInfo::exists(m_deviceKeyPath))
    { }

    void removeAll() const
    {
        const QString db = store::DeviceStore::databasePath(m_dataDir);
        for (const QString &path : QStringList { db, db + u"-wal"_s, db + u"-shm"_s,
                 store::DeviceStore::wrappedKeyPath(m_dataDir), store::DeviceStore::deviceIdPath(m_dataDir) }) {
            QFile::remove(path);
        }
        if (!m_keyExisted) {
            QFile::remove(m_deviceKeyPath);
        }
        // Only the directories this run made, and only if empty: never anything we did not create.
        store::removeEmptyDirectories(m_missingDirs);
    }

private:
    QString m_dataDir;
    QString m_deviceKeyPath;
    QStringList m_missingDirs;
    bool m_keyExisted;
};

Status recordInit(store::DeviceStore &store)
{
    store::Transaction tx(store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    core::AuditEvent event;
    event.meta = store.stamper().stamp(core::Id {});
    event.staffRole = u"system"_s;
    event.action = u"store.init"_s;
    event.detail = u"created by aktenctl"_s;
    if (auto appended = store::AuditLog(store.db()).append(event); !appended) {
        return appended.error();
    }
    return tx.commit();
}

} // namespace

int runInitCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
    const QCommandLineOption demoOption(u"demo"_s, u"Seed the demo care unit."_s);
    parser.addOption(demoOption);
    const QCommandLineOption tpmOption(u"tpm"_s,
        u"Seal the device key with a TPM: auto (/dev/tpmrm0 if present), off (a key file) or a TCTI."_s, u"TPM"_s,
        u"auto"_s);
    parser.addOption(tpmOption);
    const QCommandLineOption pcrsOption(u"tpm-pcrs"_s,
        u"Seal under a policy on these PCRs (e.g. 7, the secure boot state): the key unseals only in that boot state."_s,
        u"LIST"_s);
    parser.addOption(pcrsOption);
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    const auto pcrs = platform::TpmKeyProvider::parsePcrs(parser.value(pcrsOption));
    if (!pcrs) {
        return printError(u"--tpm-pcrs takes PCR numbers 0..23, e.g. 7 or 0,7"_s, Usage);
    }
    if (!pcrs->isEmpty() && platform::resolveTpm(parser.value(tpmOption)).isEmpty()) {
        return printError(u"--tpm-pcrs needs a TPM (--tpm auto found none, or --tpm off)"_s, Usage);
    }
    if (QFileInfo::exists(store::DeviceStore::databasePath(options.dataDir()))) {
        return printError(u"a store already exists in %1; nothing was changed"_s.arg(options.dataDir()));
    }

    const CreatedFiles created(options.dataDir(), options.deviceKeyPath());
    const core::SystemClock clock;
    auto keys = options.keyProvider(parser.value(tpmOption), *pcrs);
    const auto fail = [&](const Error &error) {
        created.removeAll();
        return printError(error);
    };
    if (auto prepared = keys->prepare(true); !prepared) {
        return fail(prepared.error());
    }

    std::optional<store::DeviceStore> store;
    {
        auto createdStore = store::DeviceStore::create(options.dataDir(), *keys, clock);
        if (!createdStore) {
            return fail(createdStore.error());
        }
        store.emplace(std::move(createdStore).value());
    }
    Status status = recordInit(*store);
    qsizetype residents = 0;
    if (status && parser.isSet(demoOption)) {
        const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(core::careTimeZone());
        const demo::DemoData data = demo::generateDemoUnit(now.date(), store->deviceId(), 20261122, now.time());
        residents = data.residents.size();
        status = demo::seedDemo(*store, data);
        if (status) {
            status = demo::enrolDemoBadges(*store, data.badges); // documented demo PINs (README)
        }
    }
    const QString deviceId = store->deviceId();
    store.reset(); // close the database before any cleanup
    if (!status) {
        return fail(status.error());
    }
    printOut(parser.isSet(demoOption)
            ? u"created store in %1 (device %2) with the demo unit: %3 residents"_s.arg(options.dataDir(), deviceId)
                  .arg(residents)
            : u"created store in %1 (device %2)"_s.arg(options.dataDir(), deviceId));
    // Which backend holds the key, where and why: `--tpm auto` never falls back to a file without saying so.
    const QString tpm = parser.value(tpmOption);
    QString backend = keys->description();
    if (tpm == "auto"_L1 && platform::resolveTpm(tpm).isEmpty()) {
        backend += u" (--tpm auto: no TPM usable at /dev/tpmrm0, so a key file)"_s;
    } else if (tpm == "off"_L1) {
        backend += u" (--tpm off)"_s;
    }
    if (!pcrs->isEmpty()) {
        backend += u", bound to PCR %1"_s.arg(parser.value(pcrsOption));
    }
    printOut(u"device key: %1; %2"_s.arg(backend, options.deviceKeyWhy()));
    return Ok;
}

} // namespace akten::cli
