#include "storage/PgStoreAdminRepository.h"

#include "domain/Errors.h"
#include "storage/PgErrors.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

std::optional<std::int64_t> PgStoreAdminRepository::findStore(const std::string& code) {
    return withTransaction(m_pool, [&](pqxx::work& tx) -> std::optional<std::int64_t> {
        const auto rows = tx.exec_params(std::string(sql::kFindStoreByCode), code);
        if (rows.empty()) {
            return std::nullopt;
        }
        return rows[0][0].as<std::int64_t>();
    });
}

std::int64_t PgStoreAdminRepository::createStore(const domain::NewStore& store) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kInsertStore), store.code, store.name, store.timeZone, store.rulesJson)[0]
            .as<std::int64_t>();
    });
}

std::int64_t PgStoreAdminRepository::ensureBooth(std::int64_t storeId, const std::string& label,
                                                 const std::string& kind) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kEnsureBooth), storeId, label, kind)[0].as<std::int64_t>();
    });
}

std::int64_t PgStoreAdminRepository::ensureTerminal(std::int64_t storeId, const std::string& number,
                                                    std::int64_t boothId) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kEnsureTerminal), storeId, number, boothId)[0].as<std::int64_t>();
    });
}

std::int64_t PgStoreAdminRepository::upsertStaff(const domain::NewStaff& staff) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kUpsertStaff), staff.storeId, staff.login, staff.displayName, staff.role,
                               staff.passwordHash)[0]
            .as<std::int64_t>();
    });
}

} // namespace kiroku::backend::storage
