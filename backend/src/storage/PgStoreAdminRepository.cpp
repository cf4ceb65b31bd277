#include "storage/PgStoreAdminRepository.h"

#include "domain/Errors.h"
#include "storage/PgErrors.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

namespace {

const char* orNull(const std::optional<std::string>& value) {
    return value ? value->c_str() : nullptr;
}

} // namespace

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
        return tx
            .exec_params1(std::string(sql::kInsertStore), store.code, store.name, store.timeZone, store.rulesJson,
                          orNull(store.notificationDate), orNull(store.notificationNumber))[0]
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
        return tx
            .exec_params1(std::string(sql::kUpsertStaff), staff.storeId, staff.login, staff.displayName, staff.role,
                          staff.passwordHash)[0]
            .as<std::int64_t>();
    });
}

namespace {

std::optional<std::int64_t> firstId(const pqxx::result& rows) {
    if (rows.empty()) {
        return std::nullopt;
    }
    return rows[0][0].as<std::int64_t>();
}

} // namespace

std::optional<std::int64_t> PgStoreAdminRepository::findBooth(std::int64_t storeId, const std::string& label) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return firstId(tx.exec_params(std::string(sql::kAdminFindBooth), storeId, label));
    });
}

bool PgStoreAdminRepository::storeExists(std::int64_t storeId) {
    return withTransaction(
        m_pool, [&](pqxx::work& tx) { return !tx.exec_params(std::string(sql::kAdminStoreExists), storeId).empty(); });
}

bool PgStoreAdminRepository::boothExists(std::int64_t storeId, std::int64_t boothId) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return !tx.exec_params(std::string(sql::kAdminBoothExists), storeId, boothId).empty();
    });
}

std::optional<std::int64_t> PgStoreAdminRepository::findTerminal(std::int64_t storeId, const std::string& number) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return firstId(tx.exec_params(std::string(sql::kAdminFindTerminal), storeId, number));
    });
}

std::int64_t PgStoreAdminRepository::createBooth(std::int64_t storeId, const std::string& label,
                                                 const std::string& kind) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx.exec_params1(std::string(sql::kAdminInsertBooth), storeId, label, kind)[0].as<std::int64_t>();
    });
}

std::int64_t PgStoreAdminRepository::createTerminal(const domain::NewTerminal& terminal) {
    const std::optional<std::string> booth =
        terminal.boothId ? std::optional<std::string>(std::to_string(*terminal.boothId)) : std::nullopt;
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx
            .exec_params1(std::string(sql::kAdminInsertTerminal), terminal.storeId, terminal.number, orNull(booth),
                          orNull(terminal.hostname), orNull(terminal.macAddress), orNull(terminal.privateIp))[0]
            .as<std::int64_t>();
    });
}

std::int64_t PgStoreAdminRepository::createStaff(const domain::NewStaff& staff) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        return tx
            .exec_params1(std::string(sql::kInsertStaff), staff.storeId, staff.login, staff.displayName, staff.role,
                          staff.passwordHash)[0]
            .as<std::int64_t>();
    });
}

void PgStoreAdminRepository::setTerminalCredential(std::int64_t terminalId, const std::string& credentialHash) {
    withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec_params(std::string(sql::kAdminSetTerminalCredential), terminalId, credentialHash);
    });
}

} // namespace kiroku::backend::storage
