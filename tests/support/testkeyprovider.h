// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/store/keyprovider.h"

namespace akten::test {

/** A device key held in memory (same wrap format as the file backend); can be told to refuse wrapping or unwrapping. */
class TestKeyProvider final : public store::KeyProvider
{
public:
    TestKeyProvider();
    [[nodiscard]] Status prepare(bool create) override;
    [[nodiscard]] Result<QByteArray> wrap(const store::SecretBytes &dataKey) override;
    [[nodiscard]] Result<store::SecretBytes> unwrap(const QByteArray &wrapped) override;
    [[nodiscard]] Status destroy() override;
    [[nodiscard]] QString description() const override;

    void setFailUnwrap(bool fail) { m_failUnwrap = fail; }
    void setFailWrap(bool fail) { m_failWrap = fail; }
    /** Replaces the device key with a new random one: earlier wrapped keys no longer unwrap. */
    void rotate();

private:
    store::SecretBytes m_deviceKey;
    bool m_failUnwrap = false;
    bool m_failWrap = false;
};

} // namespace akten::test
