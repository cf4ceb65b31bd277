#include "storage/PgTerminalEventRepository.h"

#include "storage/PgErrors.h"
#include "storage/PgTime.h"
#include "storage/Sql.h"

#include <pqxx/pqxx>

namespace kiroku::backend::storage {

namespace {
const char* orNull(const std::optional<std::string>& value) {
    return value ? value->c_str() : nullptr;
}
} // namespace

std::optional<domain::TerminalCredentialRecord> PgTerminalEventRepository::findTerminal(std::int64_t terminalId) {
    return withSingleStatement(
        m_pool, [&](pqxx::nontransaction& tx) -> std::optional<domain::TerminalCredentialRecord> {
            const auto rows = tx.exec_prepared(std::string(sql::kTerminalCredential.name), terminalId);
            if (rows.empty()) {
                return std::nullopt;
            }
            domain::TerminalCredentialRecord terminal;
            terminal.id = rows[0]["id"].as<std::int64_t>();
            terminal.storeId = rows[0]["store_id"].as<std::int64_t>();
            terminal.number = rows[0]["number"].as<std::string>();
            if (!rows[0]["credential_hash"].is_null()) {
                terminal.credentialHash = rows[0]["credential_hash"].as<std::string>();
            }
            return terminal;
        });
}

bool PgTerminalEventRepository::record(const domain::TerminalCredentialRecord& terminal,
                                       const domain::TerminalEvent& event) {
    return withTransaction(m_pool, [&](pqxx::work& tx) {
        tx.exec_prepared(std::string(sql::kTerminalEventKeyLock.name), terminal.id, event.eventKey);
        return !tx.exec_prepared(std::string(sql::kTerminalInsertEvent.name), terminal.storeId, terminal.id,
                                 toEpochMicros(event.at), std::string(domain::toCode(event.kind)),
                                 orNull(event.privateIp), orNull(event.macAddress), event.eventKey)
                    .empty();
    });
}

} // namespace kiroku::backend::storage
