// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/recorddocumentrepository.h"

#include "app/core/caretime.h"
#include "app/store/database.h"
#include "app/store/rowcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

constexpr auto kColumns = "SELECT id, author_id, device_id, hlc, wall_ms, resident_id, doc_type, series_id, replaces, "
                          "body FROM record_documents "_L1;

core::RecordDocument readDocument(RowReader &r)
{
    core::RecordDocument d;
    d.meta = r.meta(0);
    d.residentId = r.id(5);
    d.type = core::docTypeFromCode(r.text(6)).value_or(core::RecordDocType::RegisterEntry);
    d.seriesId = r.id(7);
    for (const QJsonValue &id : QJsonDocument::fromJson(r.text(8).toUtf8()).array()) {
        d.replaces.append(core::idFromString(id.toString()));
    }
    d.fields = QJsonDocument::fromJson(r.text(9).toUtf8()).object();
    return d;
}

} // namespace

RecordDocumentRepository::RecordDocumentRepository(Database &db)
    : m_db(db)
{ }

Status RecordDocumentRepository::add(const core::RecordDocument &document)
{
    if (!core::checkDocument(document.type, document.fields, core::careDate(document.meta.wallMs)).isEmpty()) {
        return Error { ErrorCode::InvalidInput, u"the %1 breaks its rules"_s.arg(core::toCode(document.type)) };
    }
    auto statement = m_db.prepare(u"INSERT INTO record_documents (id, author_id, device_id, hlc, wall_ms, resident_id, "
                                  "doc_type, series_id, replaces, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    QJsonArray replaces;
    for (const core::Id &id : document.replaces) {
        replaces.append(core::idToString(id));
    }
    Statement &s = statement.value();
    bindMeta(s, 1, document.meta);
    bindId(s, 6, document.residentId);
    s.bind(7, core::toCode(document.type));
    bindId(s, 8, document.replaces.isEmpty() ? document.meta.id : document.seriesId);
    s.bind(9, QString::fromUtf8(QJsonDocument(replaces).toJson(QJsonDocument::Compact)));
    s.bind(10, QString::fromUtf8(QJsonDocument(document.fields).toJson(QJsonDocument::Compact)));
    return s.run();
}

Result<QList<core::RecordDocument>> RecordDocumentRepository::forResident(
    const core::Id &residentId, std::optional<core::RecordDocType> type) const
{
    QStringList params { core::idToString(residentId) };
    QString sql = kColumns + u"WHERE resident_id = ?"_s;
    if (type) {
        sql += u" AND doc_type = ?"_s;
        params << core::toCode(*type);
    }
    return queryList<core::RecordDocument>(m_db, sql + u" ORDER BY hlc"_s, params, u"record_documents"_s, readDocument);
}

Result<core::RecordDocument> RecordDocumentRepository::byId(const core::Id &id) const
{
    auto found = queryList<core::RecordDocument>(
        m_db, QString(kColumns + u"WHERE id = ?"_s), core::idToString(id), u"record_documents"_s, readDocument);
    if (!found) {
        return found.error();
    }
    if (found.value().isEmpty()) {
        return Error { ErrorCode::NotFound, u"no such document version"_s };
    }
    return found.value().first();
}

} // namespace akten::store
