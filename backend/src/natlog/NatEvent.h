#pragma once

#include "natlog/IpAddress.h"

#include <cstdint>

namespace kiroku::natlog {

/// What a gateway's connection-tracking log says happened to one translated connection.
enum class EventKind : std::uint8_t { New, Update, Destroy };

struct Endpoint {
    IpAddress address;
    std::uint16_t port = 0;

    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

/// One parsed log line. The original direction is what the customer's terminal sent (its source is the private
/// endpoint); the reply direction is what came back to the gateway (its destination is the public, translated
/// endpoint). The remote endpoint is only kept to tell concurrent connections apart and is never stored.
struct NatEvent {
    std::uint64_t line = 0;    ///< line number in the upload or file, from 1
    std::int64_t atMicros = 0; ///< when the gateway logged the event, microseconds since the Unix epoch (UTC)
    EventKind kind = EventKind::New;
    std::uint8_t protocol = 0; ///< IANA protocol number: 6 tcp, 17 udp, 1 icmp, 58 icmpv6, …
    bool hasPorts = false;     ///< tcp, udp, udplite, sctp, dccp; icmp and gre have none
    std::uint16_t zone = 0;
    std::int64_t deltaSeconds = -1; ///< a DESTROY's "delta-time=" (entry lifetime) when the kernel keeps timestamps
    Endpoint originalSource;        ///< the private endpoint
    Endpoint originalDestination;   ///< the remote endpoint (never stored)
    Endpoint replySource;
    Endpoint replyDestination; ///< the public endpoint

    const Endpoint& privateEndpoint() const { return originalSource; }
    const Endpoint& publicEndpoint() const { return replyDestination; }
};

} // namespace kiroku::natlog
