#pragma once

#include "app/Log.h"
#include "app/Settings.h"
#include "http/Router.h"
#include "storage/ConnectionPool.h"
#include "storage/Migrator.h"
#include "crypto/PasswordHasher.h"
#include "services/auth/AuthService.h"
#include "services/keys/KeyService.h"
#include "storage/PgAuthRepository.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgReadinessProbe.h"
#include "storage/PgStoreRepository.h"


#include <memory>

namespace kiroku::backend::app {

/// Every long-lived object of the server, built in dependency order and torn down in reverse.
/// main() only builds this and starts the server; tests can build it too.
/// The key-encryption key from crypto.kek_file, else $KIROKU_KEK; throws crypto::KeyFileError.
crypto::KeyEncryptionKey loadKek(const Settings& settings);

struct Wiring {
    Wiring(const Settings& settings, const Log& log);

    /// Loads the key hierarchy and registers every route. Needs the database migrated.
    void start(const Settings& settings);

    std::vector<storage::MigrationFile> migrations;
    storage::ConnectionPool pool;
    storage::PgReadinessProbe readiness;
    http::Router router;
    crypto::PasswordHasher passwordHasher;
    storage::PgKeyRepository keyRepository;
    storage::PgAuthRepository authRepository;
    storage::PgStoreRepository storeRepository;
    std::unique_ptr<services::KeyService> keys;
    std::unique_ptr<services::AuthService> auth;
};

} // namespace kiroku::backend::app
