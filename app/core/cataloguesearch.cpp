// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/cataloguesearch.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

// Common Swedish endings on verbs and nouns, longest first; a query word is also tried without one of them.
constexpr std::array kEndings { u"arna", u"erna", u"orna", u"ande", u"ende", u"ade", u"are", u"ar", u"er", u"or", u"en",
    u"et", u"na", u"a", u"r", u"s" };
constexpr qsizetype kShortestStem = 3;

QStringList words(const QString &text)
{
    QStringList result;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        result.append(word);
    }
    return result;
}

/** The query word and its stems without a Swedish ending. */
QStringList variants(const QString &word)
{
    QStringList result { word };
    for (const char16_t *ending : kEndings) {
        const QString e = QString::fromUtf16(ending);
        if (word.size() - e.size() >= kShortestStem && word.endsWith(e)) {
            result.append(word.chopped(e.size()));
        }
    }
    return result;
}

bool startsAWord(const QStringList &titleWords, const QStringList &variantsOfWord)
{
    return std::any_of(titleWords.cbegin(), titleWords.cend(), [&](const QString &titleWord) {
        return std::any_of(
            variantsOfWord.cbegin(), variantsOfWord.cend(), [&](const QString &v) { return titleWord.startsWith(v); });
    });
}

/** 0 exact code, 1 code prefix, 2 title words; -1 no match. */
int rank(const IcfCode &code, const QString &query, const QList<QStringList> &queryVariants)
{
    const QString lowerCode = code.code.toLower();
    if (query.isEmpty()) {
        return 2;
    }
    if (lowerCode == query) {
        return 0;
    }
    if (lowerCode.startsWith(query)) {
        return 1;
    }
    if (queryVariants.isEmpty()) {
        return -1;
    }
    const QStringList titleWords = words(code.titleSv);
    const bool all = std::all_of(
        queryVariants.cbegin(), queryVariants.cend(), [&](const QStringList &v) { return startsAWord(titleWords, v); });
    return all ? 2 : -1;
}

} // namespace

QList<IcfCode> searchCatalogue(
    const IbicCatalogue &catalogue, const QString &query, int lifeArea, const QStringList &recent)
{
    const QString needle = query.trimmed().toLower();
    QList<QStringList> queryVariants;
    for (const QString &word : words(needle)) {
        queryVariants.append(variants(word));
    }
    struct Hit
    {
        int rank;
        qsizetype recency;
        qsizetype order;
        IcfCode code;
    };
    QList<Hit> hits;
    qsizetype order = 0;
    for (const LifeArea &area : catalogue.lifeAreas()) {
        if (lifeArea != 0 && area.number != lifeArea) {
            continue;
        }
        for (const IcfCode &code : area.codes) {
            ++order;
            if (code.isChapter) {
                continue;
            }
            if (const int r = rank(code, needle, queryVariants); r >= 0) {
                const qsizetype recency = recent.indexOf(code.code);
                hits.append({ r, recency < 0 ? recent.size() : recency, order, code });
            }
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return std::tie(a.rank, a.recency, a.order) < std::tie(b.rank, b.recency, b.order);
    });
    QList<IcfCode> result;
    result.reserve(hits.size());
    for (Hit &hit : hits) {
        result.append(std::move(hit.code));
    }
    return result;
}

} // namespace akten::core
