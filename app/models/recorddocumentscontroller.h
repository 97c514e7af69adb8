// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/documentform.h"
#include "app/models/recorddocumentlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store
namespace akten::core {
class Clock;
}
class RecordController;
class RecordDocumentService;

/**
 * The record's own documents for the open record (domain.md D1): the cover sheet's versions, the life story, powers
 * of attorney and money agreements, fall reports and checklists, and the form that writes them. It reads a section
 * only when RecordController has shown it (its view audited first), and again when the record is refreshed; it
 * writes only through the form (RecordDocumentService). GUI thread.
 */
class RecordDocumentsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(RecordDocumentListModel *coverSheet READ coverSheet CONSTANT)
    Q_PROPERTY(RecordDocumentListModel *coverHistory READ coverHistory CONSTANT)
    Q_PROPERTY(RecordDocumentListModel *lifeStory READ lifeStory CONSTANT)
    Q_PROPERTY(RecordDocumentListModel *lifeStoryHistory READ lifeStoryHistory CONSTANT)
    Q_PROPERTY(RecordDocumentListModel *powers READ powers CONSTANT)
    Q_PROPERTY(RecordDocumentListModel *agreements READ agreements CONSTANT)
    Q_PROPERTY(RecordDocumentListModel *falls READ falls CONSTANT)
    Q_PROPERTY(RecordDocumentListModel *checklists READ checklists CONSTANT)
    Q_PROPERTY(DocumentForm *form READ form CONSTANT)

public:
    RecordDocumentsController(akten::store::Database &db, akten::store::MasterDataRepository &master,
        RecordDocumentService &service, RecordController &record, const akten::core::Clock &clock,
        QObject *parent = nullptr);
    ~RecordDocumentsController() override;
    Q_DISABLE_COPY_MOVE(RecordDocumentsController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Whether the viewer may write documents of this type (a core type code) in the open record. */
    Q_INVOKABLE bool mayWrite(const QString &typeCode) const;
    /** Opens the form for a new document of this type; false if the viewer may not. */
    Q_INVOKABLE bool startNew(const QString &typeCode);
    /**
     * Opens the form for a new version of the document `documentId` belongs to, prefilled from it, replacing every
     * current version of that document (two, after a conflict). `revoke`: a power of attorney revoked today.
     */
    Q_INVOKABLE bool startVersion(const QString &documentId, bool revoke = false);

    [[nodiscard]] RecordDocumentListModel *coverSheet() const { return m_cover; }
    [[nodiscard]] RecordDocumentListModel *coverHistory() const { return m_coverHistory; }
    [[nodiscard]] RecordDocumentListModel *lifeStory() const { return m_lifeStory; }
    [[nodiscard]] RecordDocumentListModel *lifeStoryHistory() const { return m_lifeStoryHistory; }
    [[nodiscard]] RecordDocumentListModel *powers() const { return m_powers; }
    [[nodiscard]] RecordDocumentListModel *agreements() const { return m_agreements; }
    [[nodiscard]] RecordDocumentListModel *falls() const { return m_falls; }
    [[nodiscard]] RecordDocumentListModel *checklists() const { return m_checklists; }
    [[nodiscard]] DocumentForm *form() const { return m_form; }

private:
    void load(int section);
    void clear();
    [[nodiscard]] std::optional<akten::core::Resident> openResident() const;

    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
    RecordDocumentService &m_service;
    RecordController &m_record;
    const akten::core::Clock &m_clock;
    std::optional<akten::auth::SessionUser> m_viewer;
    RecordDocumentListModel *m_cover = nullptr;
    RecordDocumentListModel *m_coverHistory = nullptr;
    RecordDocumentListModel *m_lifeStory = nullptr;
    RecordDocumentListModel *m_lifeStoryHistory = nullptr;
    RecordDocumentListModel *m_powers = nullptr;
    RecordDocumentListModel *m_agreements = nullptr;
    RecordDocumentListModel *m_falls = nullptr;
    RecordDocumentListModel *m_checklists = nullptr;
    DocumentForm *m_form = nullptr;
};
