// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace akten::sync {

/** The protocol version this build speaks (sync/PROTOCOL.md). */
constexpr int kProtocolVersion = 1;
/** Limits every decoder enforces before looking at a record: larger messages are refused with 413. */
constexpr qsizetype kMaxMessageBytes = 8 * 1024 * 1024;
constexpr int kMaxRecordsPerBatch = 1000;
/** A master data snapshot (units, staff, residents, decisions of a device's units) may hold more records. */
constexpr int kMaxMasterRecords = 20000;
/** At most this many other devices are listed in a download answer's `peers`. */
constexpr int kMaxPeerDevices = 10000;
/** At most this many alarms per device in a download answer's `integrity` (the newest are kept). */
constexpr int kMaxAlarmsPerDevice = 100;
/** The error of the 403 answer to an upload from a device with an open tamper alarm (PROTOCOL.md "Upload"). */
constexpr auto kUploadsHeld = "uploads held: a tamper alarm on this device awaits a manager's decision";

/** One record in an upload: its place in the device's outbox and the record (sync::SyncRows form). */
struct UploadItem
{
    qint64 deviceSeq = 0;
    QJsonObject record;
};

/** A device's ordered batch: device_seq runs without gaps from `items.first().deviceSeq`. */
struct UploadRequest
{
    QString deviceId;
    QList<UploadItem> items;
    /**
     * The batch holds everything the device had written and not yet had acknowledged when it was made (it may be
     * empty): the central store notes the time as the device's `caught_up_ms` (PROTOCOL.md, "Peers").
     */
    bool complete = false;
    /**
     * Not sent: how far the central store had acknowledged this device's outbox when the batch was made. An answer
     * below it means the central store lost records it had acknowledged (restored from a backup, PROTOCOL.md
     * "Upload"); 0 for a request decoded from the wire.
     */
    qint64 ackedBefore = 0;
};

enum class ItemStatus { Accepted, Duplicate, Rejected };

struct ItemResult
{
    qint64 deviceSeq = 0;
    ItemStatus status = ItemStatus::Rejected;
    QString reason; ///< English; set for rejected records
};

/** The server's answer: one result per item, and the highest device_seq it now holds for the device. */
struct UploadResponse
{
    QList<ItemResult> results;
    qint64 ackedThrough = 0;
};

/** A device asks for its units' log after `cursor` (the server decides the units from the enrolment). */
struct DownloadRequest
{
    QString deviceId;
    qint64 cursor = 0;
    int limit = kMaxRecordsPerBatch;
    QString masterHash {}; ///< hex SHA-256 of the master snapshot the device holds; empty if none yet
};

struct DownloadItem
{
    qint64 position = 0; ///< place in the server's log for the unit(s); strictly increasing
    QJsonObject record;
    /**
     * Server side only: the record as the central store keeps it (compact JSON, checked with isJsonObjectText), which
     * encode() writes into the answer as it is instead of `record`. Empty in a decoded answer.
     */
    QByteArray storedJson {};
};

/**
 * The master data of the device's units as the central store holds it now (records of MergeClass::Master kinds, in
 * dependency order), sent when its hash differs from the device's. Complete: a staff member taken off the units
 * comes back as inactive, never silently missing.
 */
struct MasterSnapshot
{
    QString hash; ///< hex SHA-256 of the records
    QList<QJsonObject> records;
};

/** Another device of the asking device's units and how far its uploads reach. */
struct PeerDevice
{
    QString deviceId;
    QStringList unitIds; ///< the units it shares with the asking device, sorted
    qint64 caughtUpMs = 0; ///< server clock: its last complete upload (everything it had was sent); 0 = never
};

/** The other devices of a device's units as the central store knows them at `nowMs` (its own clock). */
struct Peers
{
    qint64 nowMs = 0;
    QList<PeerDevice> devices;
};

/** One tamper alarm as a tablet sees it: never the central store's reason text, only its category. */
struct AlarmNotice
{
    qint64 deviceSeq = 0; ///< the altered event's place in that device's outbox
    QString category; ///< "content_altered" or "unreadable" (lower-case words; unknown ones shown generically)
    qint64 raisedMs = 0; ///< server clock
    QString decision; ///< empty while open; "release" or "revoke"
    qint64 decidedMs = 0; ///< server clock; 0 while open
};

/** A device of the asking device's units with tamper alarms or flagged audit events (PROTOCOL.md "Integrity"). */
struct DeviceIntegrity
{
    QString deviceId;
    QStringList unitIds; ///< the units it shares with the asking device, sorted
    qint64 flaggedEvents = 0; ///< audit events stored although their author or unit was not valid
    QList<AlarmNotice> alarms; ///< by seq, open and decided
};

struct DownloadResponse
{
    QList<DownloadItem> items;
    qint64 nextCursor = 0;
    bool more = false;
    std::optional<MasterSnapshot> master {}; ///< only when the device's master data is not current
    std::optional<Peers> peers {}; ///< only in the last answer of a download (`more` false); optional for old servers
    /** Only in the last answer: every device of the units with an alarm or a flag (possibly none); old servers: absent.
     */
    std::optional<QList<DeviceIntegrity>> integrity {};
};

/** A decoding failure: what is wrong (English) and the HTTP status to answer with (400 or 413). */
struct DecodeError
{
    int httpStatus = 400;
    QString message;
};

template<typename T> using Decoded = std::variant<T, DecodeError>;

[[nodiscard]] QByteArray encode(const UploadRequest &message);
[[nodiscard]] QByteArray encode(const UploadResponse &message);
[[nodiscard]] QByteArray encode(const DownloadRequest &message);
[[nodiscard]] QByteArray encode(const DownloadResponse &message);

/** Strict decoders: size, JSON, version, every field's type and range, record shape; never crash on any input. */
[[nodiscard]] Decoded<UploadRequest> decodeUploadRequest(const QByteArray &body);
[[nodiscard]] Decoded<UploadResponse> decodeUploadResponse(const QByteArray &body);
[[nodiscard]] Decoded<DownloadRequest> decodeDownloadRequest(const QByteArray &body);
[[nodiscard]] Decoded<DownloadResponse> decodeDownloadResponse(const QByteArray &body);

/** A record (or any object) as compact JSON text: how the central store keeps bodies. */
[[nodiscard]] QString compactJson(const QJsonObject &object);

/** The hash of a master snapshot's records (both sides compute it the same way). */
[[nodiscard]] QString masterHash(const QList<QJsonObject> &records);

/** The shape every record must have: {"kind": text, "key": text, "row": object[, "children": object]}. */
[[nodiscard]] std::optional<QString> recordShapeProblem(const QJsonObject &record);

} // namespace akten::sync
