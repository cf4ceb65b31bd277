#include "cli/Command.h"
#include "storage/Migrator.h"
#include "storage/PgRetentionStore.h"

#include <pqxx/pqxx>

#include <ostream>

namespace kiroku::backend::cli {

namespace {
std::filesystem::path migrationsDir(const app::Settings& s) {
    return s.database.migrationsDir.empty() ? storage::defaultMigrationsDirectory()
                                            : std::filesystem::path(s.database.migrationsDir);
}
} // namespace

Command migrateCommand() {
    return {"migrate", "migrate", "apply the pending SQL migrations, in order, each in its own transaction",
            [](CommandContext& ctx) {
                pqxx::connection connection(ctx.settings.database.dsn);
                storage::Migrator migrator(connection, storage::loadMigrations(migrationsDir(ctx.settings)));
                const auto report = migrator.migrate();
                for (const auto& name : report.applied) {
                    ctx.out << "applied " << name << '\n';
                }
                ctx.out << report.applied.size() << " applied, " << report.alreadyApplied << " already applied\n";
                // Partitions ahead of time (the server's daily job keeps them so too).
                if (const auto created =
                        storage::maintainPartitionsIfPresent(connection, std::chrono::system_clock::now())) {
                    ctx.out << "partitions: " << *created << " created ahead of time\n";
                }
                return kExitOk;
            }};
}

Command migrationStatusCommand() {
    return {"migration-status", "migration-status", "list the migrations and whether each is applied",
            [](CommandContext& ctx) {
                pqxx::connection connection(ctx.settings.database.dsn);
                const auto files = storage::loadMigrations(migrationsDir(ctx.settings));
                storage::Migrator migrator(connection, files);
                const auto applied = migrator.applied();
                for (const auto& file : files) {
                    const auto it = std::find_if(applied.begin(), applied.end(),
                                                 [&](const auto& a) { return a.version == file.version; });
                    const char* state = it == applied.end()             ? "pending"
                                        : it->checksum == file.checksum ? "applied"
                                                                        : "CHANGED after it was applied";
                    ctx.out << file.name << ": " << state << '\n';
                }
                return migrator.upToDate() ? kExitOk : kExitDataErr;
            }};
}

} // namespace kiroku::backend::cli
