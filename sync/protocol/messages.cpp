// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/protocol/messages.h"

#include "app/core/ids.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: larger integers do not survive JSON

DecodeError bad(const QString &message)
{
    return { 400, message };
}

/** Size, JSON and protocol version: the envelope every message shares. */
Decoded<QJsonObject> envelope(const QByteArray &body)
{
    if (body.size() > kMaxMessageBytes) {
        return DecodeError { 413, u"message larger than %1 bytes"_s.arg(kMaxMessageBytes) };
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return bad(u"not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    }
    if (!document.isObject()) {
        return bad(u"the message must be a JSON object"_s);
    }
    const QJsonObject object = document.object();
    if (object.value("protocol"_L1) != QJsonValue(kProtocolVersion)) {
        return bad(u"unsupported protocol version (this server speaks %1)"_s.arg(kProtocolVersion));
    }
    return object;
}

std::optional<qint64> integer(const QJsonObject &object, const QString &name, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = object.value(name);
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::abs(number) >= kMaxExactInteger || number < double(minimum)
        || number > double(maximum)) {
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<QString> deviceId(const QJsonObject &object)
{
    const QString text = object.value("device"_L1).toString();
    return core::idFromString(text).isNull() ? std::nullopt : std::optional(text);
}

std::optional<QJsonArray> items(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(name);
    if (!value.isArray() || value.toArray().size() > kMaxRecordsPerBatch) {
        return std::nullopt;
    }
    return value.toArray();
}

QString statusName(ItemStatus status)
{
    return status == ItemStatus::Accepted ? u"accepted"_s
        : status == ItemStatus::Duplicate ? u"duplicate"_s
                                          : u"rejected"_s;
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isSha256Hex(const QJsonValue &value)
{
    const QString text = value.toString();
    return value.isString() && text.size() == 64
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

Decoded<MasterSnapshot> decodeMaster(const QJsonValue &value)
{
    const QJsonObject master = value.toObject();
    const QJsonValue records = master.value("records"_L1);
    if (!value.isObject() || !isSha256Hex(master.value("hash"_L1)) || !records.isArray()
        || records.toArray().size() > kMaxMasterRecords) {
        return bad(u"'master' needs a hex SHA-256 'hash' and at most %1 'records'"_s.arg(kMaxMasterRecords));
    }
    MasterSnapshot snapshot { master.value("hash"_L1).toString(), {} };
    for (const QJsonValue &record : records.toArray()) {
        if (const auto problem = recordShapeProblem(record.toObject())) {
            return bad(u"master: %1"_s.arg(*problem));
        }
        snapshot.records.append(record.toObject());
    }
    if (masterHash(snapshot.records) != snapshot.hash) {
        return bad(u"'master' records do not match its hash"_s);
    }
    return snapshot;
}

std::optional<QStringList> idList(const QJsonValue &value)
{
    if (!value.isArray()) {
        return std::nullopt;
    }
    QStringList ids;
    for (const QJsonValue &id : value.toArray()) {
        if (core::idFromString(id.toString()).isNull()) {
            return std::nullopt;
        }
        ids << id.toString();
    }
    return ids;
}

Decoded<Peers> decodePeers(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const auto now = integer(object, u"now_ms"_s, 0, std::numeric_limits<qint64>::max());
    const auto devices = object.value("devices"_L1);
    if (!value.isObject() || !now || !devices.isArray() || devices.toArray().size() > kMaxPeerDevices) {
        return bad(u"'peers' needs 'now_ms' and at most %1 'devices'"_s.arg(kMaxPeerDevices));
    }
    Peers peers { *now, {} };
    for (const QJsonValue &entry : devices.toArray()) {
        const QJsonObject device = entry.toObject();
        const auto id = deviceId(device);
        const auto units = idList(device.value("units"_L1));
        const auto caughtUp = integer(device, u"caught_up_ms"_s, 0, std::numeric_limits<qint64>::max());
        if (!id || !units || !caughtUp) {
            return bad(u"every peer needs a 'device', its 'units' and 'caught_up_ms' >= 0"_s);
        }
        peers.devices.append({ *id, *units, *caughtUp });
    }
    return peers;
}

bool isCategory(const QJsonValue &value)
{
    static const QRegularExpression pattern(u"^[a-z_]{1,40}$"_s);
    return value.isString() && pattern.match(value.toString()).hasMatch();
}

std::optional<AlarmNotice> decodeAlarm(const QJsonValue &value)
{
    const QJsonObject alarm = value.toObject();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    const auto seq = integer(alarm, u"seq"_s, 1, kMax);
    const auto raised = integer(alarm, u"raised_ms"_s, 0, kMax);
    const auto decided = integer(alarm, u"decided_ms"_s, 0, kMax);
    const QJsonValue decision = alarm.value("decision"_L1);
    const bool decisionOk = decision.isNull()
        || (decision.isString() && (decision.toString() == "release"_L1 || decision.toString() == "revoke"_L1));
    if (!value.isObject() || !seq || !raised || !decided || !isCategory(alarm.value("category"_L1)) || !decisionOk
        || decision.isNull() != (*decided == 0)) {
        return std::nullopt;
    }
    return AlarmNotice { *seq, alarm.value("category"_L1).toString(), *raised, decision.toString(), *decided };
}

Decoded<QList<DeviceIntegrity>> decodeIntegrity(const QJsonValue &value)
{
    const QJsonValue devices = value.toObject().value("devices"_L1);
    if (!value.isObject() || !devices.isArray() || devices.toArray().size() > kMaxPeerDevices) {
        return bad(u"'integrity' needs at most %1 'devices'"_s.arg(kMaxPeerDevices));
    }
    QList<DeviceIntegrity> integrity;
    for (const QJsonValue &entry : devices.toArray()) {
        const QJsonObject device = entry.toObject();
        const auto id = deviceId(device);
        const auto units = idList(device.value("units"_L1));
        const auto flagged = integer(device, u"flagged"_s, 0, std::numeric_limits<qint64>::max());
        const QJsonValue alarms = device.value("alarms"_L1);
        if (!id || !units || !flagged || !alarms.isArray() || alarms.toArray().size() > kMaxAlarmsPerDevice) {
            return bad(u"every device in 'integrity' needs a 'device', its 'units', 'flagged' >= 0 and at most %1 "
                       "'alarms'"_s.arg(kMaxAlarmsPerDevice));
        }
        DeviceIntegrity one { *id, *units, *flagged, {} };
        for (const QJsonValue &alarm : alarms.toArray()) {
            const auto notice = decodeAlarm(alarm);
            if (!notice) {
                return bad(u"every alarm needs 'seq' >= 1, a 'category', 'raised_ms', and a 'decision' (null, "
                           "\"release\" or \"revoke\") with 'decided_ms' set exactly when decided"_s);
            }
            one.alarms.append(*notice);
        }
        integrity.append(one);
    }
    return integrity;
}

} // namespace

std::optional<QString> recordShapeProblem(const QJsonObject &record)
{
    if (!record.value("kind"_L1).isString() || record.value("kind"_L1).toString().isEmpty()) {
        return u"record without a kind"_s;
    }
    if (!record.value("key"_L1).isString() || record.value("key"_L1).toString().isEmpty()) {
        return u"record without a key"_s;
    }
    if (!record.value("row"_L1).isObject()) {
        return u"record without a row"_s;
    }
    if (record.contains("children"_L1) && !record.value("children"_L1).isObject()) {
        return u"record children must be an object"_s;
    }
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (it.key() != "kind"_L1 && it.key() != "key"_L1 && it.key() != "row"_L1 && it.key() != "children"_L1) {
            return u"unknown record field '%1'"_s.arg(it.key());
        }
    }
    return std::nullopt;
}

QByteArray encode(const UploadRequest &message)
{
    QJsonArray array;
    for (const UploadItem &item : message.items) {
        array.append(QJsonObject { { u"seq"_s, item.deviceSeq }, { u"record"_s, item.record } });
    }
    QJsonObject object { { u"protocol"_s, kProtocolVersion }, { u"device"_s, message.deviceId },
        { u"items"_s, array } };
    if (message.complete) {
        object.insert(u"complete"_s, true);
    }
    return toBytes(object);
}

QByteArray encode(const UploadResponse &message)
{
    QJsonArray array;
    for (const ItemResult &result : message.results) {
        QJsonObject item { { u"seq"_s, result.deviceSeq }, { u"status"_s, statusName(result.status) } };
        if (!result.reason.isEmpty()) {
            item.insert(u"reason"_s, result.reason);
        }
        array.append(item);
    }
    return toBytes(
        { { u"protocol"_s, kProtocolVersion }, { u"results"_s, array }, { u"acked_through"_s, message.ackedThrough } });
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(toBytes(object));
}

QString masterHash(const QList<QJsonObject> &records)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QJsonObject &record : records) {
        hash.addData(toBytes(record));
        hash.addData("\n");
    }
    return QString::fromLatin1(hash.result().toHex());
}

QByteArray encode(const DownloadRequest &message)
{
    QJsonObject object { { u"protocol"_s, kProtocolVersion }, { u"device"_s, message.deviceId },
        { u"cursor"_s, message.cursor }, { u"limit"_s, message.limit } };
    if (!message.masterHash.isEmpty()) {
        object.insert(u"master_hash"_s, message.masterHash);
    }
    return toBytes(object);
}

Decoded<UploadRequest> decodeUploadRequest(const QByteArray &body)
{
    auto object = envelope(body);
    if (const auto *error = std::get_if<DecodeError>(&object)) {
        return *error;
    }
    const QJsonObject &message = std::get<QJsonObject>(object);
    UploadRequest request;
    const auto device = deviceId(message);
    const auto array = items(message, u"items"_s);
    if (!device) {
        return bad(u"'device' must be a device id"_s);
    }
    if (!array) {
        return bad(u"'items' must be an array of at most %1 records"_s.arg(kMaxRecordsPerBatch));
    }
    const QJsonValue complete = message.value("complete"_L1);
    if (!complete.isUndefined() && !complete.isBool()) {
        return bad(u"'complete' must be true or false"_s);
    }
    request.deviceId = *device;
    request.complete = complete.toBool();
    for (const QJsonValue &value : *array) {
        const QJsonObject item = value.toObject();
        const auto seq = integer(item, u"seq"_s, 1, std::numeric_limits<qint64>::max());
        if (!seq) {
            return bad(u"every item needs a 'seq' >= 1"_s);
        }
        if (!request.items.isEmpty() && *seq != request.items.constLast().deviceSeq + 1) {
            return bad(u"items must be in device_seq order without gaps"_s);
        }
        if (const auto problem = recordShapeProblem(item.value("record"_L1).toObject())) {
            return bad(u"item %1: %2"_s.arg(*seq).arg(*problem));
        }
        request.items.append({ *seq, item.value("record"_L1).toObject() });
    }
    return request;
}

Decoded<UploadResponse> decodeUploadResponse(const QByteArray &body)
{
    auto object = envelope(body);
    if (const auto *error = std::get_if<DecodeError>(&object)) {
        return *error;
    }
    const QJsonObject &message = std::get<QJsonObject>(object);
    const auto array = items(message, u"results"_s);
    const auto acked = integer(message, u"acked_through"_s, 0, std::numeric_limits<qint64>::max());
    if (!array || !acked) {
        return bad(u"an upload response needs 'results' and 'acked_through'"_s);
    }
    UploadResponse response { {}, *acked };
    for (const QJsonValue &value : *array) {
        const QJsonObject item = value.toObject();
        const auto seq = integer(item, u"seq"_s, 1, std::numeric_limits<qint64>::max());
        const QString status = item.value("status"_L1).toString();
        if (!seq || (status != "accepted"_L1 && status != "duplicate"_L1 && status != "rejected"_L1)) {
            return bad(u"every result needs a 'seq' and a known 'status'"_s);
        }
        response.results.append({ *seq,
            status == "accepted"_L1        ? ItemStatus::Accepted
                : status == "duplicate"_L1 ? ItemStatus::Duplicate
                                           : ItemStatus::Rejected,
            item.value("reason"_L1).toString() });
    }
    return response;
}

Decoded<DownloadRequest> decodeDownloadRequest(const QByteArray &body)
{
    auto object = envelope(body);
    if (const auto *error = std::get_if<DecodeError>(&object)) {
        return *error;
    }
    const QJsonObject &message = std::get<QJsonObject>(object);
    const auto device = deviceId(message);
    const auto cursor = integer(message, u"cursor"_s, 0, std::numeric_limits<qint64>::max());
    const auto limit = integer(message, u"limit"_s, 1, kMaxRecordsPerBatch);
    if (!device || !cursor || !limit) {
        return bad(u"a download request needs 'device', 'cursor' >= 0 and 'limit' 1..%1"_s.arg(kMaxRecordsPerBatch));
    }
    for (auto it = message.constBegin(); it != message.constEnd(); ++it) {
        static const QStringList known { u"protocol"_s, u"device"_s, u"cursor"_s, u"limit"_s, u"master_hash"_s };
        if (!known.contains(it.key())) {
            // The scope comes from the enrolment, never from the request: a "unit" field is refused, not ignored.
            return bad(u"unknown field '%1'"_s.arg(it.key()));
        }
    }
    const QJsonValue master = message.value("master_hash"_L1);
    if (!master.isUndefined() && !isSha256Hex(master)) {
        return bad(u"'master_hash' must be a hex SHA-256"_s);
    }
    return DownloadRequest { *device, *cursor, int(*limit), master.toString() };
}

Decoded<DownloadResponse> decodeDownloadResponse(const QByteArray &body)
{
    auto object = envelope(body);
    if (const auto *error = std::get_if<DecodeError>(&object)) {
        return *error;
    }
    const QJsonObject &message = std::get<QJsonObject>(object);
    const auto array = items(message, u"items"_s);
    const auto next = integer(message, u"next_cursor"_s, 0, std::numeric_limits<qint64>::max());
    if (!array || !next || !message.value("more"_L1).isBool()) {
        return bad(u"a download response needs 'items', 'next_cursor' and 'more'"_s);
    }
    DownloadResponse response { {}, *next, message.value("more"_L1).toBool(), {}, {}, {} };
    qint64 previous = 0;
    for (const QJsonValue &value : *array) {
        const QJsonObject item = value.toObject();
        const auto position = integer(item, u"position"_s, 1, *next);
        if (!position || *position <= previous) {
            return bad(u"items must have increasing positions up to 'next_cursor'"_s);
        }
        if (const auto problem = recordShapeProblem(item.value("record"_L1).toObject())) {
            return bad(u"position %1: %2"_s.arg(*position).arg(*problem));
        }
        previous = *position;
        response.items.append({ *position, item.value("record"_L1).toObject() });
    }
    if (message.contains("master"_L1)) {
        auto master = decodeMaster(message.value("master"_L1));
        if (const auto *error = std::get_if<DecodeError>(&master)) {
            return *error;
        }
        response.master = std::get<MasterSnapshot>(master);
    }
    if (message.contains("peers"_L1)) {
        auto peers = decodePeers(message.value("peers"_L1));
        if (const auto *error = std::get_if<DecodeError>(&peers)) {
            return *error;
        }
        response.peers = std::get<Peers>(peers);
    }
    if (message.contains("integrity"_L1)) {
        auto integrity = decodeIntegrity(message.value("integrity"_L1));
        if (const auto *error = std::get_if<DecodeError>(&integrity)) {
            return *error;
        }
        response.integrity = std::get<QList<DeviceIntegrity>>(integrity);
    }
    return response;
}

} // namespace akten::sync
