#pragma once

#include "domain/StoreRepository.h"

#include <chrono>
#include <map>
#include <mutex>

namespace kiroku::backend::services {

/// Keeps each store's rule set for a short time: every check-in needs the store's zone and rules,
/// which change rarely. A change made in the database takes effect within `ttl`.
class CachedStoreRepository : public domain::StoreRepository {
public:
    CachedStoreRepository(domain::StoreRepository& inner, std::chrono::seconds ttl) : m_inner(inner), m_ttl(ttl) {}

    std::optional<domain::Store> find(std::int64_t storeId) override;

private:
    struct Entry {
        std::optional<domain::Store> store;
        std::chrono::steady_clock::time_point fetchedAt;
    };
    domain::StoreRepository& m_inner;
    std::chrono::seconds m_ttl;
    std::mutex m_mutex;
    std::map<std::int64_t, Entry> m_entries;
};

} // namespace kiroku::backend::services
