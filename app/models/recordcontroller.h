// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/catalogue.h"
#include "models/coversheet.h"
#include "models/decisionlistmodel.h"
#include "models/documentlistmodel.h"
#include "models/journallistmodel.h"
#include "models/planmodel.h"
#include "models/signinglistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace akten::store {
class Database;
}
struct RecordRepositories;

/** Opens one resident's record (genomförandeakt) and loads every section model for it. Read-only for now. */
class RecordController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool open READ isOpen NOTIFY openedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY openedChanged)
    Q_PROPERTY(CoverSheet *coverSheet READ coverSheet CONSTANT)
    Q_PROPERTY(DecisionListModel *decisions READ decisions CONSTANT)
    Q_PROPERTY(PlanModel *plan READ plan CONSTANT)
    Q_PROPERTY(JournalListModel *journal READ journal CONSTANT)
    Q_PROPERTY(SigningListModel *signing READ signing CONSTANT)
    Q_PROPERTY(DocumentListModel *documents READ documents CONSTANT)

public:
    RecordController(
        akten::store::Database &db, const akten::core::IbicCatalogue &catalogue, QObject *parent = nullptr);
    ~RecordController() override;
    Q_DISABLE_COPY_MOVE(RecordController)

    /** Loads every section for the resident; false (and errorText in Swedish) if the record cannot be opened. */
    Q_INVOKABLE bool openRecord(const QString &residentId);
    Q_INVOKABLE void close();

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] CoverSheet *coverSheet() const { return m_coverSheet; }
    [[nodiscard]] DecisionListModel *decisions() const { return m_decisions; }
    [[nodiscard]] PlanModel *plan() const { return m_plan; }
    [[nodiscard]] JournalListModel *journal() const { return m_journal; }
    [[nodiscard]] SigningListModel *signing() const { return m_signing; }
    [[nodiscard]] DocumentListModel *documents() const { return m_documents; }

Q_SIGNALS:
    void openedChanged();

private:
    std::unique_ptr<RecordRepositories> m_repositories;
    CoverSheet *m_coverSheet = nullptr;
    DecisionListModel *m_decisions = nullptr;
    PlanModel *m_plan = nullptr;
    JournalListModel *m_journal = nullptr;
    SigningListModel *m_signing = nullptr;
    DocumentListModel *m_documents = nullptr;
    bool m_open = false;
    QString m_errorText;
};
