#include "app/Wiring.h"

#include "crypto/Errors.h"
#include "http/handlers/HealthHandler.h"
#include "http/handlers/LoginHandler.h"
#include "http/handlers/LogoutHandler.h"
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
      readiness(pool, migrations), router(log, settings.maxBodyBytes), keyRepository(pool), authRepository(pool), storeRepository(pool) {
    router.add("GET", "/healthz", std::make_unique<http::HealthHandler>());
    router.add("GET", "/readyz", std::make_unique<http::ReadyHandler>(readiness));
}

crypto::KeyEncryptionKey loadKek(const Settings& settings) {
    if (!settings.crypto.kekFile.empty()) {
        return crypto::KeyEncryptionKey::fromFile(settings.crypto.kekFile, settings.crypto.kekVersion);
    }
    if (const char* env = std::getenv("KIROKU_KEK"); env != nullptr && *env != '\0') {
        return crypto::KeyEncryptionKey::fromEnvironmentValue(env, settings.crypto.kekVersion);
    }
    throw crypto::KeyFileError("no key-encryption key: set crypto.kek_file (a file with mode 0600) or KIROKU_KEK");
}

void Wiring::start(const Settings& settings) {
    keys = std::make_unique<services::KeyService>(keyRepository, loadKek(settings));
    auth = std::make_unique<services::AuthService>(authRepository, passwordHasher, *keys);

    router.add("POST", "/v1/auth/login", std::make_unique<http::LoginHandler>(*auth));
    router.add("POST", "/v1/auth/logout", std::make_unique<http::LogoutHandler>(*auth));
}

} // namespace kiroku::backend::app
