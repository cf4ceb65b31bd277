#include "storage/Sql.h"

#include <pqxx/pqxx>

#include <array>
#include <string>

namespace kiroku::backend::storage::sql {

void prepareStatements(pqxx::connection& connection) {
    static constexpr std::array kStatements{
        kAppliedMigrations,
        kFindStaffByLogin,
        kFindSession,
        kFindStore,
    };
    for (const auto& statement : kStatements) {
        connection.prepare(std::string(statement.name), std::string(statement.text));
    }
}

} // namespace kiroku::backend::storage::sql
