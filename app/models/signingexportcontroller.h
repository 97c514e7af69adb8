// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
}
namespace akten::store {
class Database;
}

/**
 * Prints a resident's monthly signing list to a PDF in the export folder, for the record or as the paper copy for
 * an outage; unit managers only, for residents of their own units. The audit event "export.signing_list" is
 * written first and the file is committed only after it: no audit, no file. Same thread as its Database.
 */
class SigningExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool allowed READ allowed NOTIFY allowedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    /** `exportDir` is made (0700) on the first export; the PDFs in it are readable by the owner only. */
    SigningExportController(akten::store::Database &db, akten::auth::AccessAudit &audit,
        const akten::core::Clock &clock, QString exportDir, QObject *parent = nullptr);
    ~SigningExportController() override;
    Q_DISABLE_COPY_MOVE(SigningExportController)

    /** Who is logged in; only a unit manager may export. */
    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /**
     * Writes the list of `residentId` for `month` ("2026-11") and returns the file's path, or "" with errorText
     * saying why in Swedish.
     */
    Q_INVOKABLE QString exportMonth(const QString &residentId, const QString &month);

    [[nodiscard]] bool allowed() const { return m_viewer.has_value(); }
    [[nodiscard]] QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void allowedChanged();
    void errorTextChanged();

private:
    QString fail(const QString &message);

    akten::store::Database &m_db;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    QString m_exportDir;
    std::optional<akten::auth::SessionUser> m_viewer; ///< set only for a unit manager
    QString m_errorText;
};
