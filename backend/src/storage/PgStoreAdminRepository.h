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
    std::optional<std::int64_t> findBooth(std::int64_t storeId, const std::string& label) override;
    bool storeExists(std::int64_t storeId) override;
    bool boothExists(std::int64_t storeId, std::int64_t boothId) override;
    std::optional<std::int64_t> findTerminal(std::int64_t storeId, const std::string& number) override;
    std::int64_t createBooth(std::int64_t storeId, const std::string& label, const std::string& kind) override;
    std::int64_t createTerminal(const domain::NewTerminal& terminal) override;
    std::int64_t createStaff(const domain::NewStaff& staff) override;
    void setTerminalCredential(std::int64_t terminalId, const std::string& credentialHash) override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
