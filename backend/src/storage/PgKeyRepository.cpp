#include "storage/PgKeyRepository.h"

#include "storage/PgErrors.h"
#include "storage/Sql.h"

namespace kiroku::backend::storage {

namespace {

domain::StoredDataKey fromRow(const pqxx::row& row) {
    domain::StoredDataKey key;
    key.id = row["id"].as<std::uint32_t>();
    key.purpose = row["purpose"].as<std::string>();
    key.scope = row["scope"].as<std::string>();
    key.kekVersion = row["kek_version"].as<std::uint32_t>();
    const pqxx::binarystring wrapped(row["wrapped_key"]);
    key.wrapped.assign(wrapped.begin(), wrapped.end());
    key.vault = row["vault"].as<bool>();
    return key;
}

} // namespace

std::optional<domain::StoredDataKey> PgKeyRepository::findCurrent(const std::string& purpose,
                                                                  const std::string& scope) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::StoredDataKey> {
        const auto rows = tx.exec_params(std::string(sql::kFindCurrentDataKey), purpose, scope);
        if (rows.empty()) {
            return std::nullopt;
        }
        return fromRow(rows[0]);
    });
}

std::optional<domain::StoredDataKey> PgKeyRepository::findById(std::uint32_t id) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<domain::StoredDataKey> {
        const auto rows = tx.exec_params(std::string(sql::kFindDataKeyById), id);
        if (rows.empty()) {
            return std::nullopt;
        }
        return fromRow(rows[0]);
    });
}

std::uint32_t PgKeyRepository::nextKeyId() {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kNextDataKeyId))[0].as<std::uint32_t>();
    });
}

domain::StoredDataKey PgKeyRepository::insertCurrent(const domain::StoredDataKey& key) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        const pqxx::binarystring wrapped(key.wrapped.data(), key.wrapped.size());
        const auto inserted = tx.exec_params(std::string(sql::kInsertDataKey), key.id, key.purpose, key.scope,
                                             key.kekVersion, wrapped, key.vault);
        if (!inserted.empty()) {
            return key;
        }
        return fromRow(tx.exec_params1(std::string(sql::kFindCurrentDataKey), key.purpose, key.scope));
    });
}

std::string PgKeyRepository::vaultInstance() {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kKeyVaultInstance))[0].as<std::string>();
    });
}

std::vector<domain::StoredDataKey> PgKeyRepository::allLive() {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<domain::StoredDataKey> keys;
        for (const auto& row : tx.exec_params(std::string(sql::kAllLiveDataKeys))) {
            keys.push_back(fromRow(row));
        }
        return keys;
    });
}

} // namespace kiroku::backend::storage
