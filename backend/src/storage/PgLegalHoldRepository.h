#pragma once

#include "domain/LegalHold.h"
#include "storage/ConnectionPool.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

/// Legal holds inside a transaction the caller runs: the police-request workflow places its hold with
/// `PgLegalHoldLedger ledger(tx); ledger.place(id, hold);` in its own transaction. That transaction must have taken
/// sql::kHoldPlacementBarrier as its first statement (PgLegalHoldRepository::transact and
/// PgPoliceRepository::transact do), so that no purge step passes a hold being placed.
class PgLegalHoldLedger : public domain::LegalHoldLedger {
public:
    explicit PgLegalHoldLedger(pqxx::work& tx) : m_tx(tx) {}

    void place(const std::string& id, const domain::NewLegalHold& hold) override;
    domain::LegalHold release(std::int64_t storeId, const std::string& holdId, std::int64_t staffId,
                              std::chrono::system_clock::time_point at) override;
    std::optional<domain::LegalHold> find(std::int64_t storeId, const std::string& holdId) override;
    domain::AuditHead audit(const domain::AuditEntry& entry) override;

private:
    pqxx::work& m_tx;
};

class PgLegalHoldRepository : public domain::LegalHoldRepository {
public:
    explicit PgLegalHoldRepository(ConnectionPool& pool) : m_pool(pool) {}

    void transact(const std::function<void(domain::LegalHoldLedger&)>& body) override;
    std::vector<domain::LegalHold> list(std::int64_t storeId) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
