// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/models/rowlistmodel.h"
#include "app/store/signingday.h"

#include <QDate>

namespace akten::core {
class Clock;
}
namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store

/**
 * The signing list (signeringslista) of one resident and day in the record: every occurrence of the plan in force
 * (times on their weekdays, as needed, kept from a revision replaced that day) with its state — coming, due,
 * overdue, missed, done or late (by whom, when), not done (with the reason), retracted, signed twice. Delegated HSL
 * tasks are marked from the plan's field. Read-only; signing is done on Nu.
 */
class SigningListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")
    Q_PROPERTY(QString dayLabel READ dayLabel NOTIFY dayChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY dayChanged)
    Q_PROPERTY(QString month READ month NOTIFY dayChanged)

public:
    enum Roles {
        TimeRole = Qt::UserRole + 1,
        ActivityRole,
        StatusRole,
        StateRole, ///< core::OccurrenceState as int (see NowModel::State)
        DetailRole,
        HslRole,
        ToneRole,
        SignedTwiceRole, ///< two or more signatures stand for one timed occurrence (two tablets offline)
    };
    Q_ENUM(Roles)
    SigningListModel(akten::store::Database &db, akten::store::MasterDataRepository &master,
        const akten::core::Clock &clock, QObject *parent = nullptr);
    void load(const akten::core::Id &residentId);

    Q_INVOKABLE void previousDay();
    Q_INVOKABLE void nextDay();
    void setDay(const QDate &day); // for unit testing and the shell
    [[nodiscard]] QString dayLabel() const;
    [[nodiscard]] QString summary() const { return m_summary; }
    /** The shown day's month, "2026-11" (for the monthly list). */
    [[nodiscard]] QString month() const { return m_day.toString(u"yyyy-MM"); }

Q_SIGNALS:
    void dayChanged();

private:
    void reload();
    akten::store::SigningDayReader m_reader;
    akten::store::MasterDataRepository &m_master;
    const akten::core::Clock &m_clock;
    akten::core::Id m_residentId;
    QDate m_day;
    QString m_summary;
};
