// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QStringList>

namespace akten::cli {

/** aktenctl enrol-device: a one-time enrolment code for a new tablet (central side). */
int runEnrolDeviceCommand(const QStringList &args);
/** aktenctl revoke-device: the device is refused from its next contact and erases its keys. */
int runRevokeDeviceCommand(const QStringList &args);
/** aktenctl rejected: the records the central store refused from a device (seq and reason), for a manager. */
int runRejectedCommand(const QStringList &args);
/** aktenctl flagged: audit events stored although their author or unit was not valid when they arrived. */
int runFlaggedCommand(const QStringList &args);
/** aktenctl alarms: a device's tamper alarms, open or decided (release, revoke). */
int runAlarmsCommand(const QStringList &args);
/** aktenctl decide-alarm: a manager's decision on a device's open tamper alarms (--release or --revoke). */
int runDecideAlarmCommand(const QStringList &args);
/** aktenctl import-master: units, staff with their units and active flag, residents' units, from JSON. */
int runImportMasterCommand(const QStringList &args);

} // namespace akten::cli
