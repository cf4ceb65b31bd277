#include "storage/PgSigningKeyRepository.h"

#include "storage/PgAuditLog.h"
#include "storage/PgErrors.h"
#include "storage/Sql.h"

namespace kiroku::backend::storage {

namespace {

std::vector<std::uint8_t> readBytes(const pqxx::field& field) {
    const pqxx::binarystring value(field);
    return std::vector<std::uint8_t>(value.begin(), value.end());
}

pqxx::binarystring bytes(const std::vector<std::uint8_t>& value) {
    return pqxx::binarystring(value.data(), value.size());
}

domain::StoredSigningKey readKey(const pqxx::row& row) {
    domain::StoredSigningKey key;
    key.id = row["id"].as<std::uint32_t>();
    key.storeId = row["store_id"].as<std::int64_t>();
    key.publicKey = readBytes(row["public_key"]);
    key.kekVersion = row["kek_version"].as<std::uint32_t>();
    key.wrappedPrivateKey = readBytes(row["wrapped_private_key"]);
    return key;
}

std::optional<domain::StoredSigningKey> first(const pqxx::result& rows) {
    if (rows.empty()) {
        return std::nullopt;
    }
    return readKey(rows[0]);
}

} // namespace

std::optional<domain::StoredSigningKey> PgSigningKeyRepository::current(std::int64_t storeId) {
    return withTransaction(
        m_pool, [&](pqxx::work& tx) { return first(tx.exec_params(std::string(sql::kCurrentSigningKey), storeId)); });
}

std::optional<domain::StoredSigningKey> PgSigningKeyRepository::byId(std::uint32_t id) {
    return withTransaction(
        m_pool, [&](pqxx::work& tx) { return first(tx.exec_params(std::string(sql::kSigningKeyById), id)); });
}

std::uint32_t PgSigningKeyRepository::nextId() {
    return withTransaction(
        m_pool, [&](pqxx::work& tx) { return tx.exec1(std::string(sql::kNextSigningKeyId))[0].as<std::uint32_t>(); });
}

domain::StoredSigningKey PgSigningKeyRepository::insertCurrent(const domain::StoredSigningKey& key) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        const auto inserted = tx.exec_params(std::string(sql::kInsertSigningKey), key.id, key.storeId,
                                             bytes(key.publicKey), key.kekVersion, bytes(key.wrappedPrivateKey));
        if (!inserted.empty()) {
            return key;
        }
        return readKey(tx.exec_params1(std::string(sql::kCurrentSigningKey), key.storeId));
    });
}

std::vector<domain::StoredSigningKey> PgSigningKeyRepository::all() {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        std::vector<domain::StoredSigningKey> keys;
        for (const auto& row : tx.exec(std::string(sql::kAllSigningKeys))) {
            keys.push_back(readKey(row));
        }
        return keys;
    });
}

void PgSigningKeyRepository::storeRewrapped(std::uint32_t id, std::uint32_t kekVersion,
                                            const std::vector<std::uint8_t>& wrapped, const domain::AuditEntry& audit) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec_params(std::string(sql::kStoreRewrappedSigningKey), id, kekVersion, bytes(wrapped));
        appendAudit(tx, audit);
    });
}

} // namespace kiroku::backend::storage
