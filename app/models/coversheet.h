// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/masterdata.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

/** The cover sheet (försättsblad) of the open record: who the resident is and who is responsible. */
class CoverSheet : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString personalNumber READ personalNumber NOTIFY changed)
    Q_PROPERTY(QString unitName READ unitName NOTIFY changed)
    Q_PROPERTY(QString room READ room NOTIFY changed)
    Q_PROPERTY(QString ageText READ ageText NOTIFY changed)
    Q_PROPERTY(bool child READ child NOTIFY changed)
    Q_PROPERTY(QString contactPersons READ contactPersons NOTIFY changed)
    Q_PROPERTY(QString representative READ representative NOTIFY changed)
    Q_PROPERTY(QString movedIn READ movedIn NOTIFY changed)

public:
    using QObject::QObject;
    void set(const akten::core::Resident &resident, const QString &unitName, const QString &contactPersons,
        const QDate &today);

    [[nodiscard]] QString name() const { return m_resident.id.isNull() ? QString() : m_resident.displayName(); }
    [[nodiscard]] QString personalNumber() const { return m_resident.personalNumber; }
    [[nodiscard]] QString unitName() const { return m_unitName; }
    [[nodiscard]] QString room() const { return m_resident.room; }
    [[nodiscard]] QString ageText() const;
    [[nodiscard]] bool child() const { return m_resident.isChildOn(m_today); }
    [[nodiscard]] QString contactPersons() const { return m_contactPersons; }
    [[nodiscard]] QString representative() const;
    [[nodiscard]] QString movedIn() const;

Q_SIGNALS:
    void changed();

private:
    akten::core::Resident m_resident;
    QString m_unitName;
    QString m_contactPersons;
    QDate m_today;
};
