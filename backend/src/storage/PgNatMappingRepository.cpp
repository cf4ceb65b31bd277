#include "storage/PgNatMappingRepository.h"

#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>
#include <pqxx/stream_to>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>
#include <set>
#include <tuple>

namespace kiroku::backend::storage {

namespace {

// The first day ("YYYY-MM-01") of the UTC month holding `t`.
std::string utcMonthOf(std::chrono::system_clock::time_point t) {
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(t)};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-01", static_cast<int>(day.year()), static_cast<unsigned>(day.month()));
    return text;
}

// The JSON array stored in nat_uploads.malformed_lines. Reasons are fixed phrases of our own; they are escaped
// anyway.
std::string malformedLinesJson(const std::vector<domain::NatLineProblem>& lines) {
    std::string json = "[";
    for (const auto& problem : lines) {
        if (json.size() > 1) {
            json += ',';
        }
        json += "{\"line\":" + std::to_string(problem.line) + ",\"reason\":\"";
        for (char c : problem.reason) {
            if (c == '"' || c == '\\') {
                json += '\\';
                json += c;
            } else if (static_cast<unsigned char>(c) >= 0x20) {
                json += c;
            }
        }
        json += "\"}";
    }
    return json + "]";
}

// A timestamptz literal, exact to the microsecond ("2023-11-14 22:13:20.250000+00"). Sent as text, it is a constant
// when the statement is planned, so the planner keeps only the partitions it can touch.
std::string utcTimestamp(std::int64_t micros) {
    const auto t = std::chrono::sys_time<std::chrono::microseconds>(std::chrono::microseconds(micros));
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss time{t - day};
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u %02d:%02d:%02d.%06lld+00", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()), static_cast<long long>(time.subseconds().count()));
    return text;
}

std::optional<std::int64_t> microsOrNull(const std::optional<std::chrono::system_clock::time_point>& t) {
    return t ? std::optional<std::int64_t>(toEpochMicros(*t)) : std::nullopt;
}

// The first events of an upload's continuations.
struct ContinuationRange {
    std::int64_t firstSeen = std::numeric_limits<std::int64_t>::max();
    std::int64_t lastSeen = std::numeric_limits<std::int64_t>::min();

    void add(std::int64_t seen, bool continuation) {
        if (continuation) {
            firstSeen = std::min(firstSeen, seen);
            lastSeen = std::max(lastSeen, seen);
        }
    }
};

domain::NatIngestResult previousUpload(pqxx::work& tx, const domain::NatUpload& upload) {
    const auto row = tx.exec_params1(std::string(sql::kNatFindUpload), upload.storeId, upload.contentSha256);
    domain::NatIngestResult result;
    result.duplicate = true;
    result.uploadId = row["id"].as<std::int64_t>();
    result.firstLine = row["first_line"].as<std::uint64_t>();
    result.lines = row["line_count"].as<std::uint64_t>();
    result.events = row["event_count"].as<std::uint64_t>();
    result.skipped = row["skipped_count"].as<std::uint64_t>();
    result.malformed = row["malformed_count"].as<std::uint64_t>();
    result.mappingsInserted = row["mappings_inserted"].as<std::uint64_t>();
    result.mappingsClosed = row["mappings_closed"].as<std::uint64_t>();
    result.mappingsKnown = row["mappings_known"].as<std::uint64_t>();
    for (const auto& line : tx.exec_params(std::string(sql::kNatUploadMalformedLines), result.uploadId)) {
        result.malformedLines.push_back({line["line"].as<std::uint64_t>(), line["reason"].as<std::string>()});
    }
    return result;
}

} // namespace

domain::NatIngestResult PgNatMappingRepository::ingest(const domain::NatUpload& upload,
                                                       const std::vector<domain::NatMappingRecord>& mappings) {
    // Partitions first, each in a short transaction: creating one locks the parent table, which must not be held
    // for the length of an upload while lookups wait.
    std::set<std::string> months;
    for (const auto& mapping : mappings) {
        months.insert(utcMonthOf(mapping.keyAt));
    }
    for (const auto& month : months) {
        withTransaction(m_pool, [&](pqxx::work& tx) { tx.exec_params(std::string(sql::kNatEnsurePartition), month); });
    }

    return withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto claimed =
            tx.exec_params(std::string(sql::kNatClaimUpload), upload.storeId, upload.gatewayId, upload.format,
                           upload.contentSha256, upload.firstLine, upload.lines, upload.events, upload.skipped,
                           upload.malformed, malformedLinesJson(upload.malformedLines));
        if (claimed.empty()) {
            return previousUpload(tx, upload);
        }
        domain::NatIngestResult result;
        result.uploadId = claimed[0][0].as<std::int64_t>();
        result.firstLine = upload.firstLine;
        result.lines = upload.lines;
        result.events = upload.events;
        result.skipped = upload.skipped;
        result.malformed = upload.malformed;
        result.malformedLines = upload.malformedLines;

        if (!mappings.empty()) {
            ContinuationRange range;
            tx.exec0(std::string(sql::kNoJit));
            tx.exec0(std::string(sql::kNatCreateStaging));
            {
                pqxx::stream_to staging(tx, "nat_staging",
                                        std::vector<std::string>{"n", "protocol", "public_ip", "public_port",
                                                                 "private_ip", "private_port", "key_us", "seen_us",
                                                                 "started_us", "start_estimated", "ended_us",
                                                                 "continuation"});
                std::int64_t n = 0;
                for (const auto& m : mappings) {
                    const std::int64_t key = toEpochMicros(m.keyAt);
                    // Where a continuation is first seen: its UPDATE, or its DESTROY (an estimated start is not
                    // something the log showed).
                    const std::int64_t seen = m.startEstimated && m.endedAt ? toEpochMicros(*m.endedAt) : key;
                    range.add(seen, m.continuation);
                    staging << std::make_tuple(++n, static_cast<int>(m.protocol), m.publicIp,
                                               static_cast<int>(m.publicPort), m.privateIp,
                                               static_cast<int>(m.privatePort), key, seen, microsOrNull(m.startedAt),
                                               m.startEstimated, microsOrNull(m.endedAt), m.continuation);
                }
                staging.complete();
            }
            const auto maxSpan =
                std::chrono::duration_cast<std::chrono::microseconds>(domain::kNatMaxMappingSpan).count();
            std::uint64_t closedEarlier = 0;
            tx.exec(std::string(sql::kNatPreferIndexes));
            if (range.firstSeen <= range.lastSeen) { // there are continuations
                closedEarlier =
                    tx.exec_params1(std::string(sql::kNatAttachContinuations), upload.storeId, maxSpan,
                                    utcTimestamp(range.firstSeen - maxSpan), utcTimestamp(range.lastSeen))["closed"]
                        .as<std::uint64_t>();
            }
            tx.exec(std::string(sql::kNatAllowSeqScans));
            const auto written = tx.exec_params1(std::string(sql::kNatInsertMappings), upload.storeId, result.uploadId);
            result.mappingsInserted = written["inserted"].as<std::uint64_t>();
            result.mappingsClosed = closedEarlier + written["closed"].as<std::uint64_t>();
            result.mappingsKnown = mappings.size() - result.mappingsInserted - result.mappingsClosed;
        }
        tx.exec_params0(std::string(sql::kNatRecordUploadCounts), result.uploadId, result.mappingsInserted,
                        result.mappingsClosed, result.mappingsKnown);
        return result;
    });
}

} // namespace kiroku::backend::storage
