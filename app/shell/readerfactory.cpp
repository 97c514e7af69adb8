// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/shell/readerfactory.h"

#include "platform/blebadgereader.h"
#include "platform/keyboardwedgereader.h"
#include "platform/libnfcbadgereader.h"
#include "platform/simulatedbadgereader.h"

using namespace Qt::StringLiterals;

namespace akten::shell {

std::unique_ptr<platform::BadgeReader> createBadgeReader(const ReaderSettings &settings, QObject *keyEvents)
{
    if (settings.backend == "wedge"_L1) {
        return std::make_unique<platform::KeyboardWedgeReader>(
            keyEvents, settings.wedgeFormat, settings.wedgeTerminator);
    }
    if (settings.backend == "libnfc"_L1) {
        return std::make_unique<platform::LibnfcBadgeReader>(settings.connection);
    }
    if (settings.backend == "ble"_L1) {
        return std::make_unique<platform::BleBadgeReader>(
            settings.bleAddress, settings.bleService, settings.bleCharacteristic);
    }
    return std::make_unique<platform::SimulatedBadgeReader>();
}

} // namespace akten::shell
