// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QSslConfiguration>

namespace akten::sync::tls {

/**
 * The one TLS policy of akten-central and its devices, applied to every QSslConfiguration either side makes: TLS 1.3,
 * or TLS 1.2 with forward secrecy and an AEAD cipher only (ECDHE with AES-GCM or ChaCha20-Poly1305). CBC suites
 * (Lucky13-style padding oracles), SHA-1 MACs and static RSA key exchange are never offered nor accepted.
 */
void applyTlsPolicy(QSslConfiguration &configuration);

/** Whether a cipher suite passes the policy (TLS 1.3 suites are all AEAD with ephemeral key exchange). */
[[nodiscard]] bool allowedCipher(const QSslCipher &cipher);

} // namespace akten::sync::tls
