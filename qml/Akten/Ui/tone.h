// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

/**
 * The design system's tones for StatusChip (QML: `tone: Tone.Good`). A tone says how a state should look, never
 * what it means: the page or its model chooses the tone for its own states. A C++ enum rather than one declared in
 * StatusChip.qml because qmllint 6.4 cannot resolve enums declared in QML, and a typo in a tone should be a warning.
 */
namespace Tone {
Q_NAMESPACE
QML_ELEMENT

enum Value {
    Neutral, ///< grey: information without a judgement (the default)
    Info, ///< the primary colour: a property worth noticing, such as a child
    Good, ///< green: done, in order
    Warning, ///< amber: look again (retracted, unusual)
    Danger, ///< red: not done, failed, refused
    Sensitive, ///< purple: handle discreetly (a protected identity)
};
Q_ENUM_NS(Value)
} // namespace Tone
