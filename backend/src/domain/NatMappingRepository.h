#pragma once

#include "domain/NatMapping.h"

#include <vector>

namespace kiroku::domain {

/// Where gateways' NAT mappings are kept (monthly partitions of one table).
class NatMappingRepository {
public:
    virtual ~NatMappingRepository() = default;

    /// Stores one upload in one transaction: all of it or, on any failure, nothing (the error propagates:
    /// Unavailable when the database is unreachable). An upload whose content hash the store already has is not
    /// stored again: the first upload's result comes back with duplicate = true. Mappings already stored (same
    /// endpoints, protocol and key instant) are not duplicated; a continuation closes the stored mapping it
    /// continues instead of adding a row.
    virtual NatIngestResult ingest(const NatUpload& upload, const std::vector<NatMappingRecord>& mappings) = 0;
};

} // namespace kiroku::domain
