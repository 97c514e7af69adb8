// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick
import Akten.Ui

// One entry of the record's section rail.
BigButton {
    quiet: true
    Accessible.role: Accessible.PageTab
}
