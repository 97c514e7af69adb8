// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/records/boundrow.h"

#include "app/records/recordcodec.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace akten::records {
namespace {

/** The value in the form SQLite binds it; none if it has no travelling form (recordcodec.h). */
std::optional<Cell> cellOf(const QJsonValue &value)
{
    if (value.isNull()) {
        return Cell {};
    }
    if (value.isString()) {
        return Cell { Cell::Type::Text, 0, value.toString().toUtf8() };
    }
    if (value.isDouble()) {
        const auto number = travellingInteger(value);
        return number ? std::optional(Cell { Cell::Type::Integer, *number, {} }) : std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue b64 = object.value("b64"_L1);
    if (object.size() != 1 || !b64.isString()) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(b64.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return Cell { Cell::Type::Blob, 0, *std::move(decoded) };
}

} // namespace

BoundRow BoundRow::of(const QString &table, const QStringList &columns, const QJsonObject &row)
{
    BoundRow bound;
    bound.present.assign(size_t(columns.size()), '0');
    QStringList wrong;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonValue value = row.value(columns.at(i));
        if (value.isUndefined()) {
            continue;
        }
        bound.present[size_t(i)] = '1';
        if (auto cell = cellOf(value)) {
            bound.cells.push_back(*std::move(cell));
        } else {
            wrong << columns.at(i);
        }
    }
    if (qsizetype(bound.cells.size()) + wrong.size() != row.size()) {
        for (const QString &name : row.keys()) {
            if (!columns.contains(name)) {
                bound.error = u"%1 has no column '%2'"_s.arg(table, name);
                return bound;
            }
        }
    }
    if (!wrong.isEmpty()) {
        wrong.sort(); // the row's own order, as it was always reported
        bound.error = u"%1.%2 has a value of the wrong form"_s.arg(table, wrong.constFirst());
    }
    return bound;
}

} // namespace akten::records
