// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <mutex>
#include <thread>

namespace akten::test {

/**
 * A PN532 behind a pseudo-terminal, answering libnfc's pn532_uart driver in the HSU frame format, with an ISO 14443A
 * card that tests put on and take off. It publishes a stable symlink to the pty slave, so the connection string
 * "pn532_uart:<linkPath>" still works after unplug() and plugIn() give it a new pty. Faults make it send malformed
 * frames. Answers in its own thread; the setters are thread-safe.
 */
class Pn532Emulator
{
public:
    enum class Fault {
        None,
        BadLengthChecksum, ///< LCS does not match LEN
        BadDataChecksum, ///< DCS does not match the data
        Truncated, ///< the response frame stops half-way
        Garbage, ///< bytes that are no frame at all, instead of ACK and response
        WrongResponseCode, ///< D5 followed by a response code that is not the command + 1
        OversizedLength, ///< an extended frame announcing more data than any buffer holds
    };

    /** The link is created at linkPath (in a directory the test owns) by plugIn(). */
    explicit Pn532Emulator(QString linkPath);
    ~Pn532Emulator();
    Q_DISABLE_COPY_MOVE(Pn532Emulator)

    /** Opens a new pseudo-terminal, points the link at its slave and starts answering. False on failure. */
    bool plugIn();
    /** Closes the pseudo-terminal (the reader sees a hang-up) and removes the link. */
    void unplug();

    void placeCard(const QByteArray &uid);
    void removeCard();
    void setFault(Fault fault);

    /** InListPassiveTarget commands answered so far: tells whether the reader is still polling. */
    [[nodiscard]] int pollCount() const { return m_polls.load(); }
    [[nodiscard]] QString linkPath() const { return m_linkPath; }

private:
    void run(const std::stop_token &stop);
    void consume();
    void answer(quint8 command, const QByteArray &arguments);
    [[nodiscard]] QByteArray payloadFor(quint8 command, const QByteArray &arguments) const;
    void send(const QByteArray &bytes);

    QString m_linkPath;
    int m_master = -1;
    int m_slave = -1; ///< kept open so the master never sees a hang-up between the reader's opens
    QByteArray m_received;
    std::jthread m_thread;
    mutable std::mutex m_mutex;
    QByteArray m_uid; ///< guarded by m_mutex
    Fault m_fault = Fault::None; ///< guarded by m_mutex
    std::atomic<int> m_polls = 0;
};

} // namespace akten::test
