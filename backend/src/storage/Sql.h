#pragma once

#include <pqxx/connection>

// Every SQL statement the backend runs, in one place. Values are always parameters: statements on
// hot paths are prepared on each pooled connection under their name (exec_prepared); the rest run
// with exec_params.

#include <string_view>


namespace kiroku::backend::storage::sql {

struct Statement {
    std::string_view name;
    std::string_view text;
};

// --- migrations -------------------------------------------------------------------------------
inline constexpr std::string_view kCreateMigrationsTable = R"(
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     integer PRIMARY KEY,
    name        text        NOT NULL,
    checksum    text        NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    duration_ms integer     NOT NULL
))";
// Serialises migrators of one database (several servers starting at once).
inline constexpr Statement kMigrationLock{"migration_lock", "SELECT pg_advisory_xact_lock(7403162021)"};
inline constexpr Statement kAppliedMigrations{
    "applied_migrations", "SELECT version, name, checksum FROM schema_migrations ORDER BY version"};
inline constexpr Statement kRecordMigration{
    "record_migration",
    "INSERT INTO schema_migrations (version, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)"};
inline constexpr Statement kMigrationsTableExists{
    "migrations_table_exists", "SELECT to_regclass('schema_migrations') IS NOT NULL"};

/// Prepares every statement above (and those of the repositories) on a new connection.
void prepareStatements(pqxx::connection& connection);

} // namespace kiroku::backend::storage::sql

namespace kiroku::backend::storage {
using sql::prepareStatements;
}
