#pragma once

#include "domain/NatMappingRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// Stores NAT log uploads: the upload row (claimed by content hash), the mappings COPYed into a staging table,
/// continuations attached to the mappings earlier uploads stored, and the rest inserted into the monthly partitions
/// (created on demand in short transactions of their own first) — all of one upload in one transaction.
class PgNatMappingRepository : public domain::NatMappingRepository {
public:
    explicit PgNatMappingRepository(ConnectionPool& pool) : m_pool(pool) {}

    domain::NatIngestResult ingest(const domain::NatUpload& upload,
                                   const std::vector<domain::NatMappingRecord>& mappings) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
