#pragma once

#include "domain/GatewayRepository.h"
#include "storage/ConnectionPool.h"

namespace kiroku::backend::storage {

class PgGatewayRepository : public domain::GatewayRepository {
public:
    explicit PgGatewayRepository(ConnectionPool& pool) : m_pool(pool) {}

    std::optional<domain::GatewayCredentialRecord> findGateway(std::int64_t gatewayId) override;
    std::optional<std::int64_t> findGatewayByName(std::int64_t storeId, const std::string& name) override;
    std::int64_t createGateway(std::int64_t storeId, const std::string& name) override;
    void setCredentialHash(std::int64_t gatewayId, const std::string& credentialHash) override;
    std::optional<std::int64_t> soleStore() override;

private:
    ConnectionPool& m_pool;
};

} // namespace kiroku::backend::storage
