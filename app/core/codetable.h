// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The stable codes of an enum as stored and synced ("not_done", "revise"): one table per enum and the two lookups,
// shared by core's enums and the kinds that live with their own feature (follow-ups).
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace akten::core {

template<typename E, std::size_t N> using CodeTable = std::array<std::pair<E, const char *>, N>;

template<typename E, std::size_t N> [[nodiscard]] QString codeOf(const CodeTable<E, N> &table, E value)
{
    for (const auto &[v, code] : table) {
        if (v == value) {
            return QString::fromLatin1(code);
        }
    }
    Q_ASSERT_X(false, "toCode", "enum value missing from its code table");
    return {};
}

template<typename E, std::size_t N>
[[nodiscard]] std::optional<E> valueOf(const CodeTable<E, N> &table, const QString &code)
{
    for (const auto &[v, c] : table) {
        if (code == QLatin1String(c)) {
            return v;
        }
    }
    return std::nullopt;
}

} // namespace akten::core
