// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/rowlistmodel.h"
#include "app/models/signingservice.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/signingday.h"

#include <QHash>
#include <QTimer>

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
 * "Nu", the home screen after login: the insatser of the residents in the user's scope that are missed or overdue,
 * due now, soon (within the hour) and later today, then those done as needed and those already done, one card per
 * resident in each. Signing is one tap (committed before the row says so), all of a resident's due ones one more;
 * not done asks for a reason and writes the journal's deviation entry; Ångra (for 8 seconds) retracts with "ångrat
 * direkt"; Makulera retracts with a reason. A row signed here stays where it was until the page is opened again.
 * Opening it is an audited view; the states follow the clock every minute. GUI thread.
 */
class NowModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    Q_PROPERTY(bool undoAvailable READ undoAvailable NOTIFY undoChanged)
    Q_PROPERTY(int dueCount READ dueCount NOTIFY dueCountChanged)

public:
    /** Where a row is shown; the order of the page. */
    enum class Section { MissedOverdueSection, NowSection, SoonSection, LaterSection, AsNeededSection, DoneSection };
    Q_ENUM(Section)
    /** What a row is now (core::OccurrenceState). */
    enum class State { Upcoming, Due, Overdue, Missed, Done, NotDone, AsNeeded };
    Q_ENUM(State)
    /** Why an insats was not done (core::NotDoneReason, without "unspecified"). */
    enum class NotDoneReason { Declined = 1, Absent, NotPossible, OtherNotDone };
    Q_ENUM(NotDoneReason)
    /** Why a signature is retracted (core::RetractionReason, chosen by staff). */
    enum class RetractReason { WrongResident = 2, WrongInsats, WrongTime, OtherRetraction };
    Q_ENUM(RetractReason)

    enum Roles {
        KeyRole = Qt::UserRole + 1,
        SectionRole,
        SectionLabelRole,
        SectionHeaderRole, ///< first row of its section: the section's heading goes above it
        ResidentIdRole,
        ResidentNameRole,
        RoomRole,
        ResidentHeaderRole, ///< first row of its resident in its section: the card's header goes here
        ResidentSignableRole, ///< how many of the resident's rows in this section can be signed at once
        TimeRole,
        DescriptionRole,
        HslRole,
        StateRole,
        StatusRole,
        ToneRole,
        DetailRole,
        SignableRole, ///< "Signera" and "Ej utförd" are offered
        RetractableRole, ///< "Makulera" is offered (the signer, or the unit's manager)
        SignedTwiceRole,
        AsNeededRole,
    };
    Q_ENUM(Roles)

    NowModel(akten::store::Database &db, akten::store::MasterDataRepository &master, SigningService &signing,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QObject *parent = nullptr);
    ~NowModel() override;
    Q_DISABLE_COPY_MOVE(NowModel)

    /** How fresh this device's copy is: a miss may read "Ej signerad här" (SyncFreshness). */
    void setFreshness(const SyncFreshness *freshness) { m_freshness = freshness; }
    /** Who is signing; nullopt clears the page (logged out, locked, lease expired). */
    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);

    /** Opens the page: an audited view, the rows read again, rows signed earlier moved to "Klart". */
    Q_INVOKABLE bool open();
    /** Reads the rows again (after a sync, or when the minute turns); no new audit event. */
    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool sign(int row);
    /** Signs every row of the resident in the section that can be signed; returns how many. */
    Q_INVOKABLE int signAll(const QString &residentId, int section);
    Q_INVOKABLE bool markNotDone(int row, int reason, const QString &comment);
    Q_INVOKABLE bool retract(int row, int reason, const QString &comment);
    Q_INVOKABLE bool undo();
    Q_INVOKABLE void clearMessage();

    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    [[nodiscard]] QString undoText() const { return m_undoText; }
    [[nodiscard]] bool undoAvailable() const { return !m_undoIds.isEmpty(); }
    [[nodiscard]] int dueCount() const { return m_dueCount; }

Q_SIGNALS:
    void messageChanged();
    void undoChanged();
    void dueCountChanged();
    /** A write went through (the board and other views may read again). */
    void written();

private:
    struct Item
    {
        akten::store::DayOccurrence day;
        akten::core::Resident resident;
        Section section = Section::LaterSection;
    };
    void rebuild();
    [[nodiscard]] Section sectionOf(const akten::store::DayOccurrence &item, qint64 now) const;
    [[nodiscard]] static QString keyOf(const akten::core::Occurrence &o);
    [[nodiscard]] static OccurrenceRef refOf(const akten::core::Occurrence &o);
    [[nodiscard]] const Item *itemAt(int row) const;
    void setMessage(const QString &text, bool error);
    void report(const SigningService::Outcome &outcome);
    void offerUndo(const QList<akten::core::Signature> &signatures, const QString &text);
    void pin(const QList<int> &rows);

    akten::store::SigningDayReader m_reader;
    akten::store::CaseClosureRepository m_closures;
    akten::store::MasterDataRepository &m_master;
    SigningService &m_signing;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    const SyncFreshness *m_freshness = nullptr;
    std::optional<akten::auth::SessionUser> m_viewer;
    QList<Item> m_items;
    QHash<QString, Section> m_pinned; ///< rows signed on this page stay in their section until it is opened again
    QList<akten::core::Id> m_undoIds;
    QString m_undoText;
    QTimer m_undoTimer;
    QString m_message;
    bool m_messageIsError = false;
    int m_dueCount = 0;
};
