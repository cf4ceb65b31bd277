#pragma once

#include "http/HttpsServer.h"
#include "http/PoliceListener.h"

#include <Poco/Util/AbstractConfiguration.h>
#include <Poco/Util/LayeredConfiguration.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace kiroku::backend::app {

struct DatabaseSettings {
    std::string dsn; ///< libpq connection string; must be set (the run script sets the embedded one)
    std::size_t poolSize = 16;
    std::chrono::milliseconds acquireTimeout{2000};
    bool migrateOnStart = false;
    std::string migrationsDir; ///< empty: the source tree's, else the installed copy
    /// The role the server's pooled connections take (SET ROLE) after connecting; empty: stay the connecting user.
    /// kirokuctl keeps the connecting user (the schema owner).
    std::string role = "kiroku_app";
};

struct CryptoSettings {
    std::string kekFile;          ///< key-encryption key file (mode 0600); else $KIROKU_KEK
    std::uint32_t kekVersion = 1; ///< the version recorded with keys this KEK wraps
    /// Where the vault halves of the retention months' keys live (0700, outside the database and its backups).
    /// Required as soon as personal data is recorded; never defaulted.
    std::string keyVaultDir;
};

/// The daily purge inside the server (docs/retention.md).
struct RetentionSettings {
    bool purgeEnabled = true;
    std::string purgeTime = "00:15";     ///< "HH:MM", local time in timeZone
    std::string timeZone = "Asia/Tokyo"; ///< the zone of purgeTime
    std::size_t batchSize = 5000;        ///< rows deleted per statement
    int workShare = 50;                  ///< percent of the time the daily job's row-by-row deletes work
};

/// Test-only settings, refused unless testing.enabled is true; the server logs a loud warning when they are on.
struct TestingSettings {
    bool enabled = false;
    std::string fixedNow; ///< RFC 3339: the server's clock starts at this instant and runs on from there
};

struct VisitSettings {
    /// How far back a check-in may date its start (`started_at`, a kiosk replaying offline check-ins).
    std::chrono::hours maxBackdate{24};
};

/// The daily signed checkpoint of each store's audit chain.
struct AuditSettings {
    bool checkpointsEnabled = true;
    int checkpointHour = 4; ///< store-local wall-clock time of the daily checkpoint
    int checkpointMinute = 0;
};

struct LogSettings {
    std::string level = "information";
    std::string file; ///< empty: standard error
};

/// Every setting of the server and of kirokuctl, read from Poco configuration files
/// (.ini or .properties; later files override earlier ones). Each key is documented in
/// docs/configuration.md. Relative paths are resolved against the directory of the file that set them.
struct Settings {
    http::ServerSettings server;
    std::size_t maxBodyBytes = 64 * 1024;
    std::size_t gatewayMaxBodyBytes = 8 * 1024 * 1024; ///< POST /v1/gateway-logs only
    std::string portFile; ///< when set, the bound port is written there once listening (tests, scripts)
    DatabaseSettings database;
    CryptoSettings crypto;
    LogSettings log;
    TestingSettings testing;
    RetentionSettings retention;
    /// The mutual-TLS listener for police clients; off while police.ca_file is empty.
    http::PoliceListenerSettings police;
    std::string policePortFile; ///< when set, the police listener's bound port is written there
    AuditSettings audit;
    VisitSettings visits;

    /// Reads the settings; throws std::invalid_argument naming the key for a bad value.
    static Settings from(const Poco::Util::AbstractConfiguration& config);
};

/// Loads configuration files in order into `config` (later ones take precedence); throws
/// std::invalid_argument when a file is missing or unreadable.
void loadConfigFiles(Poco::Util::LayeredConfiguration& config, const std::vector<std::string>& files);

} // namespace kiroku::backend::app
