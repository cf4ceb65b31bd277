#include "storage/PgStoreRepository.h"

#include "domain/Errors.h"
#include "services/stores/StoreRulesJson.h"
#include "storage/PgErrors.h"
#include "storage/Sql.h"

namespace kiroku::backend::storage {

std::optional<domain::Store> PgStoreRepository::find(std::int64_t storeId) {
    return withSingleStatement(m_pool, [&](pqxx::nontransaction& tx) -> std::optional<domain::Store> {
        const auto rows = tx.exec_prepared(std::string(sql::kFindStore.name), storeId);
        if (rows.empty()) {
            return std::nullopt;
        }
        domain::Store store;
        store.id = rows[0]["id"].as<std::int64_t>();
        store.code = rows[0]["code"].as<std::string>();
        store.name = rows[0]["name"].as<std::string>();
        store.rules =
            services::parseStoreRules(rows[0]["rules"].as<std::string>(), rows[0]["time_zone"].as<std::string>());
        return store;
    });
}

} // namespace kiroku::backend::storage
