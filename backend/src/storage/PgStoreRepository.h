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

/// The rule set from the JSON of stores.rules, over the defaults (keys: see domain::StoreRules).
/// Throws ValidationError naming "rules.<key>" for an unknown key or a bad value.
domain::StoreRules parseStoreRules(const std::string& json, const std::string& timeZone);

} // namespace kiroku::backend::storage
