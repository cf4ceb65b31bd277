#pragma once

#include "natlog/NatLogParser.h"

namespace kiroku::natlog {

/// Lines of `conntrack -E -o timestamp,extended` (conntrack-tools, through libnetfilter_conntrack's default output):
///
///     [1700000000.123456]	    [NEW] ipv4     2 tcp      6 120 SYN_SENT src=192.168.10.21 dst=203.0.113.5
///         sport=51234 dport=443 [UNREPLIED] src=203.0.113.5 dst=198.51.100.7 sport=443 dport=40001
///
/// (one line). The timestamp is the gateway's clock when the event was printed; conntrack prints the microseconds
/// as an integer ("%-.6ld", older releases "%-6ld", left-justified with trailing spaces), so the digits after the
/// dot are read as a count of microseconds, not as a decimal fraction. The layer-3 name and number ("ipv4 2",
/// "ipv6 10") come with -o extended and may be absent. Then the layer-4 name and number, the timeout and the TCP,
/// SCTP or DCCP state (not on DESTROY), the original tuple (src= dst= and sport= dport= or ICMP's type= code= id=),
/// optional counters, [UNREPLIED], the reply tuple, and optional fields: [ASSURED], [OFFLOAD], mark=, secmark=,
/// secctx=, zone=, zone-orig=, zone-reply=, delta-time=, [start=…] [stop=…] (-o ktimestamp), helper=, use=, id=,
/// labels=, and "[USERSPACE] portid= progname=" for entries changed by a program. Unknown key=value fields are
/// ignored, so newer releases' additions do not make lines malformed.
///
/// Blank lines and lines starting with '#' are skipped. A line without a timestamp is malformed: without -o
/// timestamp the log cannot tell when a mapping existed.
class ConntrackParser : public NatLogParser {
public:
    std::string_view name() const override { return "conntrack"; }
    LineOutcome parseLine(std::string_view line, NatEvent& out) const override;
};

} // namespace kiroku::natlog
