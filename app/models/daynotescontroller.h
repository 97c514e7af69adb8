// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/daynotelistmodel.h"
#include "app/models/daynoteservice.h"
#include "app/models/filterchoicelistmodel.h"

#include <QObject>
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

/**
 * Day notes (daganteckningar) as the screens use them: the unit's handover (newest first), the review queue (notes
 * 75 days or older that nobody has reviewed: "Flytta till journalen" or "Inget att flytta"), and writing a note with a
 * Swedish error at the field (nothing saved). Every read is audited first
 * ("view.day_notes"); if that fails the lists stay empty. GUI thread.
 */
class DayNotesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(DayNoteListModel *handover READ handover CONSTANT)
    Q_PROPERTY(DayNoteListModel *queue READ queue CONSTANT)
    Q_PROPERTY(FilterChoiceListModel *residents READ residents CONSTANT)
    Q_PROPERTY(QString textError READ textError NOTIFY errorChanged)
    Q_PROPERTY(QString message READ message NOTIFY errorChanged)
    Q_PROPERTY(int maxLength READ maxLength CONSTANT)

public:
    DayNotesController(akten::store::Database &db, akten::store::MasterDataRepository &master, DayNoteService &service,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QObject *parent = nullptr);
    ~DayNotesController() override;
    Q_DISABLE_COPY_MOVE(DayNotesController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);

    /** Reads the unit's handover and review queue again (audited). */
    Q_INVOKABLE void reload();
    /** Writes a day note; false with textError (or message) in Swedish and nothing saved. */
    Q_INVOKABLE bool write(const QString &residentId, const QString &text);
    /** "Inget att flytta". */
    Q_INVOKABLE bool confirmNothingToMove(const QString &noteId);
    /**
     * "Flytta till journalen": records the review and prepares the reviewer's journal draft; returns the resident's
     * id for the note form (which brings the draft back), or "" with message set.
     */
    Q_INVOKABLE QString moveToJournal(const QString &noteId);
    Q_INVOKABLE void clearError();

    [[nodiscard]] DayNoteListModel *handover() const { return m_handover; }
    [[nodiscard]] DayNoteListModel *queue() const { return m_queue; }
    /** The residents the viewer may write about (value: id, label: name and room). */
    [[nodiscard]] FilterChoiceListModel *residents() const { return m_residents; }
    [[nodiscard]] QString textError() const { return m_textError; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] static int maxLength();

Q_SIGNALS:
    void errorChanged();
    /** A note was written or reviewed here, or the purge ran: lists elsewhere read again. */
    void changed();

private:
    void setError(const QString &textError, const QString &message = {});
    /** After a review: the error (if refused), the lists read again; whether it was recorded. */
    bool reviewed(const DayNoteService::Outcome &outcome, const QString &failure);
    void fillResidents();

    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
    DayNoteService &m_service;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    std::optional<akten::auth::SessionUser> m_viewer;
    QString m_textError;
    QString m_message;
    DayNoteListModel *m_handover; ///< children of this
    DayNoteListModel *m_queue;
    FilterChoiceListModel *m_residents;
};
