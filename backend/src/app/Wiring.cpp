#include "app/Wiring.h"

#include "http/handlers/HealthHandler.h"
#include "http/handlers/ReadyHandler.h"

namespace kiroku::backend::app {

namespace {
std::filesystem::path migrationsDir(const Settings& s) {
    return s.database.migrationsDir.empty() ? storage::defaultMigrationsDirectory()
                                            : std::filesystem::path(s.database.migrationsDir);
}
} // namespace

Wiring::Wiring(const Settings& settings, const Log& log)
    : migrations(storage::loadMigrations(migrationsDir(settings))),
      pool(settings.database.dsn, settings.database.poolSize, settings.database.acquireTimeout),
      readiness(pool, migrations), router(log, settings.maxBodyBytes) {
    router.add("GET", "/healthz", std::make_unique<http::HealthHandler>());
    router.add("GET", "/readyz", std::make_unique<http::ReadyHandler>(readiness));
}

} // namespace kiroku::backend::app
