// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/importer/recordsahead.h"

#include "app/records/recordrules.h"

#include <QJsonArray>

#include <system_error>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

records::BoundRow bound(const QString &table, const std::map<QString, QStringList> &columns, const QJsonObject &row)
{
    const auto it = columns.find(table);
    return records::BoundRow::of(table, it == columns.end() ? QStringList() : it->second, row);
}

} // namespace

RecordsAhead::RecordsAhead(const QList<QJsonObject> &records, const std::map<QString, QStringList> &columns)
    : m_records(records)
    , m_columns(columns)
    , m_ready(size_t(records.size()))
{
    try {
        m_worker = std::jthread([this](const std::stop_token &stop) { work(stop); });
    } catch (const std::system_error &) {
        // No thread to be had (the system's limit reached): take() makes each record ready on the writing thread, as
        // the importer did before. Nothing may leave here as an exception (house style: not through the event loop).
    }
}

RecordsAhead::~RecordsAhead()
{
    m_worker.request_stop();
    // The jthread joins here: the work never outlives the records it reads.
}

IncomingRecord RecordsAhead::prepare(const QJsonObject &record, const std::map<QString, QStringList> &columns)
{
    IncomingRecord incoming;
    incoming.key = record.value("key"_L1).toString();
    incoming.breach = records::recordBreach(record);
    if (!incoming.breach.isEmpty()) {
        return incoming;
    }
    incoming.kind = records::recordKind(record.value("kind"_L1).toString());
    incoming.row = record.value("row"_L1).toObject();
    incoming.bound = bound(incoming.kind->table, columns, incoming.row);
    const QJsonObject children = record.value("children"_L1).toObject();
    for (const records::ChildTable &child : incoming.kind->children) {
        for (const QJsonValue &row : children.value(child.table).toArray()) {
            incoming.children.emplace_back(child.table, bound(child.table, columns, row.toObject()));
        }
    }
    return incoming;
}

void RecordsAhead::work(const std::stop_token &stop)
{
    for (qsizetype i = 0; i < m_records.size() && !stop.stop_requested(); ++i) {
        m_ready[size_t(i)] = prepare(m_records.at(i), m_columns);
        m_done.store(i + 1, std::memory_order_release);
        m_done.notify_one();
    }
}

IncomingRecord RecordsAhead::take(qsizetype index)
{
    if (!m_worker.joinable()) {
        return prepare(m_records.at(index), m_columns);
    }
    for (qsizetype done = m_done.load(std::memory_order_acquire); done <= index;
         done = m_done.load(std::memory_order_acquire)) {
        m_done.wait(done, std::memory_order_acquire);
    }
    return std::move(m_ready[size_t(index)]);
}

} // namespace akten::sync
