#pragma once

#include "domain/Audit.h"
#include "domain/AuditRepository.h"
#include "storage/ConnectionPool.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

/// Locks chain `chainId`'s head row for the rest of `tx` (creating it, empty, for a chain's first use) and returns
/// where the chain stands.
domain::AuditHead lockAuditHead(pqxx::work& tx, std::int64_t chainId, std::optional<std::int64_t> storeId);

/// Appends `entry` to its chain inside the caller's transaction `tx`: locks the chain's head row (creating it for
/// a chain's first entry), computes the entry's hash from the head's and inserts it, and advances the head. The
/// lock is held until `tx` ends, so append last in a transaction. Returns the new head. Throws
/// canonical::JsonError for text that is not valid UTF-8, pqxx errors as the rest of the transaction does.
domain::AuditHead appendAudit(pqxx::work& tx, const domain::AuditEntry& entry);

/// The audit log in PostgreSQL: appends in transactions of their own, and reads for verification.
class PgAuditLog : public domain::AuditLog, public domain::AuditRepository {
public:
    explicit PgAuditLog(ConnectionPool& pool) : m_pool(pool) {}

    domain::AuditHead append(const domain::AuditEntry& entry) override;

    std::optional<domain::AuditHead> scan(std::int64_t chainId, std::int64_t afterSeq, std::size_t batchSize,
                                          const std::function<bool(const domain::StoredAuditEntry&)>& visit) override;
    std::optional<domain::StoredAuditEntry> entryAt(std::int64_t chainId, std::int64_t seq) override;
    std::vector<std::int64_t> chains() override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
