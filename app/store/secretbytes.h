// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <cstddef>
#include <vector>

namespace akten::store {

/** Move-only byte buffer for key material; wiped with sodium_memzero on destruction. Never log or copy it. */
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const unsigned char *data, std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    /** size bytes from libsodium's CSPRNG. */
    [[nodiscard]] static SecretBytes random(std::size_t size);

    [[nodiscard]] unsigned char *data() { return m_bytes.data(); }
    [[nodiscard]] const unsigned char *data() const { return m_bytes.data(); }
    [[nodiscard]] std::size_t size() const { return m_bytes.size(); }
    [[nodiscard]] bool empty() const { return m_bytes.empty(); }

private:
    void wipe();
    std::vector<unsigned char> m_bytes;
};

} // namespace akten::store
