// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/recorddocuments.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <optional>

class RecordDocumentService;
namespace akten::core {
class Clock;
}

/**
 * The form that writes one of the record's documents (a new one, or a new version prefilled from the current one):
 * its fields as rows (label, kind, value, the Swedish problem at the field), in steps for the guided fall checklist.
 * next() checks the step's fields; save() hands the whole to RecordDocumentService; a refusal is said at the fields
 * and nothing is written, the input kept. GUI thread.
 */
class DocumentForm : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordDocumentsController")
    Q_PROPERTY(bool open READ isOpen NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(int step READ step NOTIFY changed)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY changed)
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString today READ today NOTIFY changed)

public:
    enum Kind { Line, Text, Date, Time, Choice, YesNo };
    Q_ENUM(Kind)
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        KindRole,
        ValueRole,
        ErrorRole,
        ChoiceCodesRole,
        ChoiceLabelsRole,
        RequiredRole,
        StepRole,
    };
    Q_ENUM(Roles)

    DocumentForm(RecordDocumentService &service, const akten::core::Clock &clock, QObject *parent = nullptr);

    /** Opens the form; `base` prefills it (a new version), `replaces` are the versions the save replaces. */
    void start(const akten::auth::SessionUser &user, const akten::core::Id &residentId, akten::core::RecordDocType type,
        const QJsonObject &base, const QList<akten::core::Id> &replaces);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void setValue(int row, const QString &value);
    /** "Nästa": true and on to the next step when this step's fields are fine; otherwise their problems are shown. */
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();
    /** "Spara": true when written (the form closes). */
    Q_INVOKABLE bool save();
    Q_INVOKABLE void cancel();

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] int step() const { return m_step; }
    [[nodiscard]] int stepCount() const;
    [[nodiscard]] QString stepTitle() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString today() const;
    /** A title other than the type's (a power of attorney being revoked). */
    void setTitle(const QString &title);
    /** The type being written (meaningful while open). */
    [[nodiscard]] akten::core::RecordDocType type() const { return m_type; }

Q_SIGNALS:
    void changed();
    /** A document of this resident was written (the record's lists read again). */
    void saved(const QString &residentId);

private:
    [[nodiscard]] QJsonObject fields() const;
    /** Shows `problems` at their fields (only those of `step` if >= 0); returns how many were shown. */
    int showProblems(const QList<akten::core::DocFieldProblem> &problems, int step);

    RecordDocumentService &m_service;
    const akten::core::Clock &m_clock;
    std::optional<akten::auth::SessionUser> m_user;
    akten::core::Id m_residentId;
    akten::core::RecordDocType m_type = akten::core::RecordDocType::RegisterEntry;
    QList<akten::core::Id> m_replaces;
    QList<akten::core::DocField> m_fields;
    QStringList m_values;
    QStringList m_errors;
    bool m_open = false;
    int m_step = 0;
    QString m_title;
    QString m_errorText;
};
