// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/unit/platform/pn532emulator.h"

#include <QFile>

#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

namespace akten::test {

namespace {

constexpr quint8 kHostToChip = 0xD4;
constexpr quint8 kChipToHost = 0xD5;
const QByteArray kAck = QByteArray::fromHex("0000ff00ff00");
const QByteArray kStartCode = QByteArray::fromHex("00ff");

quint8 byteAt(const QByteArray &bytes, qsizetype index)
{
    return static_cast<quint8>(bytes.at(index));
}

quint8 checksum(const QByteArray &bytes)
{
    quint8 sum = 0;
    for (const char byte : bytes) {
        sum = static_cast<quint8>(sum + static_cast<quint8>(byte));
    }
    return static_cast<quint8>(0x100 - sum);
}

/** A normal information frame: 00 00 FF LEN LCS <body> DCS 00, with the fault's defect. */
QByteArray frame(const QByteArray &body, Pn532Emulator::Fault fault)
{
    using Fault = Pn532Emulator::Fault;
    const auto length = static_cast<quint8>(body.size());
    QByteArray out = QByteArray::fromHex("0000ff");
    if (fault == Fault::OversizedLength) {
        // Extended frame: FF FF, LEN = 0x0400 (more than libnfc's 264-byte buffer), LCS over both length bytes.
        out += QByteArray::fromHex("ffff0400fc");
    } else {
        out += static_cast<char>(length);
        out += static_cast<char>(fault == Fault::BadLengthChecksum ? checksum(QByteArray(1, char(length))) + 1
                                                                   : checksum(QByteArray(1, char(length))));
    }
    out += body;
    out += static_cast<char>(fault == Fault::BadDataChecksum ? checksum(body) + 1 : checksum(body));
    out += '\0';
    if (fault == Fault::Truncated) {
        out.chop(body.size() / 2 + 2);
    }
    return out;
}

} // namespace

Pn532Emulator::Pn532Emulator(QString linkPath)
    : m_linkPath(std::move(linkPath))
{ }

Pn532Emulator::~Pn532Emulator()
{
    unplug();
}

bool Pn532Emulator::plugIn()
{
    unplug();
    m_master = posix_openpt(O_RDWR | O_NOCTTY);
    char slaveName[128] = {};
    if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0
        || ptsname_r(m_master, slaveName, sizeof slaveName) != 0) {
        unplug();
        return false;
    }
    termios raw {};
    tcgetattr(m_master, &raw);
    cfmakeraw(&raw); // on Linux this sets the slave's line discipline: no echo, no CR/LF translation
    tcsetattr(m_master, TCSANOW, &raw);
    fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_slave = ::open(slaveName, O_RDWR | O_NOCTTY);

    // Replace the link atomically, so the reader never sees a missing path while we are plugged in.
    const QByteArray link = QFile::encodeName(m_linkPath);
    const QByteArray temporary = link + ".new";
    ::unlink(temporary.constData());
    if (m_slave < 0 || ::symlink(slaveName, temporary.constData()) != 0
        || ::rename(temporary.constData(), link.constData()) != 0) {
        unplug();
        return false;
    }
    m_received.clear();
    m_thread = std::jthread([this](const std::stop_token &stop) { run(stop); });
    return true;
}

void Pn532Emulator::unplug()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
    ::unlink(QFile::encodeName(m_linkPath).constData());
    for (int *fd : { &m_master, &m_slave }) {
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    }
}

void Pn532Emulator::placeCard(const QByteArray &uid)
{
    const std::scoped_lock lock(m_mutex);
    m_uid = uid;
}

void Pn532Emulator::removeCard()
{
    placeCard({});
}

void Pn532Emulator::setFault(Fault fault)
{
    const std::scoped_lock lock(m_mutex);
    m_fault = fault;
}

