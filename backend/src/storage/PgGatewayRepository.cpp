#include "storage/PgGatewayRepository.h"

#include "storage/PgErrors.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

std::optional<domain::GatewayCredentialRecord> PgGatewayRepository::findGateway(std::int64_t gatewayId) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::GatewayCredentialRecord> {
        const auto rows = tx.exec_prepared(std::string(sql::kGatewayCredential.name), gatewayId);
        if (rows.empty()) {
            return std::nullopt;
        }
        domain::GatewayCredentialRecord gateway;
        gateway.id = rows[0]["id"].as<std::int64_t>();
        gateway.storeId = rows[0]["store_id"].as<std::int64_t>();
        gateway.name = rows[0]["name"].as<std::string>();
        if (!rows[0]["credential_hash"].is_null()) {
            gateway.credentialHash = rows[0]["credential_hash"].as<std::string>();
        }
        return gateway;
    });
}

std::optional<std::int64_t> PgGatewayRepository::findGatewayByName(std::int64_t storeId, const std::string& name) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<std::int64_t> {
        const auto rows = tx.exec_params(std::string(sql::kGatewayFindByName), storeId, name);
        if (rows.empty()) {
            return std::nullopt;
        }
        return rows[0][0].as<std::int64_t>();
    });
}

std::int64_t PgGatewayRepository::createGateway(std::int64_t storeId, const std::string& name) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kGatewayInsert), storeId, name)[0].as<std::int64_t>();
    });
}

void PgGatewayRepository::setCredentialHash(std::int64_t gatewayId, const std::string& credentialHash) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec_params0(std::string(sql::kGatewaySetCredential), gatewayId, credentialHash);
    });
}

std::optional<std::int64_t> PgGatewayRepository::soleStore() {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<std::int64_t> {
        const auto rows = tx.exec(std::string(sql::kGatewayFirstTwoStores));
        if (rows.size() != 1) {
            return std::nullopt;
        }
        return rows[0][0].as<std::int64_t>();
    });
}

} // namespace kiroku::backend::storage
