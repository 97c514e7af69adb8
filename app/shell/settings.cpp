// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/shell/settings.h"

#include <QSettings>
#include <QTime>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::shell {
namespace {

int readInt(const QSettings &file, const QString &key, int fallback, QStringList &warnings)
{
    if (!file.contains(key)) {
        return fallback;
    }
    bool ok = false;
    const int value = file.value(key).toString().trimmed().toInt(&ok);
    if (!ok) {
        warnings << u"settings: %1 is not a whole number; using %2"_s.arg(key).arg(fallback);
        return fallback;
    }
    return value;
}

} // namespace

AppSettings loadSettings(const QString &path, bool kiosk, bool demo)
{
    AppSettings settings;
    settings.policy = auth::SessionPolicy::forDevice(kiosk);
    settings.reader.backend = demo ? u"simulated"_s : u"libnfc"_s;
    const QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        settings.warnings << u"settings: %1 cannot be read; using the defaults"_s.arg(path);
        return settings;
    }
    const QString tpm = file.value(u"device/tpm"_s, settings.device.tpm).toString().trimmed();
    if (tpm.isEmpty() || tpm.contains(u' ')) {
        settings.warnings << u"settings: device/tpm is not auto, off or a TCTI; using auto"_s;
    } else {
        settings.device.tpm = tpm;
    }
    auth::SessionPolicy &p = settings.policy;
    p.idleLockSeconds = readInt(file, u"session/idle_lock_seconds"_s, p.idleLockSeconds, settings.warnings);
    p.reauthSeconds = readInt(file, u"session/reauth_hours"_s, p.reauthSeconds / 3600, settings.warnings) * 3600;
    p.pinEntrySeconds = readInt(file, u"session/pin_entry_seconds"_s, p.pinEntrySeconds, settings.warnings);
    p.maxFailures = readInt(file, u"session/max_failed_pins"_s, p.maxFailures, settings.warnings);
    p.kioskLogoutSeconds = readInt(file, u"kiosk/logout_seconds"_s, p.kioskLogoutSeconds, settings.warnings);
    const auth::SessionPolicy safe = p.clamped();
    if (safe.idleLockSeconds != p.idleLockSeconds || safe.reauthSeconds != p.reauthSeconds
        || safe.pinEntrySeconds != p.pinEntrySeconds || safe.maxFailures != p.maxFailures
        || safe.kioskLogoutSeconds != p.kioskLogoutSeconds) {
        settings.warnings << u"settings: session values outside the allowed range were clamped"_s;
    }
    p = safe;
    const QString keyboard = file.value(u"input/on_screen_keyboard"_s, u"auto"_s).toString().trimmed().toLower();
    if (keyboard == "on"_L1 || keyboard == "off"_L1 || keyboard == "auto"_L1) {
        settings.onScreenKeyboard = keyboard == "on"_L1 ? OnScreenKeyboard::On
            : keyboard == "off"_L1                      ? OnScreenKeyboard::Off
                                                        : OnScreenKeyboard::Auto;
    } else {
        settings.warnings << u"settings: input/on_screen_keyboard is not auto, on or off; using auto"_s;
    }
    const QString notes = file.value(u"kiosk/journal_notes"_s, u"false"_s).toString().trimmed().toLower();
    if (notes == "true"_L1 || notes == "false"_L1) {
        settings.kioskJournalNotes = notes == "true"_L1;
    } else {
        settings.warnings << u"settings: kiosk/journal_notes is not true or false; using false"_s;
    }

    ReaderSettings &r = settings.reader;
    const QString backend = file.value(u"reader/backend"_s, r.backend).toString().trimmed().toLower();
    if (QStringList { u"libnfc"_s, u"wedge"_s, u"ble"_s, u"simulated"_s }.contains(backend)) {
        r.backend = backend;
    } else {
        settings.warnings << u"settings: unknown reader backend; using %1"_s.arg(r.backend);
    }
    r.connection = file.value(u"reader/connection"_s).toString().trimmed();
    const QString format = file.value(u"reader/wedge_format"_s, u"hex"_s).toString().trimmed().toLower();
    if (format == "decimal"_L1 || format == "hex"_L1) {
        r.wedgeFormat = format == "decimal"_L1 ? platform::WedgeFormat::Decimal : platform::WedgeFormat::Hex;
    } else {
        settings.warnings << u"settings: reader/wedge_format is not hex or decimal; using hex"_s;
    }
    const QString terminator = file.value(u"reader/wedge_terminator"_s, u"enter"_s).toString().trimmed().toLower();
    if (terminator == "enter"_L1) {
        r.wedgeTerminator = platform::WedgeTerminator::Enter;
    } else if (terminator == "tab"_L1) {
        r.wedgeTerminator = platform::WedgeTerminator::Tab;
    } else if (terminator == "none"_L1) {
        r.wedgeTerminator = platform::WedgeTerminator::None;
    } else {
        settings.warnings << u"settings: reader/wedge_terminator is not enter, tab or none; using enter"_s;
    }
    r.bleAddress = file.value(u"reader/ble_address"_s).toString().trimmed();
    r.bleService = file.value(u"reader/ble_service"_s).toString().trimmed();
    r.bleCharacteristic = file.value(u"reader/ble_characteristic"_s).toString().trimmed();

    SyncSettings &y = settings.sync;
    y.centralUrl = file.value(u"sync/central_url"_s).toString().trimmed();
    if (!y.centralUrl.isEmpty() && !y.centralUrl.startsWith(u"https://"_s)) {
        settings.warnings << u"settings: sync/central_url must be https://; sync is off"_s;
        y.centralUrl.clear();
    }
    const int lease = readInt(file, u"sync/lease_days"_s, y.leaseDays, settings.warnings);
    const int every = readInt(file, u"sync/docked_every_minutes"_s, y.dockedEveryMinutes, settings.warnings);
    const int rssi = readInt(file, u"sync/dock_beacon_min_rssi"_s, y.dockBeaconMinRssi, settings.warnings);
    const int light = readInt(file, u"sync/light_every_minutes"_s, y.lightEveryMinutes, settings.warnings);
    y.leaseDays = std::clamp(lease, 0, 90);
    y.dockedEveryMinutes = std::clamp(every, 5, 1440);
    y.dockBeaconMinRssi = std::clamp(rssi, -100, -30);
    y.lightEveryMinutes = light <= 0 ? 0 : std::min(light, 60); // 0 (or less) turns light syncs off
    if (y.leaseDays != lease || y.dockedEveryMinutes != every || y.dockBeaconMinRssi != rssi
        || y.lightEveryMinutes != light) {
        settings.warnings << u"settings: sync values outside the allowed range were clamped"_s;
    }
    y.dockBeaconUuid = file.value(u"sync/dock_beacon_uuid"_s).toString().trimmed();
    if (!y.dockBeaconUuid.isEmpty() && QUuid::fromString(y.dockBeaconUuid).isNull()) {
        settings.warnings << u"settings: sync/dock_beacon_uuid is not a UUID; docking by power alone"_s;
        y.dockBeaconUuid.clear();
    }
    const QString nightly = file.value(u"sync/nightly"_s, y.nightly).toString().trimmed();
    if (QTime::fromString(nightly, u"HH:mm"_s).isValid()) {
        y.nightly = nightly;
    } else {
        settings.warnings << u"settings: sync/nightly is not HH:MM; using %1"_s.arg(y.nightly);
    }
    return settings;
}

bool useOnScreenKeyboard(OnScreenKeyboard setting, bool hardwareKeyboard)
{
    return setting == OnScreenKeyboard::On || (setting == OnScreenKeyboard::Auto && !hardwareKeyboard);
}

} // namespace akten::shell
