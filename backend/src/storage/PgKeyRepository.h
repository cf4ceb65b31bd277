#pragma once

#include "domain/KeyRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

class PgKeyRepository : public domain::KeyRepository {
public:
    explicit PgKeyRepository(ConnectionPool& pool) : m_pool(pool) {}

    std::optional<domain::StoredDataKey> findCurrent(const std::string& purpose, const std::string& scope) override;
    std::optional<domain::StoredDataKey> findById(std::uint32_t id) override;
    std::uint32_t nextKeyId() override;
    domain::StoredDataKey insertCurrent(const domain::StoredDataKey& key) override;
    std::vector<domain::StoredDataKey> allLive() override;

    /// The id naming this database's folder in the key vault (made on first use; crypto::KeyVault's instance).
    std::string vaultInstance();

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
