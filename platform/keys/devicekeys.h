// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/store/keyprovider.h"

#include <QList>
#include <QString>

#include <memory>

namespace akten::platform {

/**
 * The TPM to seal a new device key with: "off" none, "auto" the kernel's TPM resource manager (/dev/tpmrm0) if this
 * process may use it, anything else a tpm2-tss TCTI configuration taken as it is. Empty result: no TPM.
 */
[[nodiscard]] QString resolveTpm(const QString &setting);

/**
 * The provider of the device key at `path`. A key that exists decides by itself: a file that starts with the TPM
 * format's first line was sealed by a TPM (TpmKeyProvider, which also knows which TPM), any other is a key file
 * (FileKeyProvider). A key still to be created is sealed by the TPM `tpm` names (resolveTpm), under a policy on `pcrs`
 * if any (TpmKeyProvider), else kept in a file.
 */
[[nodiscard]] std::unique_ptr<store::KeyProvider> deviceKeyProvider(
    const QString &path, const QString &tpm, const QList<int> &pcrs = {});

} // namespace akten::platform
