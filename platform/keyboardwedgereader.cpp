// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/keyboardwedgereader.h"

#include <QCoreApplication>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace akten::platform {

KeyboardWedgeReader::KeyboardWedgeReader(QObject *filtered, WedgeFormat format, WedgeTiming timing, QObject *parent)
    : BadgeReader(parent)
    , m_filtered(filtered)
    , m_decoder(format, timing)
{
    m_clock.start();
    m_idle.setSingleShot(true);
    m_idle.setInterval(timing.maxGapMs + 1);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_decoder.timeout(m_clock.elapsed())) {
            giveBack();
        }
    });
}

KeyboardWedgeReader::~KeyboardWedgeReader()
{
    stop();
}

void KeyboardWedgeReader::start()
{
    if (m_filtered && state() != ReaderState::Ready) {
        m_filtered->installEventFilter(this);
        setState(ReaderState::Ready, u"keyboard wedge"_s);
    }
}

void KeyboardWedgeReader::stop()
{
    if (m_filtered) {
        m_filtered->removeEventFilter(this);
    }
    giveBack();
    setState(ReaderState::Stopped);
}

bool KeyboardWedgeReader::eventFilter(QObject *watched, QEvent *event)
{
    // Only the window's copy of a key event: Qt Quick sends the same event on to the focused item, through this
    // filter again.
    if (m_replaying || event->type() != QEvent::KeyPress || !watched->isWindowType()) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    const qint64 now = m_clock.elapsed();
    const bool plain = (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const WedgeDecoder::Step step = m_decoder.enter(now);
        if (step == WedgeDecoder::Step::Badge) {
            m_idle.stop();
            m_held.clear();
            Q_EMIT badgePresented({ m_decoder.uid(), u"wedge"_s });
            return true;
        }
        giveBack();
        return false;
    }
    const QString text = key->text();
    if (!plain || text.size() != 1 || key->isAutoRepeat()) {
        giveBack();
        return false;
    }
    switch (m_decoder.character(text.front(), now)) {
    case WedgeDecoder::Step::Held:
        m_held.append({ watched, key->key(), key->modifiers(), text });
        m_idle.start();
        return true;
    case WedgeDecoder::Step::Human:
        giveBack();
        // This key may start a new badge number (a person's digit followed by a real tap is unlikely; deliver it).
        return false;
    default:
        return false;
    }
}

void KeyboardWedgeReader::giveBack()
{
    m_idle.stop();
    m_decoder.reset();
    const QList<HeldKey> held = std::exchange(m_held, {});
    m_replaying = true;
    for (const HeldKey &k : held) {
        if (k.receiver) {
            QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
            QCoreApplication::sendEvent(k.receiver, &press);
        }
    }
    m_replaying = false;
}

} // namespace akten::platform
