// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"

#include <QObject>
#include <QString>
#include <QStringList>
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
class MasterDataRepository;
} // namespace akten::store
class CaseClosureService;

/**
 * The record's "Avslut" section (domain.md D3): whether the open record's case is closed (then the record is
 * read-only: the page hides its write buttons and shows closedText), the unit manager's closing form (a reason from
 * the list, what "annat" means, the final note; each missing one said at its field), and the export of the whole
 * case for the archive (report/casearchive.h) into the export folder, audited "export.case_archive" before the file
 * is kept. Closing exports at once; a failed export can be made again. Same thread as its Database.
 */
class CaseClosureController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString residentId READ residentId WRITE setResidentId NOTIFY changed)
    Q_PROPERTY(bool closed READ closed NOTIFY changed)
    Q_PROPERTY(QString closedText READ closedText NOTIFY changed)
    Q_PROPERTY(bool mayClose READ mayClose NOTIFY changed)
    Q_PROPERTY(QStringList reasons READ reasons CONSTANT)
    Q_PROPERTY(QString reasonError READ reasonError NOTIFY changed)
    Q_PROPERTY(QString reasonTextError READ reasonTextError NOTIFY changed)
    Q_PROPERTY(QString noteError READ noteError NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString archivedText READ archivedText NOTIFY changed)

public:
    CaseClosureController(akten::store::Database &db, akten::store::MasterDataRepository &master,
        CaseClosureService &service, akten::auth::AccessAudit &audit, const akten::core::Clock &clock,
        QString exportDir, QObject *parent = nullptr);
    ~CaseClosureController() override;
    Q_DISABLE_COPY_MOVE(CaseClosureController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Reads the closure of the resident again (after a sync brought one). */
    void reload();

    /** Closes the case: `reason` indexes reasons(); false with the field errors (Swedish) when refused. */
    Q_INVOKABLE bool close(int reason, const QString &reasonText, const QString &finalNote);
    /** Writes the whole case as a PDF into the export folder; its path, or "" with errorText. */
    Q_INVOKABLE QString exportArchive();

    [[nodiscard]] QString residentId() const { return m_residentId; }
    void setResidentId(const QString &residentId);
    [[nodiscard]] bool closed() const { return !m_closedText.isEmpty(); }
    /** "Ärendet avslutades 2026-11-29 (Flytt). Akten kan bara läsas." or "". */
    [[nodiscard]] QString closedText() const { return m_closedText; }
    [[nodiscard]] bool mayClose() const;
    /** "Flytt", "Avliden", "Insatsen upphör", "Annat" (akten::core::closureReasons()). */
    [[nodiscard]] QStringList reasons() const;
    [[nodiscard]] QString reasonError() const { return m_reasonError; }
    [[nodiscard]] QString reasonTextError() const { return m_reasonTextError; }
    [[nodiscard]] QString noteError() const { return m_noteError; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString archivedText() const { return m_archivedText; }

Q_SIGNALS:
    void changed();
    /** A case was closed here: the record reads itself again. */
    void caseClosed();

private:
    void clearMessages();

    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
    CaseClosureService &m_service;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    QString m_exportDir;
    std::optional<akten::auth::SessionUser> m_viewer;
    QString m_residentId;
    QString m_closedText;
    QString m_reasonError;
    QString m_reasonTextError;
    QString m_noteError;
    QString m_errorText;
    QString m_archivedText;
};
