#pragma once

#include "domain/IdentityKeyMaintenance.h"
#include "domain/IdentityRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// identity_records in PostgreSQL. Personal fields arrive and leave encrypted.
class PgIdentityRepository : public domain::IdentityRepository {
public:
    explicit PgIdentityRepository(ConnectionPool& pool) : m_pool(pool) {}

    void insert(const domain::StoredIdentityRecord& record) override;
    std::optional<domain::RecordedResponse> insertOnce(const domain::StoredIdentityRecord& record,
                                                       const domain::IdempotencyKey& key,
                                                       const domain::StoredResponse& answer) override;
    std::optional<domain::StoredIdentityRecord> find(std::int64_t storeId, const std::string& id) override;

private:
    ConnectionPool& m_pool;
};

/// Key rotation over data_keys and identity_records (kirokuctl rotate-keys), one transaction per batch.
class PgIdentityKeyMaintenance : public domain::IdentityKeyMaintenance {
public:
    explicit PgIdentityKeyMaintenance(ConnectionPool& pool) : m_pool(pool) {}

    domain::MaintenanceBatch rewrapDataKeys(
        std::uint32_t afterId, std::size_t limit, std::uint32_t targetKekVersion,
        const std::function<std::optional<domain::ByteString>(const domain::StoredDataKey&)>& rewrap) override;
    std::vector<domain::PersonalKeyInfo> livePersonalKeys() override;
    bool retireKey(std::uint32_t id) override;
    std::size_t countRecordsUnderKey(std::uint32_t keyId) override;
    domain::MaintenanceBatch
    reencryptRecords(std::uint32_t fromKeyId, const std::string& afterId, std::size_t limit,
                     const std::function<std::optional<domain::EncryptedIdentityFields>(
                         const std::string&, const domain::EncryptedIdentityFields&)>& reencrypt) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
