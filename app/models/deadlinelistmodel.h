// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/deadlines.h"
#include "app/models/rowlistmodel.h"

/** One resident's next plan deadline as the lists show it. */
struct ResidentDeadline
{
    akten::core::Resident resident;
    akten::core::PlanDeadline deadline;
    bool mine = false; ///< the viewer is the resident's kontaktman
};

/**
 * Residents' next plan deadlines (core::nextPlanDeadline), earliest first, so the overdue come first: what is due
 * ("Uppföljning av planen" / "Genomförandeplan ska upprättas"), by when, and the sentence the kontaktman's card on
 * Nu shows ("Uppföljning av Margits plan senast 12 december"). Per resident, never per staff member. A protected
 * identity is listed without name or room. Filled by PlanDeadlinesController.
 */
class DeadlineListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by PlanDeadlinesController")
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY overdueCountChanged)

public:
    enum Roles {
        ResidentIdRole = Qt::UserRole + 1,
        NameRole,
        RoomRole,
        WhatRole, ///< "Uppföljning av planen"
        WhenRole, ///< "Senast 12 december 2026" / "Försenad: skulle vara klar 2 november 2026"
        SentenceRole, ///< "Uppföljning av Margits plan senast 12 december"
        OverdueRole,
        DaysLeftRole,
        MineRole,
        ProtectedRole,
    };
    Q_ENUM(Roles)
    explicit DeadlineListModel(QObject *parent = nullptr);

    void setDeadlines(const QList<ResidentDeadline> &deadlines, const QDate &today, const QString &error = {});
    [[nodiscard]] int overdueCount() const { return m_overdue; }

Q_SIGNALS:
    void overdueCountChanged();

private:
    int m_overdue = 0;
};
