// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <chrono>
#include <functional>

namespace akten::sync {

/**
 * What akten-central counts for its /metrics endpoint (HealthServer), in the Prometheus text exposition format: upload
 * batches and their records by outcome, downloads, enrolments, refused TLS handshakes, answers by endpoint and status,
 * request latency as a histogram, and the connections open on each listener. Only counts, endpoint names and status
 * codes: no device, resident or staff id and nothing of a request's content. One object per process, handed to the
 * listeners that feed it (no singleton); used from the event-loop thread only.
 */
class CentralMetrics
{
public:
    enum class Endpoint { Upload, Download, Enrol, Ca, Other };

    /** An upload answered 200: one batch, its records by outcome. */
    void uploadApplied(int accepted, int duplicate, int rejected);
    /** A download answered 200 with `records` records. */
    void downloaded(int records);
    /** An enrolment request: a certificate issued or not (refused code, throttled, malformed). */
    void enrolment(bool issued);
    /** A TLS handshake failed or was dropped (no or a foreign client certificate, not TLS, a flood's surplus). */
    void handshakeRefused();
    /** Every answer the HTTP server gave, with how long it took from the request's arrival to the answer. */
    void answered(Endpoint endpoint, int status, std::chrono::nanoseconds took);
    /** A gauge read when /metrics is asked for: the connections open on `listener` ("sync", "enrolment"). */
    void watchConnections(const QString &listener, std::function<int()> open);

    /** The text exposition (version 0.0.4) of everything above. */
    [[nodiscard]] QByteArray exposition() const;

    [[nodiscard]] static const char *name(Endpoint endpoint);

private:
    static constexpr std::array<double, 10> kBuckets { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10 };
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> buckets {}; // not cumulative here; summed when written
        quint64 count = 0;
        double sum = 0;
    };

    quint64 m_batches = 0;
    quint64 m_accepted = 0;
    quint64 m_duplicate = 0;
    quint64 m_rejected = 0;
    quint64 m_downloads = 0;
    quint64 m_downloadedRecords = 0;
    quint64 m_enrolIssued = 0;
    quint64 m_enrolRefused = 0;
    quint64 m_handshakesRefused = 0;
    QMap<std::pair<int, int>, quint64> m_answers; // (endpoint, status) -> count
    QMap<int, Histogram> m_latency; // endpoint -> histogram
    QList<std::pair<QString, std::function<int()>>> m_connections;
};

} // namespace akten::sync
