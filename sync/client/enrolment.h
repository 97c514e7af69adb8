// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "sync/client/centralclient.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace akten::sync {

/**
 * Enrols a device with akten-central: fetches the site CA from the enrolment endpoint and accepts it only if its
 * SHA-256 fingerprint is the one the operator read out (so the code never goes to an impostor), then sends the
 * one-time code with a fresh key pair's public key over TLS pinned to that CA, checks the certificate it gets back
 * (this device's id, this key) and stores the credentials (DeviceCredentials). Asynchronous.
 */
class Enrolment : public QObject
{
    Q_OBJECT
public:
    Enrolment(QString dataDir, QString deviceId, store::KeyProvider &keys, QObject *parent = nullptr);
    void start(const QUrl &enrolmentUrl, const QString &code, const QString &caSha256);

Q_SIGNALS:
    void finished(const akten::Status &result);

private:
    void sendCode(const QByteArray &caPem);
    void done(const Status &result);

    QString m_dataDir;
    QString m_deviceId;
    store::KeyProvider &m_keys;
    QUrl m_url;
    QString m_code;
    std::unique_ptr<CentralClient> m_client;
};

} // namespace akten::sync
