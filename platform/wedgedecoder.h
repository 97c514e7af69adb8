// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

namespace akten::platform {

/** How a keyboard-wedge reader types a card number. */
enum class WedgeFormat {
    Hex, ///< the UID in hex, e.g. "04A1B2C3D4E5F6"
    Decimal, ///< the UID as one unsigned decimal number (common for 4-byte UIDs, e.g. "0012345678")
};

/** What tells a badge reader's typing from a person's. Readers type a whole number in a few tens of ms. */
struct WedgeTiming
{
    int maxGapMs = 35; ///< longest pause between two keys of one badge; people rarely type under 60 ms
    int minChars = 8;
    int maxChars = 20;
};

/**
 * Recognises a badge number typed by a keyboard-wedge reader: characters of the format, each within maxGapMs of
 * the previous, ended by Enter. Pure logic with caller-supplied timestamps, so it is tested without a keyboard.
 */
class WedgeDecoder
{
public:
    enum class Step {
        Held, ///< the character may belong to a badge number: hold it back
        Human, ///< the held characters were typed by a person: give them back, then handle this key normally
        Badge, ///< Enter ended a badge number: uid() has it
        Pass, ///< not ours: deliver normally (nothing is held)
    };

    explicit WedgeDecoder(WedgeFormat format = WedgeFormat::Hex, WedgeTiming timing = {});

    /** A printable character at timeMs (monotonic). */
    Step character(QChar c, qint64 timeMs);
    /** Enter/Return at timeMs. */
    Step enter(qint64 timeMs);
    /** No key for a while (the caller's timer): true if held characters must be given back now. */
    bool timeout(qint64 timeMs);
    /** Forgets what is held (after it was given back or used). */
    void reset();

    [[nodiscard]] QString uid() const { return m_uid; }
    [[nodiscard]] int heldCount() const { return static_cast<int>(m_buffer.size()); }
    [[nodiscard]] const WedgeTiming &timing() const { return m_timing; }

private:
    [[nodiscard]] bool accepts(QChar c) const;
    [[nodiscard]] QString toUid(const QString &typed) const;

    WedgeFormat m_format;
    WedgeTiming m_timing;
    QString m_buffer;
    qint64 m_lastMs = 0;
    QString m_uid;
};

} // namespace akten::platform
