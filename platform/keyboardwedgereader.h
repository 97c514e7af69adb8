// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/badgereader.h"
#include "platform/wedgedecoder.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

class QKeyEvent;

namespace akten::platform {

/**
 * The USB badge readers that act as a keyboard: they type the card number and a terminator (Enter, Tab or nothing;
 * a setting), upper-case hex letters with Shift held. Installed as an event filter
 * on the application, it holds back keys that may be a badge number for a few tens of milliseconds; a badge is
 * consumed and reported, anything a person types is given back to where it was going, in order. Works on every
 * screen (login and lock screen alike) because it does not need focus. Modifier keys alone (Shift, Caps Lock…) pass
 * through without disturbing a number being read. Cannot see a badge being removed.
 */
class KeyboardWedgeReader final : public BadgeReader
{
    Q_OBJECT

public:
    explicit KeyboardWedgeReader(QObject *filtered, WedgeFormat format = WedgeFormat::Hex,
        WedgeTerminator terminator = WedgeTerminator::Enter, WedgeTiming timing = {}, QObject *parent = nullptr);
    ~KeyboardWedgeReader() override;
    Q_DISABLE_COPY_MOVE(KeyboardWedgeReader)

    void start() override;
    void stop() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldKey
    {
        QPointer<QObject> receiver;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    void giveBack();
    void report();

    QPointer<QObject> m_filtered;
    WedgeDecoder m_decoder;
    QElapsedTimer m_clock;
    QTimer m_idle;
    QList<HeldKey> m_held;
    bool m_replaying = false;
};

} // namespace akten::platform
