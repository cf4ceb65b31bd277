#pragma once

#include "domain/SigningKeyRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// store_signing_keys in PostgreSQL. The server's role may read and insert keys; re-wrapping (KEK rotation) is the
/// schema owner's (kirokuctl rotate-keys).
class PgSigningKeyRepository : public domain::SigningKeyRepository {
public:
    explicit PgSigningKeyRepository(ConnectionPool& pool) : m_pool(pool) {}

    std::optional<domain::StoredSigningKey> current(std::int64_t storeId) override;
    std::optional<domain::StoredSigningKey> byId(std::uint32_t id) override;
    std::uint32_t nextId() override;
    domain::StoredSigningKey insertCurrent(const domain::StoredSigningKey& key) override;
    std::vector<domain::StoredSigningKey> all() override;
    void storeRewrapped(std::uint32_t id, std::uint32_t kekVersion, const std::vector<std::uint8_t>& wrapped,
                        const domain::AuditEntry& audit) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
