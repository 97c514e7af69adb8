// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/dock/powersupplydock.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace akten::platform {
namespace {

QByteArray readSmall(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64).trimmed() : QByteArray();
}

} // namespace

PowerSupplyDock::PowerSupplyDock(QString root, int pollMs, QObject *parent)
    : DockSignal(parent)
    , m_root(std::move(root))
{
    m_docked = readDocked();
    m_timer.setInterval(pollMs);
    connect(&m_timer, &QTimer::timeout, this, &PowerSupplyDock::poll);
    m_timer.start();
}

bool PowerSupplyDock::readDocked() const
{
    bool anyExternal = false;
    const QDir dir(m_root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray type = readSmall(dir.filePath(name + u"/type"_s));
        if (type != "Mains" && type != "USB") {
            continue; // a battery says nothing about the dock
        }
        anyExternal = true;
        if (readSmall(dir.filePath(name + u"/online"_s)) == "1") {
            return true;
        }
    }
    return !anyExternal;
}

void PowerSupplyDock::poll()
{
    const bool now = readDocked();
    if (now != m_docked) {
        m_docked = now;
        Q_EMIT dockedChanged(now);
    }
}

} // namespace akten::platform
