// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "app/store/keyprovider.h"
#include "sync/server/centralservice.h"

#include <QCommandLineParser>

#include <functional>
#include <memory>
#include <optional>

namespace akten::sync {

/**
 * Where a central store lives, as akten-central and aktenctl's central commands take it: --central-dir DIR (TLS
 * material, and the embedded store unless --postgres CONNINFO is given) and --central-key FILE (the key that wraps
 * the private keys, the embedded store's data key and PostgreSQL's body keys in DIR/body-keys; default
 * DIR/central.key). Under systemd, a credential named central.key ($CREDENTIALS_DIRECTORY/central.key, from
 * LoadCredential= or LoadCredentialEncrypted=) is the central key whenever it exists, read only, never written.
 * A PostgreSQL password comes from --postgres-password-file FILE (owner-only), PGPASSWORD or PGPASSFILE, never from
 * CONNINFO (pg/pgconninfo.h). Which kind of key that file holds is the program's choice (`keys`, e.g.
 * platform::FileKeyProvider): sync/server knows only the store's KeyProvider interface.
 */
class CentralLocation
{
public:
    /** Makes the provider of the key at a path (the composition root picks the concrete one). */
    using KeyProviderFactory = std::function<std::unique_ptr<store::KeyProvider>(const QString &path)>;

    CentralLocation(QCommandLineParser &parser, KeyProviderFactory keys);
    /** After parser.process(): an English usage error, or nothing. */
    [[nodiscard]] std::optional<QString> read(const QCommandLineParser &parser);

    [[nodiscard]] QString dir() const { return m_dir; }
    /** Whether the store is on PostgreSQL (--postgres). */
    [[nodiscard]] bool postgres() const { return !m_postgres.isEmpty(); }
    /** --postgres CONNINFO and the password read from --postgres-password-file (empty: libpq finds it). */
    [[nodiscard]] QString postgresConninfo() const { return m_postgres; }
    [[nodiscard]] QByteArray postgresPassword() const { return m_postgresPassword; }
    [[nodiscard]] store::KeyProvider &keys() { return *m_keys; }
    /** The central key's file (the credential's when there is one). */
    [[nodiscard]] QString keyPath() const { return m_keyPath; }
    /**
     * Why the central key may not be used where it is, for a packaged server (akten-central --config): a key file
     * inside DIR would travel with every copy of DIR. Nothing when it comes from a credential or lies outside DIR.
     */
    [[nodiscard]] std::optional<QString> keyInsideDirProblem() const;
    /** Opens (and migrates) the store; `create` makes the key and the embedded store if missing. */
    [[nodiscard]] Result<std::unique_ptr<CentralService>> open(const core::Clock &clock, bool create);

private:
    QCommandLineOption m_dirOption;
    QCommandLineOption m_keyOption;
    QCommandLineOption m_postgresOption;
    QCommandLineOption m_passwordFileOption;
    KeyProviderFactory m_makeKeys;
    QString m_dir;
    QString m_keyPath;
    bool m_keyFromCredential = false;
    QString m_postgres;
    QByteArray m_postgresPassword;
    std::unique_ptr<store::KeyProvider> m_keys;
};

} // namespace akten::sync
