// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/catalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

static void initCatalogueResource()
{
    Q_INIT_RESOURCE(catalogue); // the resource lives in a static library
}

namespace akten::core {
namespace {

constexpr int kLifeAreas = 11;
const QStringList kHeader { u"area"_s, u"area_title_sv"_s, u"code"_s, u"title_sv"_s, u"title_en"_s, u"note"_s };

Error csvError(int line, const QString &what)
{
    return Error { ErrorCode::InvalidInput, u"catalogue line %1: %2"_s.arg(line).arg(what) };
}

/** Splits one CSV record (RFC 4180 quoting; no newlines inside fields). nullopt on an unterminated quote. */
std::optional<QStringList> splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted) {
        return std::nullopt;
    }
    fields << field;
    return fields;
}

} // namespace

Result<IbicCatalogue> IbicCatalogue::fromCsv(const QByteArray &csv, const QString &version)
{
    static const QRegularExpression codePattern(u"^[bdes]\\d{1,4}[A-Z]?$"_s);
    IbicCatalogue catalogue;
    catalogue.m_version = version;
    for (int n = 1; n <= kLifeAreas; ++n) {
        catalogue.m_areas.append(LifeArea { n, {}, {} });
    }
    QSet<QString> seen;
    const QStringList lines = QString::fromUtf8(csv).split(u'\n');
    bool headerSeen = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const auto fields = splitCsvLine(line);
        if (!fields) {
            return csvError(i + 1, u"unterminated quote"_s);
        }
        if (!headerSeen) {
            if (*fields != kHeader) {
                return csvError(i + 1, u"header must be %1"_s.arg(kHeader.join(u',')));
            }
            headerSeen = true;
            continue;
        }
        if (fields->size() != kHeader.size()) {
            return csvError(i + 1, u"expected %1 fields, found %2"_s.arg(kHeader.size()).arg(fields->size()));
        }
        bool numeric = false;
        const int area = fields->at(0).toInt(&numeric);
        if (!numeric || area < 0 || area > kLifeAreas) {
            return csvError(i + 1, u"area must be 0..11"_s);
        }
        IcfCode code { area, fields->at(2).trimmed(), fields->at(3).trimmed(), fields->at(4).trimmed(),
            fields->at(5).trimmed(), fields->at(5).trimmed() == "chapter"_L1 };
        if (!codePattern.match(code.code).hasMatch()) {
            return csvError(i + 1, u"malformed ICF code '%1'"_s.arg(code.code));
        }
        if (code.titleSv.isEmpty()) {
            return csvError(i + 1, u"missing Swedish title"_s);
        }
        if (seen.contains(code.code)) {
            return csvError(i + 1, u"duplicate code %1"_s.arg(code.code));
        }
        seen.insert(code.code);
        if (area == 0) {
            catalogue.m_related.append(code);
        } else {
            LifeArea &lifeArea = catalogue.m_areas[area - 1];
            if (lifeArea.titleSv.isEmpty()) {
                lifeArea.titleSv = fields->at(1).trimmed();
            }
            lifeArea.codes.append(code);
        }
    }
    if (!headerSeen) {
        return Error { ErrorCode::InvalidInput, u"catalogue is empty"_s };
    }
    for (const LifeArea &lifeArea : std::as_const(catalogue.m_areas)) {
        if (lifeArea.codes.isEmpty() || lifeArea.titleSv.isEmpty()) {
            return Error { ErrorCode::InvalidInput, u"catalogue has no codes for life area %1"_s.arg(lifeArea.number) };
        }
    }
    return catalogue;
}

Result<IbicCatalogue> IbicCatalogue::bundled()
{
    initCatalogueResource();
    QFile csv(u":/akten/catalogue/ibic-icf.csv"_s);
    QFile version(u":/akten/catalogue/VERSION"_s);
    if (!csv.open(QIODevice::ReadOnly) || !version.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::Internal, u"bundled IBIC catalogue resource missing"_s };
    }
    return fromCsv(csv.readAll(), QString::fromUtf8(version.readAll()).trimmed());
}

std::optional<IcfCode> IbicCatalogue::find(const QString &code) const
{
    for (const LifeArea &lifeArea : m_areas) {
        const auto it = std::find_if(
            lifeArea.codes.cbegin(), lifeArea.codes.cend(), [&](const IcfCode &c) { return c.code == code; });
        if (it != lifeArea.codes.cend()) {
            return *it;
        }
    }
    const auto it
        = std::find_if(m_related.cbegin(), m_related.cend(), [&](const IcfCode &c) { return c.code == code; });
    return it != m_related.cend() ? std::optional<IcfCode>(*it) : std::nullopt;
}

std::optional<LifeArea> IbicCatalogue::area(int number) const
{
    if (number < 1 || number > m_areas.size()) {
        return std::nullopt;
    }
    return m_areas.at(number - 1);
}

} // namespace akten::core
