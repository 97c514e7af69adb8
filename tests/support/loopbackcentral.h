// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "tests/support/testkeyprovider.h"

#include "app/core/clock.h"
#include "app/core/ids.h"
#include "app/core/result.h"
#include "sync/server/centralhttpserver.h"
#include "sync/server/centralservice.h"
#include "sync/server/sitecredentials.h"

#include <QUrl>

#include <memory>
#include <optional>

namespace akten::store {
class DeviceStore;
class KeyProvider;
} // namespace akten::store

namespace akten::test {

/**
 * akten-central in process on loopback, for tests that drive real devices against it: the site's CA and TLS identity,
 * an embedded ledger holding the master data of a device store, the HTTPS sync listener (started and stopped at
 * will; a restart takes a new port), and devices enrolled with one-time codes over the enrolment listener, as a
 * tablet does it. Test thread; url() may be read from sync threads while it does not change.
 */
class LoopbackCentral
{
public:
    explicit LoopbackCentral(const core::Clock &clock);
    ~LoopbackCentral();
    LoopbackCentral(const LoopbackCentral &) = delete;
    LoopbackCentral &operator=(const LoopbackCentral &) = delete;

    /** Creates the site in `dir` and imports `masterFrom`'s master data (as `aktenctl import-master` would). */
    [[nodiscard]] Status create(const QString &dir, store::DeviceStore &masterFrom);
    [[nodiscard]] sync::CentralService &service() { return *m_service; }
    [[nodiscard]] const sync::SiteCredentials &site() const { return *m_site; }

    /** Starts the sync listener on a free loopback port; false if it cannot listen. */
    [[nodiscard]] bool startSync();
    void stopSync();
    [[nodiscard]] QUrl url() const { return m_url; }

    /**
     * Enrols the device in `dataDir` for `units` with a one-time code, the way a tablet does (its TLS identity ends
     * up in `dataDir`); waits for the answer, at most 15 s.
     */
    [[nodiscard]] Status enrol(
        const QString &dataDir, const QString &deviceId, store::KeyProvider &keys, const QList<core::Id> &units);

private:
    const core::Clock &m_clock;
    TestKeyProvider m_keys;
    std::unique_ptr<sync::CentralService> m_service;
    std::optional<sync::SiteCredentials> m_site;
    std::unique_ptr<sync::CentralHttpServer> m_server;
    QUrl m_url;
};

} // namespace akten::test
