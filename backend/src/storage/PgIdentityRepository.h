#pragma once

#include "domain/IdentityKeyMaintenance.h"
#include "domain/IdentityRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// identity_records in PostgreSQL. Personal fields arrive and leave encrypted.
class PgIdentityRepository : public domain::IdentityRepository {
public:
    explicit PgIdentityRepository(ConnectionPool& pool) : m_pool(pool) {}

    void insert(const domain::StoredIdentityRecord& record, const domain::AuditEntry& audit) override;
    std::optional<domain::RecordedResponse> insertOnce(const domain::StoredIdentityRecord& record,
                                                       const domain::IdempotencyKey& key,
                                                       const domain::StoredResponse& answer,
                                                       const domain::AuditEntry& audit) override;
    std::optional<domain::StoredIdentityRecord> find(std::int64_t storeId, const std::string& id) override;
    std::optional<domain::StoredIdentityRecord> read(std::int64_t storeId, const std::string& id,
                                                     const domain::AuditEntry& audit) override;

private:
    ConnectionPool& m_pool;
};

/// Key rotation over data_keys and identity_records (kirokuctl rotate-keys), one transaction per batch. Every batch
/// that changes something appends an entry for `actor` to the global audit chain in its own transaction.
class PgIdentityKeyMaintenance : public domain::IdentityKeyMaintenance {
public:
    explicit PgIdentityKeyMaintenance(ConnectionPool& pool, domain::AuditActor actor = domain::AuditActor::system())
        : m_pool(pool), m_actor(std::move(actor)) {}

    domain::MaintenanceBatch rewrapDataKeys(
        std::uint32_t afterId, std::size_t limit, std::uint32_t targetKekVersion,
        const std::function<std::optional<domain::ByteString>(const domain::StoredDataKey&)>& rewrap) override;
    std::vector<domain::PersonalKeyInfo> livePersonalKeys() override;
    std::vector<domain::PersonalKeyInfo> livePoliceKeys() override;
    bool retireKey(std::uint32_t id) override;
    std::size_t countRecordsUnderKey(std::uint32_t keyId) override;
    std::size_t countPoliceRequestsUnderKey(std::uint32_t keyId) override;
    domain::MaintenanceBatch reencryptPoliceRequests(
        std::uint32_t fromKeyId, const std::string& afterId, std::size_t limit,
        const std::function<std::optional<domain::EncryptedPoliceFields>(const domain::PoliceRequestToRekey&)>&
            reencrypt) override;
    domain::MaintenanceBatch
    reencryptRecords(std::uint32_t fromKeyId, const std::string& afterId, std::size_t limit,
                     const std::function<std::optional<domain::EncryptedIdentityFields>(
                         const std::string&, const domain::EncryptedIdentityFields&)>& reencrypt) override;

private:
    domain::AuditEntry entry(const char* action, const char* reason) const;

    ConnectionPool& m_pool;
    domain::AuditActor m_actor;
};

} // namespace kiroku::backend::storage
