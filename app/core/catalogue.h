// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace akten::core {

/** One ICF code as used in IBIC, with Swedish (Socialstyrelsen) and English (WHO) titles. */
struct IcfCode
{
    int lifeArea = 0; ///< 1–11; 0 = related factors (body functions, environment)
    QString code; ///< "d510", "b1528A", "e398A"
    QString titleSv;
    QString titleEn;
    QString note;
    bool isChapter = false;
};

/** An IBIC life area (livsområde) with the ICF codes inside it. */
struct LifeArea
{
    int number = 0;
    QString titleSv;
    QList<IcfCode> codes;
};

/**
 * The IBIC/ICF catalogue: 11 life areas plus related factors. Shipped as a versioned resource; a unit's SAS can
 * supply a newer CSV without a new build. Immutable after loading; safe to share between threads.
 */
class IbicCatalogue
{
public:
    /** Parses the CSV (header: area,area_title_sv,code,title_sv,title_en,note). Rejects malformed rows. */
    [[nodiscard]] static Result<IbicCatalogue> fromCsv(const QByteArray &csv, const QString &version);
    /** The catalogue compiled into the binary (resource :/akten/catalogue/ibic-icf.csv). */
    [[nodiscard]] static Result<IbicCatalogue> bundled();

    [[nodiscard]] QString version() const { return m_version; }
    /** Life areas 1–11 in order (area 0, related factors, is in relatedFactors()). */
    [[nodiscard]] const QList<LifeArea> &lifeAreas() const { return m_areas; }
    [[nodiscard]] const QList<IcfCode> &relatedFactors() const { return m_related; }
    [[nodiscard]] std::optional<IcfCode> find(const QString &code) const;
    [[nodiscard]] std::optional<LifeArea> area(int number) const;

private:
    QString m_version;
    QList<LifeArea> m_areas;
    QList<IcfCode> m_related;
};

} // namespace akten::core
