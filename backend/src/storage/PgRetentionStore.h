#pragma once

#include "domain/RetentionStore.h"
#include "storage/ConnectionPool.h"

#include <pqxx/connection>

namespace kiroku::backend::storage {

/// The retention engine's storage on PostgreSQL (migrations/V007): the partition functions, purging by key in
/// batches, and purge certificates. Works under the server's least-privileged role. Police requests' purge (V011) is
/// in PgRetentionPolice.cpp.
class PgRetentionStore : public domain::RetentionStore {
public:
    explicit PgRetentionStore(ConnectionPool& pool) : m_pool(pool) {}

    std::unique_ptr<domain::PurgeLock> tryLock() override;
    std::vector<std::int64_t> storeIds() override;
    int maintainPartitions(domain::Instant asOf) override;
    std::vector<domain::MonthPartition> monthPartitions() override;
    std::vector<domain::EventTable> eventTables() override;
    bool partitionExpired(const domain::MonthPartition& partition, domain::Instant asOf) override;
    std::optional<domain::PartitionDrop> dropPartition(const domain::MonthPartition& partition,
                                                       domain::Instant asOf) override;
    std::map<std::string, std::int64_t> purgeVisits(const domain::StoreCutoff& cutoff, domain::Instant asOf,
                                                    std::size_t limit, bool countOnly) override;
    std::int64_t purgeEvents(const domain::EventTable& table, const domain::StoreCutoff& cutoff, domain::Instant asOf,
                             std::size_t limit, bool countOnly) override;
    std::map<std::string, std::int64_t> purgeIdentities(const domain::StoreCutoff& cutoff, domain::Instant asOf,
                                                        std::size_t limit, bool countOnly) override;
    std::map<std::string, std::int64_t> purgePoliceRequests(const domain::StoreCutoff& cutoff, domain::Instant asOf,
                                                            std::size_t limit, bool countOnly) override;
    std::int64_t countPoliceRequestsToPurgeUnderKey(std::uint32_t keyId,
                                                    const std::vector<domain::StoreCutoff>& cutoffs,
                                                    domain::Instant asOf) override;
    std::vector<domain::HeldRows> heldBack(const domain::StoreCutoff& cutoff, domain::Instant asOf) override;
    std::vector<domain::PurgeKey> monthKeys() override;
    std::int64_t countRecordsUnderKey(std::uint32_t keyId) override;
    void recountEventDays(const domain::StoreCutoff& cutoff) override;
    domain::RekeyBatch
    rekeyRecords(std::uint32_t keyId, const std::string& afterId, std::size_t limit, domain::Instant asOf,
                 const std::function<std::optional<domain::EncryptedIdentityFields>(const domain::RecordToRekey&)>&
                     rekey) override;
    domain::RekeyBatch rekeyPoliceRequests(
        std::uint32_t keyId, const std::string& afterId, std::size_t limit,
        const std::function<std::optional<domain::EncryptedPoliceFields>(const domain::PoliceRequestToRekey&)>& rekey)
        override;
    std::int64_t destroyKeyIfUnused(std::uint32_t keyId) override;
    std::map<std::uint32_t, domain::KeyState> keyStates(const std::vector<std::uint32_t>& ids) override;
    std::vector<domain::NatPartition> purgeNatPartitions(domain::Instant before, domain::Instant asOf,
                                                         bool countOnly) override;
    void recordCertificate(const domain::PurgeCertificate& certificate,
                           const std::vector<domain::AuditEntry>& entries) override;

private:
    std::optional<domain::PartitionDrop> dropOnce(const domain::MonthPartition& partition, domain::Instant asOf);

    ConnectionPool& m_pool;
};

/// Creates the partitions ahead of time on `connection` when the database has the partition functions (V007 and
/// later); returns how many it made, or nothing before V007. kirokuctl migrate runs it after migrating.
std::optional<int> maintainPartitionsIfPresent(pqxx::connection& connection, domain::Instant asOf);

} // namespace kiroku::backend::storage
