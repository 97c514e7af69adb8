// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/rowlistmodel.h"
#include "app/store/signingday.h"

#include <optional>

class SyncFreshness;
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
 * The unit board: today's residents × insatser, each done, not done (with the reason), overdue, missed or coming,
 * residents with missed or overdue insatser first. For staff (named, the user's units) or, on an idle kiosk, for
 * anyone passing: then residents are shown by room or initials (the unit's setting), never by name, and protected
 * identities not at all. It never ranks or counts per staff member: signers' names are not on it. A miss that
 * another device may have signed unseen reads "Ej signerad här" (SyncFreshness). Opening it is audited (the user's
 * view, or the kiosk's as a system event). GUI thread.
 */
class BoardModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool anonymous READ anonymous NOTIFY modeChanged)
    Q_PROPERTY(int attentionCount READ attentionCount NOTIFY attentionChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        LabelRole, ///< the name, or on the idle kiosk "Rum 4" / "M. L."
        DetailRole, ///< the room under a name; empty on the idle kiosk
        AttentionRole, ///< something is missed or overdue
        SummaryRole, ///< "1 missad, 2 försenade" or "Allt signerat hittills"
        ItemsRole, ///< [{ time, description, status, tone, hsl }] in time order, for the row's chips
    };
    Q_ENUM(Roles)

    BoardModel(akten::store::Database &db, akten::store::MasterDataRepository &master, akten::auth::AccessAudit &audit,
        const akten::core::Clock &clock, QObject *parent = nullptr);
    ~BoardModel() override;
    Q_DISABLE_COPY_MOVE(BoardModel)

    /** The staff member looking (named board, their units); nullopt: nobody (see setKioskIdle). */
    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** On a kiosk with nobody logged in, the anonymous board of all the device's units. */
    void setKioskIdle(bool kioskIdle);
    void setFreshness(const SyncFreshness *freshness) { m_freshness = freshness; }

    /** Opens the board: an audited view, then the rows. */
    Q_INVOKABLE bool open();
    /** Reads again (the minute turned, a sync or a signature came); no new audit event. */
    Q_INVOKABLE void refresh();

    [[nodiscard]] bool anonymous() const { return !m_viewer && m_kioskIdle; }
    [[nodiscard]] int attentionCount() const { return m_attention; }

Q_SIGNALS:
    void modeChanged();
    /** How many residents have something missed or overdue changed. */
    void attentionChanged();

private:
    void rebuild();

    akten::store::SigningDayReader m_reader;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    const SyncFreshness *m_freshness = nullptr;
    std::optional<akten::auth::SessionUser> m_viewer;
    bool m_kioskIdle = false;
    bool m_opened = false;
    int m_attention = 0;
};
