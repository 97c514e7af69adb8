// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/secretbytes.h"

#include <sodium.h>

#include <QtGlobal>

namespace akten::store {
namespace {
void ensureSodium()
{
    static const bool ready = sodium_init() >= 0; // thread-safe static init; sodium_init is idempotent
    Q_ASSERT(ready);
    (void)ready;
}
} // namespace

SecretBytes::SecretBytes(std::size_t size)
    : m_bytes(size, 0)
{ }

SecretBytes::SecretBytes(const unsigned char *data, std::size_t size)
    : m_bytes(data, data + size)
{ }

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    ensureSodium();
    SecretBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

void SecretBytes::wipe()
{
    if (!m_bytes.empty()) {
        sodium_memzero(m_bytes.data(), m_bytes.size());
    }
}

} // namespace akten::store
