// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/records/boundrow.h"
#include "app/records/recordkinds.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <map>
#include <thread>
#include <vector>

namespace akten::sync {

/** An incoming record made ready for the writes: judged by the record rules and its rows bound for their tables. */
struct IncomingRecord
{
    QString key;
    QString breach; ///< records::recordBreach(): empty if the record keeps the rules (only then is the rest filled)
    const records::RecordKind *kind = nullptr;
    QJsonObject row;
    records::BoundRow bound;
    std::vector<std::pair<QString, records::BoundRow>> children; ///< child table and row, in the kind's order
};

/**
 * A batch of incoming records made ready (IncomingRecord) on another core, ahead of the writes. The work reads nothing
 * but the records and the tables' column lists given here (const Qt containers, whose sharing is atomic, and the
 * codec's constant tables): while the store writes record i, record i + 1 is already judged and bound. take() waits
 * only if the work has not got that far. Going out of scope stops the work and joins it. If no thread can be started,
 * take() does the work itself, on the writing thread.
 *
 * `records` and `columns` must not change while this object lives.
 */
class RecordsAhead
{
public:
    RecordsAhead(const QList<QJsonObject> &records, const std::map<QString, QStringList> &columns);
    ~RecordsAhead();
    RecordsAhead(const RecordsAhead &) = delete;
    RecordsAhead &operator=(const RecordsAhead &) = delete;

    /** records[index] made ready (each index taken once). */
    [[nodiscard]] IncomingRecord take(qsizetype index);

    /** The same work on the calling thread, for one record. */
    [[nodiscard]] static IncomingRecord prepare(
        const QJsonObject &record, const std::map<QString, QStringList> &columns);

private:
    void work(const std::stop_token &stop);

    const QList<QJsonObject> &m_records;
    const std::map<QString, QStringList> &m_columns;
    std::vector<IncomingRecord> m_ready;
    std::atomic<qsizetype> m_done { 0 }; // records [0, m_done) are in m_ready
    std::jthread m_worker; // started in the constructor's body, when everything it uses is ready
};

} // namespace akten::sync
