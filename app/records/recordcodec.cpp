// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "records/recordcodec.h"

#include "store/statement.h"

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

bool bindJson(store::Statement &statement, int index, const QJsonValue &value)
{
    if (value.isNull()) {
        statement.bindNull(index);
    } else if (value.isString()) {
        statement.bind(index, value.toString());
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        if (number != double(qint64(number)) || std::abs(number) >= double(kMaxExactJsonInteger)) {
            return false;
        }
        statement.bind(index, qint64(number));
    } else if (value.isObject() && value.toObject().size() == 1 && value.toObject().value("b64"_L1).isString()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            value.toObject().value("b64"_L1).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return false;
        }
        statement.bind(index, *decoded);
    } else {
        return false;
    }
    return true;
}

QString keyOf(const RecordKind &kind, const QJsonObject &row)
{
    QStringList values;
    for (const QString &column : kind.keyColumns) {
        const QJsonValue value = row.value(column);
        values << (value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString());
    }
    return values.join(u':');
}

} // namespace akten::records
