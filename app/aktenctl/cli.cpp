// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/cli.h"

#include "app/store/devicestore.h"
#include "platform/keys/devicekeys.h"
#include "platform/keys/keylocation.h"
#include "sync/server/centrallocation.h"

#include <QDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace akten::cli {

void printOut(const QString &line)
{
    QTextStream out(stdout);
    out << line << '\n';
}

int printError(const QString &line, int exitCode)
{
    QTextStream err(stderr);
    err << "aktenctl: " << line << '\n';
    return exitCode;
}

int printError(const Error &error, int exitCode)
{
    return printError(error.message, exitCode);
}

Result<std::optional<core::Id>> idOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option)) {
        return std::optional<core::Id> {};
    }
    const core::Id id = core::idFromString(parser.value(option));
    if (id.isNull()) {
        return Error { ErrorCode::InvalidInput,
            u"--%1 is not an id: %2"_s.arg(option.names().constFirst(), parser.value(option)) };
    }
    return std::optional(id);
}

DataDirOptions::DataDirOptions(QCommandLineParser &parser, Need need)
    : m_dataDirOption(u"data-dir"_s, u"The device data directory."_s, u"DIR"_s)
    , m_deviceKeyOption(u"device-key"_s,
          u"Device key file (default: outside DIR, in $AKTEN_KEY_DIR, /var/lib/akten/keys for root, else "
          "~/.local/state/akten/keys)."_s,
          u"FILE"_s)
    , m_need(need)
{
    parser.addOption(m_dataDirOption);
    parser.addOption(m_deviceKeyOption);
}

std::optional<QString> DataDirOptions::parse(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        return parser.errorText();
    }
    if (!parser.positionalArguments().isEmpty()) {
        return u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst());
    }
    const QString dir = parser.value(m_dataDirOption);
    if (dir.isEmpty() && m_need == Need::Optional && !parser.isSet(m_dataDirOption)) {
        if (parser.isSet(m_deviceKeyOption)) {
            return u"--device-key needs --data-dir DIR"_s;
        }
        return std::nullopt;
    }
    if (dir.isEmpty()) {
        return u"--data-dir DIR is required"_s;
    }
    m_dataDir = QDir::cleanPath(QDir(dir).absolutePath());
    const QString key = parser.value(m_deviceKeyOption);
    if (key.isEmpty()) {
        const platform::DeviceKeyLocation location = platform::defaultDeviceKeyLocation(m_dataDir);
        m_deviceKeyPath = location.path;
        m_deviceKeyWhy = location.why;
        if (location.legacy) {
            printError(u"warning: the device key is %1"_s.arg(location.why), Ok);
        }
    } else {
        m_deviceKeyPath = QDir(key).absolutePath();
        m_deviceKeyWhy = u"given with --device-key"_s;
    }
    return std::nullopt;
}

std::unique_ptr<store::KeyProvider> DataDirOptions::keyProvider(const QString &tpm, const QList<int> &pcrs) const
{
    return platform::deviceKeyProvider(m_deviceKeyPath, tpm, pcrs);
}

Result<std::pair<std::unique_ptr<store::KeyProvider>, std::unique_ptr<store::DeviceStore>>> DataDirOptions::openStore(
    const core::Clock &clock) const
{
    auto keys = keyProvider();
    if (auto prepared = keys->prepare(false); !prepared) {
        return prepared.error();
    }
    auto store = store::DeviceStore::open(m_dataDir, *keys, clock);
    if (!store) {
        return store.error();
    }
    return std::pair(std::move(keys), std::make_unique<store::DeviceStore>(std::move(store).value()));
}

std::optional<int> parseCentral(QCommandLineParser &parser, sync::CentralLocation &location, const QStringList &args)
{
    if (!parser.parse(args)) {
        return printError(parser.errorText(), Usage);
    }
    if (auto problem = location.read(parser)) {
        return printError(*problem, Usage);
    }
    return std::nullopt;
}

} // namespace akten::cli
