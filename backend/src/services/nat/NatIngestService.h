#pragma once

#include "domain/NatMappingRepository.h"
#include "services/visits/Clock.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace kiroku::backend::services {

struct NatIngestRequest {
    std::int64_t storeId = 0;
    std::optional<std::int64_t> gatewayId; ///< none for kirokuctl
    std::string_view format = "conntrack";
    std::string_view content;    ///< the log text: one upload, or one chunk of a file
    std::uint64_t firstLine = 1; ///< the number of the content's first line in its file
};

/// Gateways' NAT logs into stored mappings: parse (natlog), pair (pairNatEvents), store (one transaction per
/// upload). Bad lines never stop an upload: they are counted and the first 100 reported by number. Writes nothing
/// to any log.
class NatIngestService {
public:
    NatIngestService(domain::NatMappingRepository& repository, const Clock& clock)
        : m_repository(repository), m_clock(clock) {}

    /// Throws ValidationError("format") for an unknown format; whatever the repository throws (nothing stored).
    domain::NatIngestResult ingest(const NatIngestRequest& request);

private:
    domain::NatMappingRepository& m_repository;
    const Clock& m_clock;
};

} // namespace kiroku::backend::services
