// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/records/recordcodec.h"

#include "app/store/statement.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace akten::records {
namespace {

constexpr qint64 kMaxExactJsonInteger = (qint64(1) << 53);

QJsonValue columnJson(const store::Statement &row, int column)
{
    switch (row.type(column)) {
    case store::Statement::Type::Integer:
        return double(row.int64(column));
    case store::Statement::Type::Text:
        return row.text(column);
    case store::Statement::Type::Blob:
        return QJsonObject { { u"b64"_s, QString::fromLatin1(row.blob(column).toBase64()) } };
    default:
        return QJsonValue::Null; // REAL is not used by any synced table
    }
}

} // namespace

QJsonObject rowJson(const store::Statement &row)
{
    QJsonObject object;
    for (int column = 0; column < row.columnCount(); ++column) {
        object.insert(row.columnName(column), columnJson(row, column));
    }
    return object;
}

std::optional<qint64> travellingInteger(const QJsonValue &value)
{
    const double number = value.toDouble();
    // Range first: converting a double outside qint64 is undefined behaviour (found by uploadfuzz).
    if (!value.isDouble() || !(std::abs(number) < double(kMaxExactJsonInteger)) || number != std::trunc(number)) {
        return std::nullopt;
    }
    return qint64(number);
}

QString keyOf(const RecordKind &kind, const QJsonObject &row)
{
    QStringList values;
    for (const QString &column : kind.keyColumns) {
        const QJsonValue value = row.value(column);
        if (!value.isDouble()) {
            values << value.toString();
        } else if (const auto number = travellingInteger(value)) {
            values << QString::number(*number);
        } else {
            values << QString::number(value.toDouble(), 'g', 17); // never a key a record carries
        }
    }
    return values.join(u':');
}

} // namespace akten::records
