#include "services/stores/CachedStoreRepository.h"

namespace kiroku::backend::services {

std::optional<domain::Store> CachedStoreRepository::find(std::int64_t storeId) {
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_mutex);
        if (const auto it = m_entries.find(storeId); it != m_entries.end() && now - it->second.fetchedAt < m_ttl) {
            return it->second.store;
        }
    }
    auto store = m_inner.find(storeId); // outside the lock: a slow database must not block other stores
    std::lock_guard lock(m_mutex);
    m_entries[storeId] = Entry{store, now};
    return store;
}

} // namespace kiroku::backend::services
