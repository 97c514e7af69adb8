// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/abbreviationlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace akten::core {

namespace {

Error refused(qsizetype at, const QString &why)
{
    return Error { ErrorCode::InvalidInput, u"abbreviation %1: %2"_s.arg(at + 1).arg(why) };
}

} // namespace

Result<QList<Abbreviation>> decodeAbbreviations(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        return Error { ErrorCode::InvalidInput, u"abbreviations are not a JSON array"_s };
    }
    const QJsonArray array = document.array();
    QList<Abbreviation> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        const QString form = item.value("form"_L1).toString().trimmed();
        const QString expansion = item.value("expansion"_L1).toString().trimmed();
        if (!array.at(i).isObject() || !item.value("form"_L1).isString()
            || !(item.value("expansion"_L1).isString() || item.value("expansion"_L1).isUndefined())) {
            return refused(i, u"not an object with a form and an expansion"_s);
        }
        if (form.isEmpty() || form.size() > kMaxAbbreviationForm || form.contains(u' ')) {
            return refused(i, u"the form is empty, has a space or is over %1 characters"_s.arg(kMaxAbbreviationForm));
        }
        if (expansion.size() > kMaxAbbreviationExpansion) {
            return refused(i, u"the expansion is over %1 characters"_s.arg(kMaxAbbreviationExpansion));
        }
        if (seen.contains(form.toLower())) {
            return refused(i, u"%1 is listed twice"_s.arg(form));
        }
        seen.insert(form.toLower());
        out.append({ form, expansion });
    }
    return out;
}

QByteArray encodeAbbreviations(const QList<Abbreviation> &abbreviations)
{
    QJsonArray array;
    for (const Abbreviation &a : abbreviations) {
        array.append(QJsonObject { { u"form"_s, a.form }, { u"expansion"_s, a.expansion } });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace akten::core
