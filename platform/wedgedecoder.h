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

/** The key a reader types after the number (a setting: most type Enter, some Tab, some nothing). */
enum class WedgeTerminator {
    Enter, ///< Return or Enter (keypad)
    Tab,
    None, ///< the number ends when the keys stop (no key for longer than the reader's gap)
};

/** What tells a badge reader's typing from a person's. Readers type a whole number in a few tens of ms. */
struct WedgeTiming
{
    int maxGapMs = 35; ///< longest pause between two keys of one badge; people rarely type under 60 ms
    int minChars = 8;
    int maxChars = 20;
};

/**
 * Recognises a badge number typed by a keyboard-wedge reader: characters of the format in either case, each within
 * maxGapMs of the previous, ended by the terminator. Pure logic with caller-supplied timestamps, so it is tested
 * without a keyboard. Modifier keys (the Shift a reader holds for an upper-case letter) are the caller's to skip.
 */
class WedgeDecoder
{
public:
    enum class Step {
        Held, ///< the character may belong to a badge number: hold it back
        Human, ///< the held characters were typed by a person: give them back, then handle this key normally
        Badge, ///< the terminator (or, without one, the pause after it) ended a badge number: uid() has it
        Pass, ///< not ours: deliver normally (nothing is held)
    };

    explicit WedgeDecoder(WedgeFormat format = WedgeFormat::Hex, WedgeTerminator terminator = WedgeTerminator::Enter,
        WedgeTiming timing = {});

    /** A printable character at timeMs (monotonic). */
    Step character(QChar c, qint64 timeMs);
    /** The terminator key at timeMs (see isTerminator()). */
    Step terminate(qint64 timeMs);
    /**
     * No key since the last one (the caller's timer, due maxGapMs after it): Held if it is too early to tell, Badge
     * if a number without terminator is complete, Human if what is held must be given back now.
     */
    Step timeout(qint64 timeMs);
    /** Whether a key (Qt::Key) is this reader's terminator. */
    [[nodiscard]] bool isTerminator(int key) const;
    /** Forgets what is held (after it was given back or used). */
    void reset();

    [[nodiscard]] QString uid() const { return m_uid; }
    [[nodiscard]] int heldCount() const { return static_cast<int>(m_buffer.size()); }
    [[nodiscard]] const WedgeTiming &timing() const { return m_timing; }

private:
    [[nodiscard]] bool accepts(QChar c) const;
    [[nodiscard]] QString toUid(const QString &typed) const;
    Step finish();

    WedgeFormat m_format;
    WedgeTerminator m_terminator;
    WedgeTiming m_timing;
    QString m_buffer;
    qint64 m_lastMs = 0;
    QString m_uid;
};

} // namespace akten::platform
