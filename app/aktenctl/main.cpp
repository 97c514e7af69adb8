// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// aktenctl: operators' CLI for a device store. Contract (README "aktenctl"): one clear English line on stderr and a
// non-zero exit for every error; nothing half-written.
#include "app/aktenctl/auditcommand.h"
#include "app/aktenctl/backupcommands.h"
#include "app/aktenctl/centralcommands.h"
#include "app/aktenctl/checktextcommand.h"
#include "app/aktenctl/cli.h"
#include "app/aktenctl/exportjournalcommand.h"
#include "app/aktenctl/exportsigningcommand.h"
#include "app/aktenctl/initcommand.h"
#include "app/aktenctl/qualitysamplecommand.h"
#include "app/aktenctl/statscommand.h"
#include "app/aktenctl/synccommands.h"
#include "app/aktenctl/verifycommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr auto usage = R"(usage: aktenctl <command> [options]
commands:
  init   --data-dir DIR [--demo] [--device-key FILE] [--tpm auto|off|TCTI] [--tpm-pcrs LIST]
                                                       create a device store (--demo seeds the demo unit); the
                                                       device key sealed by the TPM (auto: /dev/tpmrm0 if present)
  verify --data-dir DIR [--device-key FILE]            integrity checks and audit chain; prints ok
  stats  --data-dir DIR [--json] [--device-key FILE]   record counts
  audit  --data-dir DIR --json [--resident ID] [--staff ID] [--since ISO8601] [--action PREFIX] [--device-key FILE]
                                                       audit events as a JSON array (chain verified first)
  enrol  --data-dir DIR --enrol-url URL --code CODE --ca-sha256 HEX [--device-key FILE]
                                                       enrol this device with akten-central
  sync   --data-dir DIR --central URL [--json] [--device-key FILE]
                                                       one sync (upload, then download); a revoked device erases its key
  export-master --data-dir DIR [--device-key FILE]     the store's master data as import-master JSON
  export-signing --data-dir DIR --resident ID --month YYYY-MM --out FILE.pdf [--staff ID] [--device-key FILE]
                                                       a resident's monthly signing list as PDF (audited)
  quality-sample --data-dir DIR --year YYYY [--json] [--device-key FILE]
                                                       each unit's quality review sample for the year (seed,
                                                       plans, reviewed or not); logged as a view
  export-journal --data-dir DIR --resident ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out FILE.pdf [--staff ID]
                 [--device-key FILE]                   a copy of the resident's social journal as PDF (audited;
                                                       never over an existing file)
  check-text [--data-dir DIR --resident ID] [--device-key FILE]
                                                       the writing assistant on the journal text on stdin: one
                                                       JSON array of findings (advice: exit 0)
central side (--central-dir DIR [--postgres CONNINFO [--postgres-password-file FILE]] [--central-key FILE]):
  enrol-device  --unit ID... [--valid-hours N]         one-time enrolment code and the CA fingerprint
  revoke-device --device ID                            refuse the device from its next contact on
  import-master FILE|-                                 master data for the tablets (units, staff, residents, decisions)
  rejected      --device ID [--json]                   records refused from the device (seq, reason)
  flagged       --device ID [--json]                   audit events stored with a flag (author or unit not valid)
  alarms        --device ID [--json]                   the device's tamper alarms (open, release, revoke)
  decide-alarm  --device ID --release|--revoke         decide the device's open tamper alarms
  backup        --out FILE                             one encrypted file with the store (embedded; with --postgres
                                                       only the directory's part: pg_dump the database) and the
                                                       wrapped keys, never the central key; online, a new file
  restore       --from FILE                            a checked backup into a new, empty --central-dir; the store's
                                                       integrity checked before it is moved into place (--postgres:
                                                       the database pg_restore filled; its log is moved on)
exit codes: 0 ok, 1 failed, 2 usage error)";

} // namespace

int main(int argc, char *argv[])
{
    // The signing-list PDF paints text, which takes a QGuiApplication: on the offscreen platform unless the caller
    // chose one, so it runs the same with or without a display. Every other command stays on QtCore.
    const bool painting
        = argc > 1 && (qstrcmp(argv[1], "export-signing") == 0 || qstrcmp(argv[1], "export-journal") == 0);
    if (painting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app;
    if (painting) {
        // Starting Qt Gui looks for a Wayland socket in XDG_RUNTIME_DIR and warns on stderr when a plain shell (cron,
        // ssh, CI) has none; stderr is the contract's, so that one known line is dropped while the app starts.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &msg) {
            if (!msg.startsWith("QStandardPaths: XDG_RUNTIME_DIR not set"_L1)) {
                previous(type, context, msg);
            }
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"aktenctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AKTEN_VERSION));
    // stdout and stderr carry the CLI contract; library info/debug messages stay off unless QT_LOGGING_RULES asks.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s);
    }

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == "--help"_L1 || args.at(1) == "-h"_L1 || args.at(1) == "help"_L1) {
        akten::cli::printOut(QString::fromUtf8(usage));
        return args.size() < 2 ? akten::cli::Usage : akten::cli::Ok;
    }
    const QString command = args.takeAt(1);
    if (command == "init"_L1) {
        return akten::cli::runInitCommand(args);
    }
    if (command == "verify"_L1) {
        return akten::cli::runVerifyCommand(args);
    }
    if (command == "stats"_L1) {
        return akten::cli::runStatsCommand(args);
    }
    if (command == "audit"_L1) {
        return akten::cli::runAuditCommand(args);
    }
    const QHash<QString, int (*)(const QStringList &)> more {
        { u"enrol"_s, akten::cli::runEnrolCommand },
        { u"sync"_s, akten::cli::runSyncCommand },
        { u"export-master"_s, akten::cli::runExportMasterCommand },
        { u"export-signing"_s, akten::cli::runExportSigningCommand },
        { u"export-journal"_s, akten::cli::runExportJournalCommand },
        { u"check-text"_s, akten::cli::runCheckTextCommand },
        { u"quality-sample"_s, akten::cli::runQualitySampleCommand },
        { u"enrol-device"_s, akten::cli::runEnrolDeviceCommand },
        { u"revoke-device"_s, akten::cli::runRevokeDeviceCommand },
        { u"rejected"_s, akten::cli::runRejectedCommand },
        { u"flagged"_s, akten::cli::runFlaggedCommand },
        { u"alarms"_s, akten::cli::runAlarmsCommand },
        { u"decide-alarm"_s, akten::cli::runDecideAlarmCommand },
        { u"import-master"_s, akten::cli::runImportMasterCommand },
        { u"backup"_s, akten::cli::runBackupCommand },
        { u"restore"_s, akten::cli::runRestoreCommand },
    };
    if (const auto run = more.value(command)) {
        return run(args);
    }
    if (command == "--version"_L1) {
        akten::cli::printOut(QCoreApplication::applicationVersion());
        return akten::cli::Ok;
    }
    return akten::cli::printError(u"unknown command '%1' (try aktenctl --help)"_s.arg(command), akten::cli::Usage);
}
