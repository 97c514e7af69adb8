// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "platform/wedgedecoder.h"

#include <QString>
#include <QStringList>

namespace akten::shell {

/** Which badge reader to use and how to reach it ([reader] in the settings file). */
struct ReaderSettings
{
    QString backend; ///< "libnfc", "wedge", "ble" or "simulated"
    QString connection; ///< libnfc connection string ("pn532_uart:/dev/ttyUSB0", "acr122_usb"); empty = first found
    platform::WedgeFormat wedgeFormat = platform::WedgeFormat::Hex;
    platform::WedgeTerminator wedgeTerminator = platform::WedgeTerminator::Enter;
    QString bleAddress;
    QString bleService;
    QString bleCharacteristic;
};

/** [input] on_screen_keyboard: Qt's virtual keyboard when no hardware keyboard is attached (auto), always, never. */
enum class OnScreenKeyboard { Auto, On, Off };

/** Where and when the tablet syncs ([sync] in the settings file). */
struct SyncSettings
{
    QString centralUrl; ///< akten-central's sync address (https://…); empty = this tablet does not sync
    int leaseDays = 7; ///< personal data locks after this many days without a completed sync; 0 = never
    int dockedEveryMinutes = 60;
    int lightEveryMinutes = 2; ///< a light sync this often wherever the central store answers; 0 = off
    QString nightly = QStringLiteral("02:00");
    QString dockBeaconUuid; ///< the dock's BLE beacon service UUID; empty = docked means on external power alone
    int dockBeaconMinRssi = -75; ///< dBm; a weaker beacon is another room's dock
};

/** The device itself ([device] in the settings file). */
struct DeviceSettings
{
    /// What seals a new store's device key: "auto" (the TPM at /dev/tpmrm0 if there is one), "off" (a key file) or a
    /// tpm2-tss TCTI configuration. A key that exists keeps what it has.
    QString tpm = QStringLiteral("auto");
};

/** The device's settings: session policy and reader. No personal data is ever written here. */
struct AppSettings
{
    DeviceSettings device;
    auth::SessionPolicy policy;
    ReaderSettings reader;
    SyncSettings sync;
    /// [kiosk] journal_notes: whether the wall kiosk offers "Ny anteckning" (tablets always do)
    bool kioskJournalNotes = false;
    OnScreenKeyboard onScreenKeyboard = OnScreenKeyboard::Auto;
    QStringList warnings; ///< English, for the log: values that were refused and replaced by the safe default
};

/**
 * Reads the INI settings file (missing file = all defaults). Keys: [device] tpm; [session] idle_lock_seconds,
 * reauth_hours, pin_entry_seconds, max_failed_pins; [kiosk] logout_seconds (10–120), journal_notes (true, false);
 * [reader] backend, connection, wedge_format (hex, decimal), wedge_terminator (enter, tab, none), ble_address,
 * ble_service, ble_characteristic; [sync] central_url, lease_days (0–90), docked_every_minutes (5–1440),
 * light_every_minutes (0 = off, 1–60), nightly (HH:MM); [input] on_screen_keyboard (auto, on, off). Values outside the
 * safe range are clamped; unreadable values fall back with a warning.
 */
[[nodiscard]] AppSettings loadSettings(const QString &path, bool kiosk, bool demo);

/** Whether the app shows Qt's on-screen keyboard: on, off, or (auto) when no hardware keyboard is attached. */
[[nodiscard]] bool useOnScreenKeyboard(OnScreenKeyboard setting, bool hardwareKeyboard);

} // namespace akten::shell
