// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// encode(DownloadResponse): the answer is written member by member in the order QJsonDocument writes an object's
// members (by name), so it is byte for byte what serialising the whole answer as one QJsonObject gives
// (messagestest checks it), while a record the central store kept as compact JSON (DownloadItem::storedJson) goes in
// as it is, without being parsed and written again.
#include "sync/protocol/messages.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject masterObject(const MasterSnapshot &master)
{
    QJsonArray records;
    for (const QJsonObject &record : master.records) {
        records.append(record);
    }
    return { { u"hash"_s, master.hash }, { u"records"_s, records } };
}

QJsonObject peersObject(const Peers &peers)
{
    QJsonArray devices;
    for (const PeerDevice &peer : peers.devices) {
        devices.append(QJsonObject { { u"device"_s, peer.deviceId },
            { u"units"_s, QJsonArray::fromStringList(peer.unitIds) }, { u"caught_up_ms"_s, peer.caughtUpMs } });
    }
    return { { u"now_ms"_s, peers.nowMs }, { u"devices"_s, devices } };
}

QJsonObject integrityObject(const QList<DeviceIntegrity> &integrity)
{
    QJsonArray devices;
    for (const DeviceIntegrity &device : integrity) {
        QJsonArray alarms;
        for (const AlarmNotice &alarm : device.alarms) {
            alarms.append(QJsonObject { { u"seq"_s, alarm.deviceSeq }, { u"category"_s, alarm.category },
                { u"raised_ms"_s, alarm.raisedMs },
                { u"decision"_s, alarm.decision.isEmpty() ? QJsonValue() : QJsonValue(alarm.decision) },
                { u"decided_ms"_s, alarm.decidedMs } });
        }
        devices.append(
            QJsonObject { { u"device"_s, device.deviceId }, { u"units"_s, QJsonArray::fromStringList(device.unitIds) },
                { u"flagged"_s, device.flaggedEvents }, { u"alarms"_s, alarms } });
    }
    return { { u"devices"_s, devices } };
}

} // namespace

QByteArray encode(const DownloadResponse &message)
{
    QByteArray out;
    qsizetype estimate = 128;
    for (const DownloadItem &item : message.items) {
        estimate += item.storedJson.size() + 40;
    }
    out.reserve(estimate);
    // Members by name: integrity, items, master, more, next_cursor, peers, protocol.
    out += '{';
    if (message.integrity) {
        out += "\"integrity\":" + toBytes(integrityObject(*message.integrity)) + ',';
    }
    out += "\"items\":[";
    for (qsizetype i = 0; i < message.items.size(); ++i) {
        const DownloadItem &item = message.items.at(i);
        out += i == 0 ? "{\"position\":" : ",{\"position\":";
        out += QByteArray::number(item.position);
        out += ",\"record\":";
        out += item.storedJson.isEmpty() ? toBytes(item.record) : item.storedJson;
        out += '}';
    }
    out += ']';
    if (message.master) {
        out += ",\"master\":" + toBytes(masterObject(*message.master));
    }
    out += message.more ? ",\"more\":true" : ",\"more\":false";
    out += ",\"next_cursor\":" + QByteArray::number(message.nextCursor);
    if (message.peers) {
        out += ",\"peers\":" + toBytes(peersObject(*message.peers));
    }
    out += ",\"protocol\":" + QByteArray::number(kProtocolVersion) + '}';
    return out;
}

} // namespace akten::sync
