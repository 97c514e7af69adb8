// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/inputdevices.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace akten::platform {

namespace {

constexpr quint64 kEvKey = 1U << 1U;
constexpr quint64 kEvRep = 1U << 20U;

} // namespace

bool listHasKeyboard(const QString &devices)
{
    // One block per device, separated by an empty line: "H: Handlers=sysrq kbd event3 leds", "B: EV=120013", …
    for (const QString &block : devices.split(u"\n\n"_s, Qt::SkipEmptyParts)) {
        bool kbd = false;
        quint64 events = 0;
        for (const QString &line : block.split(u'\n')) {
            if (line.startsWith("H: Handlers="_L1)) {
                kbd = line.mid(12).split(u' ', Qt::SkipEmptyParts).contains(u"kbd"_s);
            } else if (line.startsWith("B: EV="_L1)) {
                bool ok = false;
                events = line.mid(6).trimmed().toULongLong(&ok, 16);
                events = ok ? events : 0;
            }
        }
        if (kbd && (events & kEvKey) != 0 && (events & kEvRep) != 0) {
            return true;
        }
    }
    return false;
}

bool hasHardwareKeyboard(const QString &devicesFile)
{
    QFile file(devicesFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return false;
    }
    return listHasKeyboard(QString::fromUtf8(file.readAll()));
}

} // namespace akten::platform
