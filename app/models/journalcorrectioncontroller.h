// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

class JournalService;

/**
 * "Rätta" and "Den enskilde invänder" on a journal entry: a correction (the new wording and why; the author or the
 * unit's manager) or the resident's objection, each a new record pointing at the entry, which stays readable. What
 * is missing is said at its field in Swedish and nothing is saved. GUI thread.
 */
class JournalCorrectionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString textError READ textError NOTIFY changed)
    Q_PROPERTY(QString reasonError READ reasonError NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    explicit JournalCorrectionController(JournalService &journal, QObject *parent = nullptr);
    ~JournalCorrectionController() override;
    Q_DISABLE_COPY_MOVE(JournalCorrectionController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);

    Q_INVOKABLE bool correct(const QString &entryId, const QString &text, const QString &reason);
    Q_INVOKABLE bool object(const QString &entryId, const QString &objection);
    Q_INVOKABLE void clear();

    [[nodiscard]] QString textError() const { return m_textError; }
    [[nodiscard]] QString reasonError() const { return m_reasonError; }
    [[nodiscard]] QString message() const { return m_message; }

Q_SIGNALS:
    void changed();
    /** A correction or objection was saved: the journal reads again. */
    void written();

private:
    template<typename Outcome> bool finish(const Outcome &outcome);

    JournalService &m_journal;
    std::optional<akten::auth::SessionUser> m_viewer;
    QString m_textError;
    QString m_reasonError;
    QString m_message;
};
