#pragma once

#include "domain/NatMapping.h"
#include "natlog/NatEvent.h"

#include <cstdint>
#include <vector>

namespace kiroku::backend::services {

/// What one upload's events make: mappings to store, and what was left out.
struct NatPairing {
    std::vector<domain::NatMappingRecord> mappings;
    std::uint64_t withoutPorts = 0;                   ///< ICMP, GRE: nothing a provider could name by port
    std::uint64_t duplicates = 0;                     ///< lines repeating an event already in the upload
    std::uint64_t refused = 0;                        ///< event lines refused (all counted)
    std::vector<domain::NatLineProblem> refusedLines; ///< the first 100, in line order
};

/// Pairs the events of one upload (in log order) into mappings, per connection (protocol, zone and original
/// tuple): NEW opens one; UPDATE confirms it; DESTROY closes it. An UPDATE or DESTROY without a NEW in the upload
/// still records what it knows, as a continuation the repository attaches to a mapping an earlier upload stored
/// (a DESTROY carrying the kernel's delta-time gives an estimated start). Repeated lines add nothing. Events later
/// than `latestMicros` (the server's clock plus a day) and DESTROYs before their NEW are refused by line number.
/// The remote endpoint is used only to tell connections apart and is dropped here.
NatPairing pairNatEvents(const std::vector<natlog::NatEvent>& events, std::int64_t latestMicros);

} // namespace kiroku::backend::services
