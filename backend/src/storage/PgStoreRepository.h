#pragma once

#include "domain/StoreRepository.h"
#include "storage/ConnectionPool.h"

#include <string>

namespace kiroku::backend::storage {

/// Reads stores and their rule sets (stores.rules over the defaults).
class PgStoreRepository : public domain::StoreRepository {
public:
    explicit PgStoreRepository(ConnectionPool& pool) : m_pool(pool) {}

    std::optional<domain::Store> find(std::int64_t storeId) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
