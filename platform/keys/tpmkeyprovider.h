// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/keys/keywrap.h"

#include <QList>

#include <optional>

namespace akten::platform {

/**
 * Device key sealed by a TPM 2.0 (tpm2-tss ESAPI): a random 256-bit key sealed as a keyed-hash object under the owner
 * hierarchy's storage key (re-derived each time from the standard ECC P-256 template; nothing is made persistent, so
 * no TPM slots are used up). The file at `path` holds the TCTI and the sealed object's public and private parts,
 * which only this TPM can load: a copied disk is no use elsewhere. The key is unsealed over a session salted with the
 * storage key that encrypts the answer, so it cannot be read off the bus, into memory wiped after use. Data keys are
 * wrapped with it as FileKeyProvider does (keywrap). destroy() overwrites and removes the file; a copy of it taken
 * earlier would still unseal on this TPM, as a copy of a key file would (revocation protects the tablet after it
 * has been handed back or lost, not against someone who already had root on it). With PCRs (aktenctl init
 * --tpm-pcrs 7) the key is sealed under a PolicyPCR instead of an empty password: it unseals only in the boot state
 * it was sealed in (PCR 7: secure boot on, the same keys), so a disk booted into another system cannot unseal it.
 */
class TpmKeyProvider final : public SecretboxKeyProvider
{
public:
    /** The first line of a sealed key's file (how deviceKeyProvider tells it from a key file). */
    static constexpr QByteArrayView kFormatLine = "akten-tpm-key 1";

    /** tcti: a TCTI configuration, e.g. "device:/dev/tpmrm0" or "swtpm:host=127.0.0.1,port=2321"; for a key that
     * exists already the one in the file is used. Only TCTIs that talk to a TPM (device, swtpm, mssim, tabrmd) are
     * used; "cmd", which runs a program, is refused. */
    TpmKeyProvider(QString tcti, QString path);
    /** pcrs: a new key is sealed under a policy on these PCRs of the SHA-256 bank (e.g. 7, the secure boot state):
     * it unseals only while they hold the values they had when it was sealed. A key that exists keeps its own. */
    TpmKeyProvider(QString tcti, QString path, QList<int> pcrs);

    /** "7" or "0,7": PCR numbers 0..23; nullopt if malformed. Empty text: none. */
    [[nodiscard]] static std::optional<QList<int>> parsePcrs(const QString &text);
    [[nodiscard]] Status destroy() override;
    [[nodiscard]] QString description() const override;

private:
    struct Sealed
    {
        QString tcti;
        QByteArray publicPart; // TPM2B_PUBLIC, marshalled
        QByteArray privatePart; // TPM2B_PRIVATE, marshalled (encrypted by the TPM's storage key)
        QList<int> pcrs; // the policy's PCRs (SHA-256 bank); empty: no policy
    };
    [[nodiscard]] Result<Sealed> readSealed() const;
    [[nodiscard]] Status writeSealed(const Sealed &sealed) const;
    [[nodiscard]] Status createDeviceKey() override;
    [[nodiscard]] Result<SecretBytes> deviceKey() const override;

    QString m_tcti;
    QList<int> m_pcrs;
};

} // namespace akten::platform
