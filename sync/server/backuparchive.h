// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QList>
#include <QString>

namespace akten::sync {

/**
 * The one-file container of a central store backup (README "Backing up and restoring the central store"): a first
 * line `akten-central-backup 1`, a second line holding the manifest (compact JSON: `created_ms`, `store` —
 * "embedded" or "postgres" —, and the parts in order, each with `name`, `size` and `sha256`), then the parts' bytes
 * one after the other and nothing else. It holds what is in the central directory except the central key: a reader
 * checks the length and every part's SHA-256 before anything is written.
 */
class BackupArchive
{
public:
    struct Part
    {
        QString name; ///< relative to the central directory: `ca.crt`, `body-keys/1.wrapped` …
        QString source; ///< the file the part is read from (writing) or extracted from (reading)
        qint64 size = 0;
        QByteArray sha256Hex;
    };

    /** Whether `name` may be a part's name: a file name, or one under body-keys/, nothing that climbs out. */
    [[nodiscard]] static bool validName(const QString &name);

    /**
     * Writes the parts (read from their `source`) to `out` atomically: a 0600 temporary file beside it, fsync,
     * then linked into place only if `out` does not exist yet (never replaces a file), the directory fsync'd.
     */
    [[nodiscard]] static Result<qint64> write(const QString &out, const QString &store, QList<Part> parts);

    /**
     * Reads the manifest and checks every part's length and SHA-256 against the file, writing nothing; the reason
     * in English on failure (not a backup, truncated, a part corrupt).
     */
    [[nodiscard]] static Result<BackupArchive> verify(const QString &file);

    /** Copies each part into `dir` (created 0700 beforehand by the caller), files 0600, fsync'd, hashes rechecked. */
    [[nodiscard]] Status extract(const QString &dir) const;

    [[nodiscard]] QString store() const { return m_store; }
    [[nodiscard]] const QList<Part> &parts() const { return m_parts; }

private:
    QString m_file;
    QString m_store;
    qint64 m_dataStart = 0;
    QList<Part> m_parts;
};

} // namespace akten::sync
