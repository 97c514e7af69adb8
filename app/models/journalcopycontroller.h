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
 * A copy of a resident's social journal as a PDF (report/journalcopy.h): the whole journal or a period, written only
 * into the export folder (report/exportlocation.h: 0600, never over a file, nothing partial). The unit manager of the
 * resident's unit makes copies (the journal section's button, and the release of records, which calls exportCopy()
 * once a release is decided). The audit event "export.journal_copy" is written before the file is kept: no audit, no
 * file. Same thread as its Database.
 */
class JournalCopyController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool allowed READ allowed NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString savedText READ savedText NOTIFY changed)

public:
    /** `exportDir` is made (0700) on the first copy. */
    JournalCopyController(akten::store::Database &db, akten::auth::AccessAudit &audit, const akten::core::Clock &clock,
        QString exportDir, QObject *parent = nullptr);
    ~JournalCopyController() override;
    Q_DISABLE_COPY_MOVE(JournalCopyController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /**
     * Writes the copy of `residentId`'s journal from `from` to `to` ("2026-10-01"; "" = no limit) and returns the
     * file's path, or "" with errorText saying why in Swedish.
     */
    Q_INVOKABLE QString exportCopy(const QString &residentId, const QString &from, const QString &to);

    /** A unit manager is logged in (each copy still checks the resident's unit). */
    [[nodiscard]] bool allowed() const { return m_viewer.has_value(); }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString savedText() const { return m_savedText; }

Q_SIGNALS:
    void changed();

private:
    QString fail(const QString &message);

    akten::store::Database &m_db;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    QString m_exportDir;
    std::optional<akten::auth::SessionUser> m_viewer; ///< set only for a unit manager
    QString m_errorText;
    QString m_savedText;
};
