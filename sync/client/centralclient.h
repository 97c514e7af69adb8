// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/store/secretbytes.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

namespace akten::store {
class KeyProvider;
}

namespace akten::sync {

/**
 * The device's TLS identity after enrolment, in its data directory: the site CA it pins (central-ca.crt), its
 * certificate (device.crt) and its private key wrapped by the device key (device-tls.key.wrapped).
 */
class DeviceCredentials
{
public:
    [[nodiscard]] static Result<DeviceCredentials> load(const QString &dataDir, store::KeyProvider &keys);
    [[nodiscard]] static Status save(const QString &dataDir, store::KeyProvider &keys, const QByteArray &caPem,
        const QByteArray &certificatePem, const store::SecretBytes &privateKeyPem);
    /**
     * What a revoked device does: overwrites and removes the wrapped data key and TLS key, so the store and the
     * identity cannot be opened again.
     */
    [[nodiscard]] static Status eraseSecrets(const QString &dataDir);

    /** Mutual TLS: this device's certificate and key; only the site CA is trusted; TLS 1.2 or later. */
    [[nodiscard]] QSslConfiguration tlsConfiguration() const;

private:
    QSslConfiguration m_configuration;
};

/** One HTTPS exchange's outcome: the status and body, or a transport error (no answer at all). */
struct HttpAnswer
{
    int status = 0; ///< 0 when there was no HTTP answer
    QByteArray body;
    QString transportError; ///< English
};

/**
 * Posts JSON to akten-central, asynchronously (no nested event loop), with a transfer timeout; answers larger than
 * the protocol's limit are cut off and reported.
 */
class CentralClient : public QObject
{
    Q_OBJECT
public:
    explicit CentralClient(QSslConfiguration tls, QObject *parent = nullptr);
    void post(const QUrl &url, const QByteArray &body, std::function<void(const HttpAnswer &)> done);
    void get(const QUrl &url, std::function<void(const HttpAnswer &)> done);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    void send(QNetworkReply *reply, std::function<void(const HttpAnswer &)> done);

    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    int m_timeoutMs = 60'000;
};

} // namespace akten::sync
