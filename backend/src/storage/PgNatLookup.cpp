#include "storage/PgNatLookup.h"

#include "domain/Errors.h"
#include "domain/NatMapping.h"
#include "natlog/IpAddress.h"
#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

namespace {

std::optional<std::chrono::system_clock::time_point> instantOrNone(const pqxx::field& field) {
    if (field.is_null()) {
        return std::nullopt;
    }
    return fromEpochMicros(field.as<std::int64_t>());
}

} // namespace

std::vector<domain::NatLookupMatch> PgNatLookup::findByPublicEndpoint(std::int64_t storeId, const std::string& publicIp,
                                                                      std::uint16_t publicPort,
                                                                      std::chrono::system_clock::time_point at,
                                                                      std::chrono::seconds tolerance) {
    const auto address = natlog::parseIpAddress(publicIp);
    if (!address) {
        throw domain::ValidationError("public_ip", "must be an IPv4 or IPv6 address");
    }
    if (tolerance.count() < 0) {
        throw domain::ValidationError("tolerance", "must not be negative");
    }
    const std::int64_t toleranceMicros = std::chrono::duration_cast<std::chrono::microseconds>(tolerance).count();
    const std::int64_t spanMicros =
        std::chrono::duration_cast<std::chrono::microseconds>(domain::kNatMaxMappingSpan).count();
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto rows =
            tx.exec_prepared(std::string(sql::kNatFindByPublicEndpoint.name), storeId, natlog::toString(*address),
                             static_cast<int>(publicPort), toEpochMicros(at), toleranceMicros, spanMicros);
        std::vector<domain::NatLookupMatch> matches;
        for (const auto& row : rows) {
            // Rows come one per (mapping, segment), ordered by mapping: a new mapping starts a new match.
            const auto keyAt = fromEpochMicros(row["key_us"].as<std::int64_t>());
            const auto protocol = static_cast<std::uint8_t>(row["protocol"].as<int>());
            const auto privateIp = row["private_ip"].as<std::string>();
            const auto privatePort = static_cast<std::uint16_t>(row["private_port"].as<int>());
            if (matches.empty() || matches.back().firstSeenAt != keyAt || matches.back().protocol != protocol ||
                matches.back().privateIp != privateIp || matches.back().privatePort != privatePort) {
                domain::NatLookupMatch match;
                match.protocol = protocol;
                match.privateIp = privateIp;
                match.privatePort = privatePort;
                match.publicIp = row["public_ip"].as<std::string>();
                match.publicPort = static_cast<std::uint16_t>(row["public_port"].as<int>());
                match.firstSeenAt = keyAt;
                match.startedAt = instantOrNone(row["started_us"]);
                match.startEstimated = row["start_estimated"].as<bool>();
                match.endedAt = instantOrNone(row["ended_us"]);
                match.uploadId = row["upload_id"].as<std::int64_t>();
                if (!row["terminal_id"].is_null()) {
                    domain::NatLookupTerminal terminal;
                    terminal.terminalId = row["terminal_id"].as<std::int64_t>();
                    terminal.number = row["terminal_number"].as<std::string>();
                    terminal.source = row["terminal_source"].as<std::string>() == "address_assigned"
                                          ? domain::NatLookupTerminal::Source::AddressAssigned
                                          : domain::NatLookupTerminal::Source::ConfiguredAddress;
                    terminal.assignedAt = instantOrNone(row["assigned_us"]);
                    match.terminal = std::move(terminal);
                }
                matches.push_back(std::move(match));
            }
            if (!row["segment_id"].is_null()) {
                domain::NatLookupSegment segment;
                segment.segmentId = row["segment_id"].as<std::int64_t>();
                segment.visitId = row["visit_id"].as<std::string>();
                segment.boothId = row["booth_id"].as<std::int64_t>();
                segment.boothLabel = row["booth_label"].as<std::string>();
                segment.startedAt = fromEpochMicros(row["segment_started_us"].as<std::int64_t>());
                segment.endedAt = instantOrNone(row["segment_ended_us"]);
                matches.back().segments.push_back(std::move(segment));
            }
        }
        return matches;
    });
}

} // namespace kiroku::backend::storage
