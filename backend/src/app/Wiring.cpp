#include "app/Wiring.h"

#include "crypto/Errors.h"
#include "http/dto/Time.h"
#include "http/handlers/AdminBoothCreateHandler.h"
#include "http/handlers/AdminStaffCreateHandler.h"
#include "http/handlers/AdminStoreCreateHandler.h"
#include "http/handlers/AdminTerminalCreateHandler.h"
#include "http/handlers/AuditCheckpointHandler.h"
#include "http/handlers/AuditVerifyHandler.h"
#include "http/handlers/BoothListHandler.h"
#include "http/handlers/BoothStatusHandler.h"
#include "http/handlers/GatewayLogHandler.h"
#include "http/handlers/HealthHandler.h"
#include "http/handlers/IdentityVerificationHandler.h"
#include "http/handlers/LegalHoldCreateHandler.h"
#include "http/handlers/LegalHoldListHandler.h"
#include "http/handlers/LegalHoldReleaseHandler.h"
#include "http/handlers/LoginHandler.h"
#include "http/handlers/LogoutHandler.h"
#include "http/handlers/MemberCardHandler.h"
#include "http/handlers/MemberCreateHandler.h"
#include "http/handlers/MemberLookupHandler.h"
#include "http/handlers/PoliceAnswerCreateHandler.h"
#include "http/handlers/PoliceAnswerGetHandler.h"
#include "http/handlers/PoliceRequestApproveHandler.h"
#include "http/handlers/PoliceRequestCreateHandler.h"
#include "http/handlers/PoliceRequestGetHandler.h"
#include "http/handlers/PoliceRequestListHandler.h"
#include "http/handlers/PoliceRequestRejectHandler.h"
#include "http/handlers/ReadyHandler.h"
#include "http/handlers/RetentionReportHandler.h"
#include "http/handlers/TerminalEventHandler.h"
#include "http/handlers/VisitCheckInHandler.h"
#include "http/handlers/VisitCheckoutHandler.h"
#include "http/handlers/VisitListHandler.h"
#include "http/handlers/VisitMoveHandler.h"

#include <iostream>

