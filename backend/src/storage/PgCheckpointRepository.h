#pragma once

#include "domain/CheckpointRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// audit_checkpoints in PostgreSQL; a checkpoint and its audit entry are written under the chain head's lock.
class PgCheckpointRepository : public domain::CheckpointRepository {
public:
    explicit PgCheckpointRepository(ConnectionPool& pool) : m_pool(pool) {}

    std::optional<domain::AuditCheckpoint>
    create(std::int64_t storeId, std::optional<std::chrono::system_clock::time_point> skipIfMadeSince,
           const std::function<domain::AuditCheckpoint(const domain::AuditHead&)>& make,
           const std::function<domain::AuditEntry(const domain::AuditCheckpoint&)>& entryFor) override;
    std::optional<domain::AuditCheckpoint> latest(std::int64_t storeId) override;
    std::vector<std::int64_t> storeIds() override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
