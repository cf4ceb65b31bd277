#pragma once

#include "domain/VisitRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

/// Visits and segments in PostgreSQL. The unique partial indexes on open segments (one per booth, one per visit)
/// and on active visits (one per customer) are the last guard behind the booth and visit row locks.
class PgVisitRepository : public domain::VisitRepository {
public:
    explicit PgVisitRepository(ConnectionPool& pool) : m_pool(pool) {}

    void transact(const std::function<void(domain::VisitTransaction&)>& body) override;
    std::vector<domain::VisitView> listActive(std::int64_t storeId) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