namespace kiroku::backend::app {

namespace {
std::filesystem::path migrationsDir(const Settings& s) {
    return s.database.migrationsDir.empty() ? storage::defaultMigrationsDirectory()
                                            : std::filesystem::path(s.database.migrationsDir);
}
} // namespace

Wiring::Wiring(const Settings& settings, const Log& log)
    : migrations(storage::loadMigrations(migrationsDir(settings))),
      pool(settings.database.dsn, settings.database.poolSize, settings.database.acquireTimeout, settings.database.role),
      readiness(pool, migrations), router(log, settings.maxBodyBytes), keyRepository(pool), authRepository(pool),
      pgStoreRepository(pool), storeRepository(pgStoreRepository, std::chrono::seconds(30)),
      policeRouter(log, settings.maxBodyBytes) {
    router.add("GET", "/healthz", std::make_unique<http::HealthHandler>());
    router.add("GET", "/readyz", std::make_unique<http::ReadyHandler>(readiness));
    clock = makeClock(settings, log);
}

std::unique_ptr<services::Clock> makeClock(const Settings& settings, const Log& log) {
    if (settings.testing.enabled) {
        log.warning("testing.enabled", {{"message", "TESTING MODE IS ON: never run a store like this"}});
    }
    if (!settings.testing.enabled || settings.testing.fixedNow.empty()) {
        return std::make_unique<services::SystemClock>();
    }
    const auto start = http::parseInstant(settings.testing.fixedNow);
    if (!start) {
        throw std::invalid_argument("configuration key testing.fixed_now must be an RFC 3339 instant");
    }
    log.warning("testing.fixed_now", {{"message", "THE SERVER'S CLOCK IS SET FOR TESTING: visits, night hours and "
                                                  "retention use it instead of the real time"},
                                      {"starts_at", settings.testing.fixedNow}});
    std::cerr << "kiroku-server: WARNING: testing.fixed_now is set; the clock starts at " << settings.testing.fixedNow
              << " instead of the real time. Never run a store like this.\n";
    return std::make_unique<services::ShiftedClock>(*start);
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

std::filesystem::path keyVaultDir(const Settings& settings) {
    return settings.crypto.keyVaultDir;
}

std::unique_ptr<services::KeyService> makeKeyService(const Settings& settings, storage::PgKeyRepository& repository) {
    crypto::KeyVault vault(keyVaultDir(settings), [&repository] { return repository.vaultInstance(); });
    return std::make_unique<services::KeyService>(repository, loadKek(settings), std::move(vault));
}

void Wiring::start(const Settings& settings) {
    keys = makeKeyService(settings, keyRepository);
    auth = std::make_unique<services::AuthService>(authRepository, passwordHasher, *keys);
    identity = std::make_unique<services::IdentityService>(identityRepository, memberRepository, storeRepository, *keys,
                                                           [c = clock.get()] { return c->now(); });
    members = std::make_unique<services::MemberService>(memberRepository, *identity, storeRepository, *keys,
                                                        [c = clock.get()] { return c->now(); });
    visits = std::make_unique<services::VisitService>(visitRepository, idempotencyStore, *identity, storeRepository,
                                                      *clock, settings.visits.maxBackdate);
    booths = std::make_unique<services::BoothService>(boothRepository);
    terminalEvents = std::make_unique<services::TerminalEventService>(terminalEventRepository, *keys, *clock);
    auditVerifier = std::make_unique<services::AuditVerifier>(auditLog);
    storeSigner = std::make_unique<services::StoreSigner>(signingKeyRepository, keys->kek());
    checkpoints = std::make_unique<services::CheckpointService>(checkpointRepository, auditLog, *storeSigner,
                                                                storeRepository, *clock);
    gatewayAuth = std::make_unique<services::GatewayAuth>(gatewayRepository, *keys);
    natIngest = std::make_unique<services::NatIngestService>(natMappingRepository, *clock);
    retentionReports = std::make_unique<services::RetentionReportService>(retentionReportRepository, storeRepository,
                                                                          auditLog, checkpointRepository, *clock);

    router.add("POST", "/v1/auth/login", std::make_unique<http::LoginHandler>(*auth));
    router.add("POST", "/v1/auth/logout", std::make_unique<http::LogoutHandler>(*auth));
    router.add("POST", "/v1/identity-verifications",
               std::make_unique<http::IdentityVerificationHandler>(*auth, *identity, idempotencyStore));
    router.add("POST", "/v1/members", std::make_unique<http::MemberCreateHandler>(*auth, *members));
    router.add("POST", "/v1/members/{id}/cards", std::make_unique<http::MemberCardHandler>(*auth, *members));
    router.add(
        "POST", "/v1/members/lookup",
        std::make_unique<http::MemberLookupHandler>(*auth, *members, http::MemberLookupHandler::TokenFrom::Body));
    router.add(
        "GET", "/v1/members/by-card/{token}",
        std::make_unique<http::MemberLookupHandler>(*auth, *members, http::MemberLookupHandler::TokenFrom::Path));
    router.add("POST", "/v1/visits", std::make_unique<http::VisitCheckInHandler>(*auth, *visits));
    router.add("GET", "/v1/visits", std::make_unique<http::VisitListHandler>(*auth, *visits));
    router.add("POST", "/v1/visits/{id}/moves", std::make_unique<http::VisitMoveHandler>(*auth, *visits));
    router.add("POST", "/v1/visits/{id}/checkout", std::make_unique<http::VisitCheckoutHandler>(*auth, *visits));
    router.add("GET", "/v1/booths", std::make_unique<http::BoothListHandler>(*auth, *booths));
    router.add("POST", "/v1/booths/{id}/status", std::make_unique<http::BoothStatusHandler>(*auth, *booths));
    router.add("POST", "/v1/terminal-events", std::make_unique<http::TerminalEventHandler>(*terminalEvents));
    router.add("POST", "/v1/admin/stores", std::make_unique<http::AdminStoreCreateHandler>(*auth, storeAdmin));
    router.add("POST", "/v1/admin/stores/{store_id}/booths",
               std::make_unique<http::AdminBoothCreateHandler>(*auth, storeAdmin));
    router.add("POST", "/v1/admin/stores/{store_id}/terminals",
               std::make_unique<http::AdminTerminalCreateHandler>(*auth, storeAdmin));
    router.add("POST", "/v1/admin/stores/{store_id}/staff",
               std::make_unique<http::AdminStaffCreateHandler>(*auth, storeAdmin));
    router.add("GET", "/v1/audit/verify", std::make_unique<http::AuditVerifyHandler>(*auth, *auditVerifier));
    router.add("GET", "/v1/audit/checkpoints/latest",
               std::make_unique<http::AuditCheckpointHandler>(*auth, *checkpoints));
    router.add("POST", "/v1/gateway-logs", std::make_unique<http::GatewayLogHandler>(*gatewayAuth, *natIngest),
               settings.gatewayMaxBodyBytes);
    addPoliceRoutes();

    // Retention: legal holds (the daily job starts in startJobs).
    legalHolds = std::make_unique<services::LegalHoldService>(legalHoldRepository, storeRepository, *clock);
    router.add("POST", "/v1/legal-holds", std::make_unique<http::LegalHoldCreateHandler>(*auth, *legalHolds));
    router.add("GET", "/v1/legal-holds", std::make_unique<http::LegalHoldListHandler>(*auth, *legalHolds, *clock));
    router.add("POST", "/v1/legal-holds/{id}/release",
               std::make_unique<http::LegalHoldReleaseHandler>(*auth, *legalHolds, *clock));
    purge = std::make_unique<services::PurgeService>(retentionStore, storeRepository, *keys, *storeSigner);
    router.add("GET", "/v1/audits/retention", std::make_unique<http::RetentionReportHandler>(*auth, *retentionReports));
}

void Wiring::startJobs(const Settings& settings, const Log& log) {
    startRetentionJob(settings, log);
    if (!settings.audit.checkpointsEnabled) {
        return;
    }
    checkpointScheduler = std::make_unique<services::CheckpointScheduler>(
        *checkpoints, storeRepository, *clock,
        domain::LocalTimeOfDay{settings.audit.checkpointHour, settings.audit.checkpointMinute},
        [&log](const std::string& event, std::int64_t storeId, const std::string& detail) {
            if (event == "audit.checkpoint") {
                log.info(event, {{"store_id", storeId}, {"detail", detail}});
            } else {
                log.error(event, {{"store_id", storeId}, {"reason", detail}});
            }
        });
    checkpointScheduler->start();
}

void Wiring::addPoliceRoutes() {
    police = std::make_unique<services::PoliceRequestService>(policeRepository, storeRepository, natLookup, *keys,
                                                              *clock, *storeSigner);
    using Kind = http::PoliceListenerKind;
    for (const auto kind : {Kind::Staff, Kind::Police}) {
        http::Router& routes = kind == Kind::Staff ? router : policeRouter;
        routes.add("POST", "/v1/police-requests",
                   std::make_unique<http::PoliceRequestCreateHandler>(kind, *auth, *police));
        routes.add("GET", "/v1/police-requests",
                   std::make_unique<http::PoliceRequestListHandler>(kind, *auth, *police));
        routes.add("GET", "/v1/police-requests/{id}",
                   std::make_unique<http::PoliceRequestGetHandler>(kind, *auth, *police));
        routes.add("GET", "/v1/police-requests/{id}/answer",
                   std::make_unique<http::PoliceAnswerGetHandler>(kind, *auth, *police));
    }
    // Only staff approve, reject and answer: these routes are not on the police listener at all.
    router.add("POST", "/v1/police-requests/{id}/approve",
               std::make_unique<http::PoliceRequestApproveHandler>(Kind::Staff, *auth, *police));
    router.add("POST", "/v1/police-requests/{id}/reject",
               std::make_unique<http::PoliceRequestRejectHandler>(Kind::Staff, *auth, *police));
    router.add("POST", "/v1/police-requests/{id}/answer",
               std::make_unique<http::PoliceAnswerCreateHandler>(Kind::Staff, *auth, *police));
}

void Wiring::startRetentionJob(const Settings& settings, const Log& log) {
    services::PurgeOptions options;
    options.triggeredBy = "daily_job";
    options.batchSize = settings.retention.batchSize;
    options.workShare = settings.retention.workShare;
    const domain::LocalTimeOfDay at{std::stoi(settings.retention.purgeTime.substr(0, 2)),
                                    std::stoi(settings.retention.purgeTime.substr(3, 2))};
    const Log* out = &log;
    services::PurgeSchedulerEvents events;
    events.partitionsMaintained = [out](int created) {
        out->info("retention.partitions", {{"created", std::int64_t{created}}});
    };
    events.purged = [out](const domain::PurgeCertificate& c) {
        std::int64_t rows = 0;
        for (const auto& [table, n] : c.counts) {
            rows += n;
        }
        out->info("retention.purged", {{"certificate", c.id},
                                       {"rows", rows},
                                       {"partitions_dropped", static_cast<std::int64_t>(c.partitionsDropped.size())},
                                       {"keys_destroyed", static_cast<std::int64_t>(c.destroyedKeyIds.size())},
                                       {"holds_respected", static_cast<std::int64_t>(c.holdIds.size())},
                                       {"duration_ms", c.durationMs}});
    };
    events.failed = [out](const std::string& step, const std::string& reason) {
        out->error("retention.failed", {{"step", step}, {"reason", reason}});
    };
    if (settings.retention.purgeEnabled) {
        log.info("retention.scheduled",
                 {{"purge_time", settings.retention.purgeTime}, {"time_zone", settings.retention.timeZone}});
    } else {
        log.warning("retention.purge_disabled", {{"message", "retention.purge_enabled is false: records past retention "
                                                             "are not purged by this server (run kirokuctl purge)"}});
    }
    purgeScheduler = std::make_unique<services::PurgeScheduler>(*purge, *clock, at, settings.retention.timeZone,
                                                                options, settings.retention.purgeEnabled, events);
    purgeScheduler->start();
}

} // namespace kiroku::backend::app
