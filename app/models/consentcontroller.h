// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::store {
class MasterDataRepository;
}
class ConsentService;

/**
 * The consent register's forms ("Nytt samtycke", "Återkalla"): takes the fields QML gathered, hands them to
 * ConsentService and says what is missing or wrong at the field in Swedish (fieldErrors); nothing is written then.
 * Fields of give(): recipientUnit (index into unitNames, -1: another recipient), recipient, coversPlan, scope,
 * validFrom / validTo ("ÅÅÅÅ-MM-DD", validTo may be empty), givenByKind (0 the resident, 1 a representative), givenBy,
 * mandate, form (0 written, 1 oral). revoke() takes givenByKind, givenBy, mandate, form. Not writable on a kiosk.
 */
class ConsentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool writable READ writable NOTIFY changed)
    Q_PROPERTY(QStringList unitNames READ unitNames NOTIFY changed)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    ConsentController(akten::store::MasterDataRepository &master, ConsentService &service, QObject *parent = nullptr);
    ~ConsentController() override;
    Q_DISABLE_COPY_MOVE(ConsentController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** A kiosk shows the register but writes nothing. */
    void setKiosk(bool kiosk);

    Q_INVOKABLE bool give(const QString &residentId, const QVariantMap &fields);
    Q_INVOKABLE bool revoke(const QString &residentId, const QString &consentId, const QVariantMap &fields);
    /** Forgets the errors of a form that was closed. */
    Q_INVOKABLE void clearErrors();
    /** Forgets what was said at `field` once it is changed (and the form's line when nothing is left). */
    Q_INVOKABLE void clearError(const QString &field);

    [[nodiscard]] bool writable() const { return m_viewer.has_value() && !m_kiosk; }
    [[nodiscard]] QStringList unitNames() const;
    [[nodiscard]] QVariantMap fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void changed();
    /** A consent or revocation was written for this resident (the record reads again). */
    void saved(const QString &residentId);

private:
    bool finish(const QString &residentId, int problem, const QVariantMap &errors);

    akten::store::MasterDataRepository &m_master;
    ConsentService &m_service;
    std::optional<akten::auth::SessionUser> m_viewer;
    bool m_kiosk = false;
    QVariantMap m_fieldErrors;
    QString m_errorText;
};
