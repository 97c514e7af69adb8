// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/keyboardwedgereader.h"

#include <QCoreApplication>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace akten::platform {

namespace {

/** Keys that only change how the next key is read; a reader holds Shift around each upper-case letter. */
bool isModifierOnly(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return true;
    default:
        return false;
    }
}

} // namespace

KeyboardWedgeReader::KeyboardWedgeReader(
    QObject *filtered, WedgeFormat format, WedgeTerminator terminator, WedgeTiming timing, QObject *parent)
    : BadgeReader(parent)
    , m_filtered(filtered)
    , m_decoder(format, terminator, timing)
{
    m_clock.start();
    m_idle.setSingleShot(true);
    m_idle.setInterval(timing.maxGapMs + 1);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        switch (m_decoder.timeout(m_clock.elapsed())) {
        case WedgeDecoder::Step::Badge:
            report();
            break;
        case WedgeDecoder::Step::Human:
            giveBack();
            break;
        case WedgeDecoder::Step::Held:
            m_idle.start(); // woken a little early: look again
            break;
        case WedgeDecoder::Step::Pass:
            break;
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
    if (isModifierOnly(key->key())) {
        return false; // delivered as it is; it changes nothing while a number is read
    }
    const qint64 now = m_clock.elapsed();
    const bool plain = (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;
    if (m_decoder.isTerminator(key->key()) && plain) {
        if (m_decoder.terminate(now) == WedgeDecoder::Step::Badge) {
            report();
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

void KeyboardWedgeReader::report()
{
    m_idle.stop();
    m_held.clear();
    Q_EMIT badgePresented({ m_decoder.uid(), u"wedge"_s });
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
