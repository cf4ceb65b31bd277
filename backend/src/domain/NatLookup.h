#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// A booth visit segment (通信端末機器特定記録) on the terminal, overlapping the mapping's time.
struct NatLookupSegment {
    std::int64_t segmentId = 0;
    std::string visitId; ///< uuid
    std::int64_t boothId = 0;
    std::string boothLabel;
    std::chrono::system_clock::time_point startedAt;
    std::optional<std::chrono::system_clock::time_point> endedAt; ///< none while the customer is still there
};

/// The terminal that had the mapping's private address when the mapping began.
struct NatLookupTerminal {
    enum class Source {
        AddressAssigned,  ///< an ip_assigned terminal event (DHCP and the like) at or before that time
        ConfiguredAddress ///< terminals.private_ip, for a terminal with no ip_assigned event until then
    };
    std::int64_t terminalId = 0;
    std::string number;
    Source source = Source::ConfiguredAddress;
    std::optional<std::chrono::system_clock::time_point> assignedAt; ///< for AddressAssigned
};

/// One stored NAT mapping of the public endpoint around the instant asked about, with what it leads to. The caller
/// decides what counts: a mapping may begin before or end after a segment (it can span a checkout), its start may
/// be unknown (the log showed only its end) or estimated to the second.
struct NatLookupMatch {
    std::uint8_t protocol = 0;
    std::string privateIp;
    std::uint16_t privatePort = 0;
    std::string publicIp;
    std::uint16_t publicPort = 0;
    std::optional<std::chrono::system_clock::time_point> startedAt;
    bool startEstimated = false;
    std::optional<std::chrono::system_clock::time_point> endedAt; ///< none: still open when last uploaded
    std::chrono::system_clock::time_point firstSeenAt;            ///< startedAt, or when the log first showed it
    std::int64_t uploadId = 0;                                    ///< the upload that first recorded it
    std::optional<NatLookupTerminal> terminal;                    ///< none when no terminal had the address
    std::vector<NatLookupSegment> segments; ///< on that terminal, overlapping the mapping, by start time
};

/// Who was behind the cafe's public address and port at a time: the question police bring from a provider.
class NatLookup {
public:
    virtual ~NatLookup() = default;

    /// The mappings of `publicIp`:`publicPort` (any protocol) in `storeId` that may have existed at `at`, give or
    /// take `tolerance` (clocks differ: the provider's, the gateway's): started no later than at + tolerance (or
    /// start unknown) and ended no earlier than at − tolerance (or not ended), within domain::kNatMaxMappingSpan.
    /// Each comes with the terminal that had its private address when it began, and that terminal's visit segments
    /// overlapping it. Ordered by firstSeenAt. Reads only; writes nothing to logs. Throws ValidationError("public_ip")
    /// for text that is not an IPv4 or IPv6 address, and Unavailable when the database is unreachable.
    virtual std::vector<NatLookupMatch> findByPublicEndpoint(std::int64_t storeId, const std::string& publicIp,
                                                             std::uint16_t publicPort,
                                                             std::chrono::system_clock::time_point at,
                                                             std::chrono::seconds tolerance) = 0;
};

} // namespace kiroku::domain
