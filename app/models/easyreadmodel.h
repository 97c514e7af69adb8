// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/rowlistmodel.h"

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

/**
 * "Lättläst": the resident's set plan as they read it (core/easyread.h), one row per activity with its symbol and
 * time, no codes or grades; and the same printed to a PDF in the export folder for the resident ("Skriv ut"), by
 * their kontaktman or the unit manager. Showing it is audited ("view.plan_easy_read"), printing it too
 * ("export.plan_easy_read", before the file is committed: no audit, no file).
 */
class EasyReadModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString title READ title NOTIFY openedChanged)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY openedChanged)
    Q_PROPERTY(QString printedText READ printedText NOTIFY openedChanged)

public:
    enum Roles { SymbolRole = Qt::UserRole + 1, AreaRole, TitleRole, TextRole, WhenRole };
    Q_ENUM(Roles)
    EasyReadModel(akten::store::Database &db, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QString exportDir, QObject *parent = nullptr);

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Shows the resident's current set plan; false with errorText in Swedish if there is none or no access. */
    Q_INVOKABLE bool open(const QString &residentId);
    /** Writes the PDF and returns its path, or "" with printedText saying why. */
    Q_INVOKABLE QString print();

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString subtitle() const { return m_subtitle; }
    [[nodiscard]] QString printedText() const { return m_printedText; }

Q_SIGNALS:
    void openedChanged();

private:
    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    QString m_exportDir;
    std::optional<akten::auth::SessionUser> m_viewer;
    QString m_residentId;
    QString m_title;
    QString m_subtitle;
    QString m_printedText;
};
