#pragma once

#include "domain/NatLookup.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// domain::NatLookup on PostgreSQL: one indexed query (nat_mappings_public_idx, pruned to the partitions of the
/// window; terminal_events_ip_assigned_idx; visit_segments_terminal_time_idx).
class PgNatLookup : public domain::NatLookup {
public:
    explicit PgNatLookup(ConnectionPool& pool) : m_pool(pool) {}

    std::vector<domain::NatLookupMatch> findByPublicEndpoint(std::int64_t storeId, const std::string& publicIp,
                                                             std::uint16_t publicPort,
                                                             std::chrono::system_clock::time_point at,
                                                             std::chrono::seconds tolerance) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
