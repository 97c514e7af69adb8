// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/result.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace akten::core {
class Clock;
}
namespace akten::store {
class DeviceStore;
class KeyProvider;
} // namespace akten::store
namespace akten::sync {
class CentralLocation;
}

namespace akten::cli {

/** Exit codes of every aktenctl command (documented in the README). */
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

/** Writes one line to stdout / one English error line to stderr. */
void printOut(const QString &line);
int printError(const QString &line, int exitCode = Failed);
int printError(const Error &error, int exitCode = Failed);

/**
 * Parses a central-side command's arguments and reads its central location (--central-dir, --central-key,
 * --postgres ...): nullopt when both succeed, else the usage error's exit code (the message printed).
 */
[[nodiscard]] std::optional<int> parseCentral(
    QCommandLineParser &parser, sync::CentralLocation &location, const QStringList &args);

/**
 * The id given with `option`: nullopt when the option is absent; an error message for a usage error when it is not
 * an id ("--resident is not an id: x").
 */
[[nodiscard]] Result<std::optional<core::Id>> idOption(
    const QCommandLineParser &parser, const QCommandLineOption &option);

/**
 * Options shared by the commands that work on a device data directory: --data-dir (required, or optional for a
 * command that also works without a store) and --device-key (default platform::defaultDeviceKeyLocation: outside DIR).
 * parse() returns an error message on bad usage.
 */
class DataDirOptions
{
public:
    enum class Need { Required, Optional };
    explicit DataDirOptions(QCommandLineParser &parser, Need need = Need::Required);
    [[nodiscard]] std::optional<QString> parse(QCommandLineParser &parser, const QStringList &args);
    /** Empty only when the directory is optional and was not given. */
    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString deviceKeyPath() const { return m_deviceKeyPath; }
    /** Why the device key is where it is (English; `init` says it). */
    [[nodiscard]] QString deviceKeyWhy() const { return m_deviceKeyWhy; }
    /** The device key's provider: an existing key says which; a new one is sealed by `tpm` (platform::resolveTpm). */
    [[nodiscard]] std::unique_ptr<store::KeyProvider> keyProvider(
        const QString &tpm = QStringLiteral("off"), const QList<int> &pcrs = {}) const;
    /**
     * Opens the existing store (key, cipher version and pragmas, schema version). The key provider must outlive the
     * store, so it is returned alongside.
     */
    [[nodiscard]] Result<std::pair<std::unique_ptr<store::KeyProvider>, std::unique_ptr<store::DeviceStore>>> openStore(
        const core::Clock &clock) const;

private:
    QCommandLineOption m_dataDirOption;
    QCommandLineOption m_deviceKeyOption;
    QString m_dataDir;
    QString m_deviceKeyPath;
    QString m_deviceKeyWhy;
    Need m_need = Need::Required;
};

} // namespace akten::cli
