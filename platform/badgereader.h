// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace akten::platform {

/** Where a reader is: the login screen shows it ("Kortläsaren är inte ansluten") and the log records changes. */
enum class ReaderState { Stopped, Connecting, Ready, Disconnected };

/** One badge put on (or typed by) a reader. The UID identifies a person: never log it. */
struct BadgeTap
{
    QString uidHex; ///< upper-case hex, no separators, e.g. "04A1B2C3D4E5F6"
    QString source; ///< the backend: "libnfc", "wedge", "ble", "simulated"
};

/**
 * A badge reader backend. Readers only report: no UI, no database. Signals carry value types so they can cross
 * threads. A card left on the reader is reported once (badgePresented), and badgeRemoved when it is taken away,
 * where the hardware can tell (a keyboard wedge cannot). start() may be called again after stop().
 */
class BadgeReader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~BadgeReader() override = default;
    Q_DISABLE_COPY_MOVE(BadgeReader)

    virtual void start() = 0;
    virtual void stop() = 0;

    [[nodiscard]] ReaderState state() const { return m_state; }
    /** Why the reader is in its state, in English for logs (never a UID). */
    [[nodiscard]] QString stateDetail() const { return m_detail; }

Q_SIGNALS:
    void badgePresented(const akten::platform::BadgeTap &tap);
    void badgeRemoved(const QString &uidHex);
    void stateChanged(akten::platform::ReaderState state);

protected:
    /** Updates the state and emits stateChanged if it changed. */
    void setState(ReaderState state, const QString &detail = {});

private:
    ReaderState m_state = ReaderState::Stopped;
    QString m_detail;
};

/** Normalises a UID to upper-case hex without separators; empty if it is not 4..10 bytes of hex. */
[[nodiscard]] QString normaliseUidHex(const QString &text);

} // namespace akten::platform

Q_DECLARE_METATYPE(akten::platform::BadgeTap)
