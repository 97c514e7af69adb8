// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/ids.h"
#include "app/models/filterchoicelistmodel.h"
#include "app/models/rowlistmodel.h"

#include <optional>

namespace akten::store {
class JournalRepository;
}

/**
 * The social journal, newest event date first, filtered by kind and searched (every word, as typed or longer, in the
 * entry or its correction). A corrected entry stays readable, struck through, with the correction (who, when, why)
 * under it; the resident's objection is shown beside the entry. Says whether the viewer may correct each entry.
 */
class JournalListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")
    Q_PROPERTY(int filterCategory READ filterCategory WRITE setFilterCategory NOTIFY filterChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filterChanged)
    Q_PROPERTY(FilterChoiceListModel *categories READ categories CONSTANT)

public:
    enum Roles {
        EventDateRole = Qt::UserRole + 1,
        CategoryRole,
        AuthorRole,
        RecordedRole,
        TextRole,
        CorrectionsRole, ///< each correction: "Rättelse (when, who, title): reason. New wording"
        EntryIdRole,
        CategoryCodeRole, ///< core::JournalCategory as a number
        CorrectedRole, ///< the text is corrected: show it struck through, the correction under it
        CorrectedTextRole, ///< the newest correction's wording
        ObjectionsRole, ///< the resident's objections, with who recorded them and when
        CanCorrectRole, ///< the viewer wrote it, or manages the resident's unit
        DeviationRole, ///< a deviation from the plan (shown apart)
    };
    Q_ENUM(Roles)
    explicit JournalListModel(akten::store::JournalRepository &repository, QObject *parent = nullptr);
    /** Loads a resident's journal (null id: empties it) for `viewer` on a resident of `unitId`. */
    void load(const akten::core::Id &residentId, const std::optional<akten::auth::SessionUser> &viewer = {},
        const akten::core::Id &unitId = {});

    [[nodiscard]] int filterCategory() const { return m_filterCategory; }
    /** "Alla slag" (-1) and the kinds in this resident's journal, for the filter. */
    [[nodiscard]] FilterChoiceListModel *categories() const { return m_categories; }
    [[nodiscard]] QString query() const { return m_query; }
    /** -1: every kind. */
    void setFilterCategory(int category);
    void setQuery(const QString &query);

Q_SIGNALS:
    void filterChanged();

private:
    void reload();

    akten::store::JournalRepository &m_repository;
    akten::core::Id m_residentId;
    std::optional<akten::auth::SessionUser> m_viewer;
    akten::core::Id m_unitId;
    int m_filterCategory = -1;
    QString m_query;
    FilterChoiceListModel *m_categories; ///< child of this
};
