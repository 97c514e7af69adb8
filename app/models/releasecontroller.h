// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::store {
class MasterDataRepository;
}
class ReleaseService;

/**
 * The release flow's forms ("Ny begäran", "Beslut"): takes the fields QML gathered, hands them to ReleaseService and
 * says what is missing or wrong at the field in Swedish (fieldErrors); nothing is written then. request() fields:
 * requester, requesterKind (0 the resident's own, 1 another's), access (0 read, 1 copy), covers, requestedOn
 * ("ÅÅÅÅ-MM-DD"). decide() fields: outcome (0 release, 1 partial, 2 refuse), assessment, consentId (may be empty),
 * recipient, recipientChecked, recipientCheck, releasedCovers, reason, appealNoted. Not writable on a kiosk.
 */
class ReleaseController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool writable READ writable NOTIFY changed)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    ReleaseController(akten::store::MasterDataRepository &master, ReleaseService &service, QObject *parent = nullptr);
    ~ReleaseController() override;
    Q_DISABLE_COPY_MOVE(ReleaseController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    void setKiosk(bool kiosk);

    /** Whether the viewer decides on this resident's requests (the unit manager, per the delegation order). */
    Q_INVOKABLE bool mayDecide(const QString &residentId) const;
    Q_INVOKABLE bool request(const QString &residentId, const QVariantMap &fields);
    Q_INVOKABLE bool decide(const QString &residentId, const QString &requestId, const QVariantMap &fields);
    /** Forgets the errors of a form that was closed. */
    Q_INVOKABLE void clearErrors();
    /** Forgets what was said at `field` once it is changed (and the form's line when nothing is left). */
    Q_INVOKABLE void clearError(const QString &field);

    [[nodiscard]] bool writable() const { return m_viewer.has_value() && !m_kiosk; }
    [[nodiscard]] QVariantMap fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void changed();
    /** A request or decision was written for this resident (the record reads again). */
    void saved(const QString &residentId);

private:
    bool finish(const QString &residentId, int problem, const QVariantMap &errors);

    akten::store::MasterDataRepository &m_master;
    ReleaseService &m_service;
    std::optional<akten::auth::SessionUser> m_viewer;
    bool m_kiosk = false;
    QVariantMap m_fieldErrors;
    QString m_errorText;
};
