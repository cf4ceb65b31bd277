#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// How long a NAT mapping is looked for around an instant, both when a later upload closes a mapping an earlier one
/// opened and when police ask who was behind a public endpoint. Linux keeps an idle established TCP connection for
/// 5 days (nf_conntrack_tcp_timeout_established); a mapping that began more than this before the instant asked
/// about is not found.
inline constexpr std::chrono::hours kNatMaxMappingSpan{24 * 8};

/// One translated connection as stored: private address:port ↔ public address:port, protocol and times. The remote
/// end (the site the customer visited) is never part of it: that would be browsing history.
struct NatMappingRecord {
    std::uint8_t protocol = 0; ///< IANA number: 6 tcp, 17 udp, 132 sctp, 33 dccp, 136 udplite
    std::string privateIp;     ///< canonical text
    std::uint16_t privatePort = 0;
    std::string publicIp;
    std::uint16_t publicPort = 0;
    /// The partition and natural key instant: startedAt when known, else when the log first showed the mapping.
    std::chrono::system_clock::time_point keyAt;
    std::optional<std::chrono::system_clock::time_point> startedAt; ///< the NEW event, or estimated (below)
    bool startEstimated = false; ///< startedAt = the DESTROY's time minus its whole-second lifetime (delta-time)
    std::optional<std::chrono::system_clock::time_point> endedAt; ///< the DESTROY event
    /// No NEW event opened it in this upload: an UPDATE or DESTROY continuing a mapping an earlier upload may hold.
    bool continuation = false;
};

/// A line that was not stored, by number, with a fixed reason that quotes nothing of the line.
struct NatLineProblem {
    std::uint64_t line = 0;
    std::string reason;
};

/// One upload (an HTTP request body, or a chunk of a file given to kirokuctl) and what parsing it found.
struct NatUpload {
    std::int64_t storeId = 0;
    std::optional<std::int64_t> gatewayId; ///< none for kirokuctl ingest-nat
    std::string format;                    ///< "conntrack"
    std::string contentSha256;             ///< hex; the same bytes uploaded again are recognised as a retry
    std::uint64_t firstLine = 1;
    std::uint64_t lines = 0;
    std::uint64_t events = 0;
    std::uint64_t skipped = 0;   ///< blank lines, comments, and events of protocols without ports (ICMP, GRE)
    std::uint64_t malformed = 0; ///< lines the parser refused, and events refused on ingest (e.g. from the future)
    std::vector<NatLineProblem> malformedLines; ///< the first 100, in line order
};

/// What an upload stored, or (duplicate) what its first upload stored.
struct NatIngestResult {
    std::int64_t uploadId = 0;
    bool duplicate = false;
    std::uint64_t firstLine = 1;
    std::uint64_t lines = 0;
    std::uint64_t events = 0;
    std::uint64_t skipped = 0;
    std::uint64_t malformed = 0;
    std::vector<NatLineProblem> malformedLines;
    std::uint64_t mappingsInserted = 0; ///< new rows
    std::uint64_t mappingsClosed = 0;   ///< open rows of earlier uploads that a DESTROY in this one closed
    std::uint64_t mappingsKnown = 0;    ///< already stored (an overlapping or repeated upload)
};

} // namespace kiroku::domain
