// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/wedgedecoder.h"

#include "platform/badgereader.h"

namespace akten::platform {

WedgeDecoder::WedgeDecoder(WedgeFormat format, WedgeTerminator terminator, WedgeTiming timing)
    : m_format(format)
    , m_terminator(terminator)
    , m_timing(timing)
{ }

bool WedgeDecoder::accepts(QChar c) const
{
    if (c.isDigit() && c.unicode() < 128) {
        return true;
    }
    const QChar upper = c.toUpper();
    return m_format == WedgeFormat::Hex && upper >= QLatin1Char('A') && upper <= QLatin1Char('F');
}

WedgeDecoder::Step WedgeDecoder::character(QChar c, qint64 timeMs)
{
    const bool slow = !m_buffer.isEmpty() && timeMs - m_lastMs > m_timing.maxGapMs;
    if (slow || (!m_buffer.isEmpty() && !accepts(c)) || m_buffer.size() >= m_timing.maxChars) {
        return Step::Human; // the caller gives back what is held and then delivers this key itself
    }
    if (!accepts(c)) {
        return Step::Pass;
    }
    m_buffer.append(c);
    m_lastMs = timeMs;
    return Step::Held;
}

WedgeDecoder::Step WedgeDecoder::terminate(qint64 timeMs)
{
    if (m_buffer.isEmpty()) {
        return Step::Pass;
    }
    if (timeMs - m_lastMs > m_timing.maxGapMs) {
        return Step::Human;
    }
    return finish();
}

WedgeDecoder::Step WedgeDecoder::timeout(qint64 timeMs)
{
    if (m_buffer.isEmpty() || timeMs - m_lastMs <= m_timing.maxGapMs) {
        return m_buffer.isEmpty() ? Step::Pass : Step::Held;
    }
    return m_terminator == WedgeTerminator::None ? finish() : Step::Human;
}

bool WedgeDecoder::isTerminator(int key) const
{
    switch (m_terminator) {
    case WedgeTerminator::Enter:
        return key == Qt::Key_Return || key == Qt::Key_Enter;
    case WedgeTerminator::Tab:
        return key == Qt::Key_Tab;
    case WedgeTerminator::None:
        return false;
    }
    return false;
}

WedgeDecoder::Step WedgeDecoder::finish()
{
    const QString uid = m_buffer.size() >= m_timing.minChars ? toUid(m_buffer) : QString();
    if (uid.isEmpty()) {
        return Step::Human;
    }
    m_uid = uid;
    m_buffer.clear();
    return Step::Badge;
}

void WedgeDecoder::reset()
{
    m_buffer.clear();
}

QString WedgeDecoder::toUid(const QString &typed) const
{
    if (m_format == WedgeFormat::Hex) {
        return normaliseUidHex(typed);
    }
    bool ok = false;
    const quint64 value = typed.toULongLong(&ok, 10);
    if (!ok || value == 0) {
        return {};
    }
    const int bytes = value <= 0xFFFFFFFFULL ? 4 : 7; // 4-byte (NUID) or 7-byte UIDs
    if (bytes == 7 && value > 0xFFFFFFFFFFFFFFULL) {
        return {};
    }
    return QString::number(value, 16).toUpper().rightJustified(bytes * 2, QLatin1Char('0'));
}

} // namespace akten::platform
