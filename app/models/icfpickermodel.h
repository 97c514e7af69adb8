// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/catalogue.h"
#include "app/models/rowlistmodel.h"

#include <QStringList>

/**
 * The IBIC/ICF picker of the plan editor: the 11 life areas (lifeAreas: number, title) and, for the chosen area or
 * a search over all of them ("Sök ord eller kod"), the codes with their Swedish titles, recently used codes first, then
 * the codes the unit uses most (core::searchCatalogue). Every keystroke searches the whole catalogue; it is small. GUI
 * thread.
 */
class IcfPickerModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by PlanEditorController")
    Q_PROPERTY(int area READ area WRITE setArea NOTIFY filterChanged)
    Q_PROPERTY(QString areaTitle READ areaTitle NOTIFY filterChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY filterChanged)
    Q_PROPERTY(QVariantList lifeAreas READ lifeAreas CONSTANT)

public:
    enum Roles {
        CodeRole = Qt::UserRole + 1,
        TitleRole,
        AreaRole,
        RecentRole, ///< used recently: shown under "Senast använda"
        OftenRole, ///< used in many of the unit's current plans: "Ofta använda"
    };
    Q_ENUM(Roles)

    explicit IcfPickerModel(const akten::core::IbicCatalogue &catalogue, QObject *parent = nullptr);

    [[nodiscard]] int area() const { return m_area; }
    [[nodiscard]] QString areaTitle() const;
    [[nodiscard]] QString query() const { return m_query; }
    /** The life areas as {number, title} maps, in IBIC order. */
    [[nodiscard]] QVariantList lifeAreas() const;
    void setArea(int area);
    void setQuery(const QString &query);

    /** A code was chosen: it goes first among the recent ones. */
    void used(const QString &code);
    /** The recent codes, most recent first (this session and the plan being edited). */
    void setRecent(const QStringList &codes);
    /** The codes the unit's current plans use most, most used first; listed after the recent ones. */
    void setOftenUsed(const QStringList &codes);

Q_SIGNALS:
    void filterChanged();

private:
    void refresh();

    const akten::core::IbicCatalogue &m_catalogue;
    int m_area = 0;
    QString m_query;
    QStringList m_recent;
    QStringList m_often;
};
