// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/simulatedbadgereader.h"

using namespace Qt::StringLiterals;

namespace akten::platform {

void SimulatedBadgeReader::start()
{
    setState(ReaderState::Ready, u"simulated reader"_s);
}

void SimulatedBadgeReader::stop()
{
    m_present.clear();
    setState(ReaderState::Stopped);
}

bool SimulatedBadgeReader::tap(const QString &uidHex)
{
    const QString uid = normaliseUidHex(uidHex);
    if (state() != ReaderState::Ready || uid.isEmpty()) {
        return false;
    }
    if (uid == m_present) {
        return true; // still lying on the reader
    }
    remove();
    m_present = uid;
    Q_EMIT badgePresented({ uid, u"simulated"_s });
    return true;
}

void SimulatedBadgeReader::remove()
{
    if (!m_present.isEmpty()) {
        const QString uid = std::exchange(m_present, {});
        Q_EMIT badgeRemoved(uid);
    }
}

} // namespace akten::platform
