#pragma once

#include "domain/StoreAdmin.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

class PgStoreAdminRepository : public domain::StoreAdminRepository {
public:
    explicit PgStoreAdminRepository(ConnectionPool& pool) : m_pool(pool) {}

    std::optional<std::int64_t> findStore(const std::string& code) override;
    std::int64_t createStore(const domain::NewStore& store) override;
    std::int64_t ensureBooth(std::int64_t storeId, const std::string& label, const std::string& kind) override;
    std::int64_t ensureTerminal(std::int64_t storeId, const std::string& number, std::int64_t boothId) override;
    std::int64_t upsertStaff(const domain::NewStaff& staff) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
