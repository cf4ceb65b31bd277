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

// --- planner --------------------------------------------------------------------------------------
// Statements over every month partition cross the JIT cost threshold; compiling them takes seconds, far more than it
// saves on the rows they read (the retention report took 4–6 s with JIT and 1.7 s without). Used by the NAT ingest
// and the retention report, inside their transactions.
inline constexpr std::string_view kNoJit = "SET LOCAL jit = off";
// Background work (the purge) runs on one core: a parallel plan (a partition's rows counted by store, say) would take
// every core of a small machine for its length, and the check-ins of that moment would wait for CPU.
inline constexpr std::string_view kOneCore = "SET LOCAL max_parallel_workers_per_gather = 0";

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
inline constexpr Statement kAppliedMigrations{"applied_migrations",
                                              "SELECT version, name, checksum FROM schema_migrations ORDER BY version"};
inline constexpr Statement kRecordMigration{
    "record_migration", "INSERT INTO schema_migrations (version, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)"};
inline constexpr Statement kMigrationsTableExists{"migrations_table_exists",
                                                  "SELECT to_regclass('schema_migrations') IS NOT NULL"};

// --- stores, booths, terminals, staff (administration) ------------------------------------------
inline constexpr Statement kFindStore{
    "find_store", "SELECT id, code, name, time_zone, rules::text AS rules FROM stores WHERE id = $1"};
inline constexpr std::string_view kFindStoreByCode = "SELECT id FROM stores WHERE code = $1";
inline constexpr std::string_view kAdminStoreExists = "SELECT 1 FROM stores WHERE id = $1";
inline constexpr std::string_view kAdminBoothExists = "SELECT 1 FROM booths WHERE store_id = $1 AND id = $2";
inline constexpr std::string_view kInsertStore =
    "INSERT INTO stores (code, name, time_zone, rules, notification_date, notification_number) "
    "VALUES ($1, $2, $3, $4::jsonb, $5::date, $6) RETURNING id";
inline constexpr std::string_view kEnsureBooth = R"(
WITH ins AS (
    INSERT INTO booths (store_id, label, kind) VALUES ($1, $2, $3)
    ON CONFLICT (store_id, label) DO NOTHING RETURNING id)
SELECT id FROM ins UNION ALL SELECT id FROM booths WHERE store_id = $1 AND label = $2 LIMIT 1)";
inline constexpr std::string_view kEnsureTerminal = R"(
WITH ins AS (
    INSERT INTO terminals (store_id, number, booth_id) VALUES ($1, $2, $3)
    ON CONFLICT (store_id, number) DO NOTHING RETURNING id)
SELECT id FROM ins UNION ALL SELECT id FROM terminals WHERE store_id = $1 AND number = $2 LIMIT 1)";
inline constexpr std::string_view kUpsertStaff = R"(
INSERT INTO staff (store_id, login, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (login) DO UPDATE SET store_id = EXCLUDED.store_id, display_name = EXCLUDED.display_name,
    role = EXCLUDED.role, password_hash = EXCLUDED.password_hash, failed_logins = 0, locked_until = NULL
RETURNING id)";
inline constexpr std::string_view kInsertStaff =
    "INSERT INTO staff (store_id, login, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id";

// --- data keys (envelope encryption) -------------------------------------------------------------
inline constexpr std::string_view kFindCurrentDataKey =
    "SELECT id, purpose, scope, kek_version, wrapped_key, vault FROM data_keys "
    "WHERE purpose = $1 AND scope = $2 AND retired_at IS NULL AND destroyed_at IS NULL";
inline constexpr std::string_view kFindDataKeyById =
    "SELECT id, purpose, scope, kek_version, wrapped_key, vault FROM data_keys WHERE id = $1 AND destroyed_at IS NULL";
inline constexpr std::string_view kNextDataKeyId = "SELECT nextval(pg_get_serial_sequence('data_keys', 'id'))::integer";
inline constexpr std::string_view kInsertDataKey =
    "INSERT INTO data_keys (id, purpose, scope, kek_version, wrapped_key, vault) VALUES ($1, $2, $3, $4, $5, $6) "
    "ON CONFLICT (purpose, scope) WHERE retired_at IS NULL DO NOTHING RETURNING id";
inline constexpr std::string_view kAllLiveDataKeys = "SELECT id, purpose, scope, kek_version, wrapped_key, vault "
                                                     "FROM data_keys WHERE destroyed_at IS NULL ORDER BY id";
// The id naming this database's folder in the key vault, made by the first process that needs it.
inline constexpr std::string_view kKeyVaultInstance = R"(
WITH made AS (
    INSERT INTO key_vault_instance (id) VALUES (gen_random_uuid()) ON CONFLICT DO NOTHING RETURNING id::text AS id)
SELECT id FROM made UNION ALL SELECT id::text FROM key_vault_instance LIMIT 1)";

// --- staff authentication and sessions ------------------------------------------------------------
inline constexpr Statement kFindStaffByLogin{"find_staff_by_login", R"(
SELECT s.id, s.store_id, s.role, s.login, s.display_name, s.password_hash, s.disabled, s.failed_logins,
       (extract(epoch FROM s.locked_until) * 1000000)::bigint AS locked_until_us,
       st.code AS store_code, st.name AS store_name
FROM staff s JOIN stores st ON st.id = s.store_id
WHERE s.login = $1)"};
inline constexpr std::string_view kRecordFailedLogin = R"(
UPDATE staff SET failed_logins = failed_logins + 1,
    locked_until = CASE WHEN failed_logins + 1 >= $2 THEN to_timestamp($3::bigint / 1000000.0) ELSE locked_until END
WHERE id = $1)";
inline constexpr std::string_view kResetFailedLogins =
    "UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = $1";
inline constexpr std::string_view kInsertSession = "INSERT INTO auth_sessions (staff_id, token_hash, expires_at) "
                                                   "VALUES ($1, $2, to_timestamp($3::bigint / 1000000.0))";
inline constexpr Statement kFindSession{"find_session", R"(
SELECT s.id, s.store_id, s.role, s.login
FROM auth_sessions a JOIN staff s ON s.id = a.staff_id
WHERE a.token_hash = $1 AND a.revoked_at IS NULL AND a.expires_at > to_timestamp($2::bigint / 1000000.0)
  AND NOT s.disabled)"};
inline constexpr std::string_view kRevokeSession =
    "UPDATE auth_sessions SET revoked_at = to_timestamp($2::bigint / 1000000.0) "
    "WHERE token_hash = $1 AND revoked_at IS NULL";

/// Prepares every statement above (and those of the repositories) on a new connection.
void prepareStatements(pqxx::connection& connection);

} // namespace kiroku::backend::storage::sql

namespace kiroku::backend::storage {
using sql::prepareStatements;
}
#include "storage/sql/AuditSql.h"
#include "storage/sql/BoothSql.h"
#include "storage/sql/IdentitySql.h"
#include "storage/sql/LegalHoldSql.h"
#include "storage/sql/MemberSql.h"
#include "storage/sql/NatSql.h"
#include "storage/sql/PoliceRetentionSql.h"
#include "storage/sql/PoliceSql.h"
#include "storage/sql/ReportSql.h"
#include "storage/sql/RetentionSql.h"
#include "storage/sql/TerminalSql.h"
#include "storage/sql/VisitSql.h"
