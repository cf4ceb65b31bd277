#pragma once

#include "domain/BoothRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

class PgBoothRepository : public domain::BoothRepository {
public:
    explicit PgBoothRepository(ConnectionPool& pool) : m_pool(pool) {}

    std::vector<domain::BoothState> list(std::int64_t storeId) override;
    domain::BoothState setStatus(std::int64_t storeId, std::int64_t boothId, domain::BoothStatus status) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