void Pn532Emulator::run(const std::stop_token &stop)
{
    while (!stop.stop_requested()) {
        pollfd watched { m_master, POLLIN, 0 };
        if (::poll(&watched, 1, 20) <= 0 || (watched.revents & POLLIN) == 0) {
            continue;
        }
        char buffer[512];
        const ssize_t count = ::read(m_master, buffer, sizeof buffer);
        if (count > 0) {
            m_received.append(buffer, count);
            consume();
        }
    }
}

void Pn532Emulator::consume()
{
    for (;;) {
        // Wake-up bytes (55 55 00 00 00), preambles and postambles are skipped: a frame starts at 00 FF.
        const qsizetype start = m_received.indexOf(kStartCode);
        if (start < 0) {
            m_received = m_received.endsWith('\0') ? QByteArray(1, '\0') : QByteArray();
            return;
        }
        m_received.remove(0, start);
        if (m_received.size() < 4) {
            return;
        }
        const quint8 length = byteAt(m_received, 2);
        const quint8 lengthChecksum = byteAt(m_received, 3);
        if ((length == 0x00 && lengthChecksum == 0xFF) || (length == 0xFF && lengthChecksum == 0x00)) {
            m_received.remove(0, 4); // ACK or NACK from the host
            continue;
        }
        if (static_cast<quint8>(length + lengthChecksum) != 0) {
            m_received.remove(0, 2); // a PN532 ignores a frame with a bad length checksum
            continue;
        }
        if (m_received.size() < 4 + length + 1) {
            return;
        }
        const QByteArray data = m_received.mid(4, length);
        const quint8 dataChecksum = byteAt(m_received, 4 + length);
        m_received.remove(0, 4 + length + 1);
        if (checksum(data) != dataChecksum || data.size() < 2 || byteAt(data, 0) != kHostToChip) {
            continue;
        }
        answer(byteAt(data, 1), data.mid(2));
    }
}

void Pn532Emulator::answer(quint8 command, const QByteArray &arguments)
{
    Fault fault = Fault::None;
    {
        const std::scoped_lock lock(m_mutex);
        fault = m_fault;
    }
    const QByteArray payload = payloadFor(command, arguments);
    if (command == 0x4A) {
        ++m_polls;
    }
    if (fault == Fault::Garbage) {
        send(QByteArray::fromHex("1337c0ee4299887766aa5a01"));
        return;
    }
    QByteArray body;
    body += static_cast<char>(kChipToHost);
    body += static_cast<char>(command + (fault == Fault::WrongResponseCode ? 3 : 1));
    body += payload;
    send(kAck + frame(body, fault));
}

QByteArray Pn532Emulator::payloadFor(quint8 command, const QByteArray &arguments) const
{
    switch (command) {
    case 0x02: // GetFirmwareVersion: IC PN532, version 1.6, supports ISO 14443A, B and ISO 18092
        return QByteArray::fromHex("32010607");
    case 0x00: // Diagnose: the communication test echoes its data
        return arguments;
    case 0x14: // SAMConfiguration
    case 0x12: // SetParameters
    case 0x32: // RFConfiguration
    case 0x08: // WriteRegister
        return {};
    case 0x06: // ReadRegister: one value per 2-byte address
        return QByteArray(arguments.size() / 2, '\0');
    case 0x4A: { // InListPassiveTarget
        const std::scoped_lock lock(m_mutex);
        if (m_uid.isEmpty()) {
            return QByteArray(1, '\0'); // NbTg = 0
        }
        // NbTg 1, Tg 1, SENS_RES 00 04, SEL_RES 08, NFCID1 length and bytes
        return QByteArray::fromHex("0101000408") + char(m_uid.size()) + m_uid;
    }
    default: // InDeselect, InRelease, PowerDown and anything else: status OK
        return QByteArray(1, '\0');
    }
}

void Pn532Emulator::send(const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t count = ::write(m_master, bytes.constData() + written, bytes.size() - written);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count <= 0) {
            return; // the reader is not reading: drop the rest, as a UART would
        }
        written += count;
    }
}

} // namespace akten::test
