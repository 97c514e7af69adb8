// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/centralmetrics.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

void family(QTextStream &out, const char *name, const char *type, const char *help)
{
    out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << ' ' << type << '\n';
}

} // namespace

const char *CentralMetrics::name(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Upload:
        return "upload";
    case Endpoint::Download:
        return "download";
    case Endpoint::Enrol:
        return "enrol";
    case Endpoint::Ca:
        return "ca";
    case Endpoint::Other:
        break;
    }
    return "other";
}

void CentralMetrics::uploadApplied(int accepted, int duplicate, int rejected)
{
    ++m_batches;
    m_accepted += quint64(accepted);
    m_duplicate += quint64(duplicate);
    m_rejected += quint64(rejected);
}

void CentralMetrics::downloaded(int records)
{
    ++m_downloads;
    m_downloadedRecords += quint64(records);
}

void CentralMetrics::enrolment(bool issued)
{
    ++(issued ? m_enrolIssued : m_enrolRefused);
}

void CentralMetrics::handshakeRefused()
{
    ++m_handshakesRefused;
}

void CentralMetrics::answered(Endpoint endpoint, int status, std::chrono::nanoseconds took)
{
    ++m_answers[{ int(endpoint), status }];
    Histogram &histogram = m_latency[int(endpoint)];
    const double seconds = std::chrono::duration<double>(took).count();
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets.at(i)) {
            ++histogram.buckets.at(i);
            break;
        }
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void CentralMetrics::watchConnections(const QString &listener, std::function<int()> open)
{
    m_connections.append({ listener, std::move(open) });
}

QByteArray CentralMetrics::exposition() const
{
    QByteArray text;
    QTextStream out(&text);
    family(out, "akten_central_upload_batches_total", "counter", "Upload batches applied (answered 200).");
    out << "akten_central_upload_batches_total " << m_batches << '\n';
    family(out, "akten_central_upload_records_total", "counter", "Uploaded records by outcome.");
    out << "akten_central_upload_records_total{outcome=\"accepted\"} " << m_accepted << '\n'
        << "akten_central_upload_records_total{outcome=\"duplicate\"} " << m_duplicate << '\n'
        << "akten_central_upload_records_total{outcome=\"rejected\"} " << m_rejected << '\n';
    family(out, "akten_central_downloads_total", "counter", "Download requests answered 200.");
    out << "akten_central_downloads_total " << m_downloads << '\n';
    family(out, "akten_central_download_records_total", "counter", "Records sent in downloads.");
    out << "akten_central_download_records_total " << m_downloadedRecords << '\n';
    family(out, "akten_central_enrolments_total", "counter", "Enrolment requests by result.");
    out << "akten_central_enrolments_total{result=\"issued\"} " << m_enrolIssued << '\n'
        << "akten_central_enrolments_total{result=\"refused\"} " << m_enrolRefused << '\n';
    family(out, "akten_central_handshakes_refused_total", "counter",
        "TLS handshakes that failed or were dropped (no or a foreign client certificate, not TLS, over a limit).");
    out << "akten_central_handshakes_refused_total " << m_handshakesRefused << '\n';
    family(out, "akten_central_active_connections", "gauge", "Connections open after their handshake, by listener.");
    for (const auto &[listener, open] : m_connections) {
        out << "akten_central_active_connections{listener=\"" << listener << "\"} " << open() << '\n';
    }
    family(out, "akten_central_responses_total", "counter", "HTTP answers by endpoint and status code.");
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        out << "akten_central_responses_total{endpoint=\"" << name(Endpoint(it.key().first)) << "\",code=\""
            << it.key().second << "\"} " << it.value() << '\n';
    }
    family(out, "akten_central_request_duration_seconds", "histogram",
        "Time from a request's arrival at the HTTP server to its answer, by endpoint.");
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QString label = u"endpoint=\"%1\""_s.arg(QLatin1StringView(name(Endpoint(it.key()))));
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            cumulative += it->buckets.at(i);
            out << "akten_central_request_duration_seconds_bucket{" << label << ",le=\"" << kBuckets.at(i) << "\"} "
                << cumulative << '\n';
        }
        out << "akten_central_request_duration_seconds_bucket{" << label << ",le=\"+Inf\"} " << it->count << '\n'
            << "akten_central_request_duration_seconds_sum{" << label << "} " << it->sum << '\n'
            << "akten_central_request_duration_seconds_count{" << label << "} " << it->count << '\n';
    }
    out.flush();
    return text;
}

} // namespace akten::sync
