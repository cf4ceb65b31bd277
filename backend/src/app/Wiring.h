#pragma once

#include "app/Log.h"
#include "app/Settings.h"
#include "crypto/PasswordHasher.h"
#include "http/Router.h"
#include "services/admin/StoreAdminService.h"
#include "services/audit/AuditVerifier.h"
#include "services/audit/CheckpointScheduler.h"
#include "services/audit/CheckpointService.h"
#include "services/audit/RetentionReportService.h"
#include "services/auth/AuthService.h"
#include "services/identity/IdentityService.h"
#include "services/keys/KeyService.h"
#include "services/members/MemberService.h"
#include "services/nat/GatewayAuth.h"
#include "services/nat/NatIngestService.h"
#include "services/police/PoliceRequestService.h"
#include "services/retention/LegalHoldService.h"
#include "services/retention/PurgeScheduler.h"
#include "services/retention/PurgeService.h"
#include "services/signing/StoreSigner.h"
#include "services/stores/CachedStoreRepository.h"
#include "services/visits/BoothService.h"
#include "services/visits/Clock.h"
#include "services/visits/TerminalEventService.h"
#include "services/visits/VisitService.h"
#include "storage/ConnectionPool.h"
#include "storage/Migrator.h"
#include "storage/PgAuditLog.h"
#include "storage/PgAuthRepository.h"
#include "storage/PgBoothRepository.h"
#include "storage/PgCheckpointRepository.h"
#include "storage/PgGatewayRepository.h"
#include "storage/PgIdempotencyStore.h"
#include "storage/PgIdentityRepository.h"
#include "storage/PgKeyRepository.h"
#include "storage/PgLegalHoldRepository.h"
#include "storage/PgMemberRepository.h"
#include "storage/PgNatLookup.h"
#include "storage/PgNatMappingRepository.h"
#include "storage/PgPoliceRepository.h"
#include "storage/PgReadinessProbe.h"
#include "storage/PgRetentionReportRepository.h"
#include "storage/PgRetentionStore.h"
#include "storage/PgSigningKeyRepository.h"
#include "storage/PgStoreAdminRepository.h"
#include "storage/PgStoreRepository.h"
#include "storage/PgTerminalEventRepository.h"
#include "storage/PgVisitRepository.h"

#include <memory>

namespace kiroku::backend::app {

/// Every long-lived object of the server, built in dependency order and torn down in reverse.
/// main() only builds this and starts the server; tests can build it too.
/// The key-encryption key from crypto.kek_file, else $KIROKU_KEK; throws crypto::KeyFileError.
crypto::KeyEncryptionKey loadKek(const Settings& settings);

/// The system clock, or with testing.enabled and testing.fixed_now a clock starting at that instant (logged loudly).
std::unique_ptr<services::Clock> makeClock(const Settings& settings, const Log& log);

/// The key vault's directory, crypto.key_vault_dir; empty when unset (then the first use of a retention month's key
/// fails with crypto::KeyFileError saying so: the vault has no default, so that moving the KEK file never moves it).
std::filesystem::path keyVaultDir(const Settings& settings);

/// The key service of the server and kirokuctl: the KEK, and the key vault bound to the database's vault instance.
std::unique_ptr<services::KeyService> makeKeyService(const Settings& settings, storage::PgKeyRepository& repository);

struct Wiring {
    Wiring(const Settings& settings, const Log& log);

    /// Loads the key hierarchy and registers every route. Needs the database migrated.
    void start(const Settings& settings);
    /// The police-request routes on both listeners (part of start()).
    void addPoliceRoutes();

    /// Starts the background jobs (the daily audit checkpoint, the daily retention job) once the server listens.
    void startJobs(const Settings& settings, const Log& log);
    /// The daily retention job: partitions created ahead, then the purge at retention.purge_time (part of
    /// startJobs()).
    void startRetentionJob(const Settings& settings, const Log& log);

    std::vector<storage::MigrationFile> migrations;
    storage::ConnectionPool pool;
    storage::PgReadinessProbe readiness;
    http::Router router;
    crypto::PasswordHasher passwordHasher;
    storage::PgKeyRepository keyRepository;
    storage::PgAuthRepository authRepository;
    storage::PgStoreRepository pgStoreRepository;
    services::CachedStoreRepository storeRepository;
    std::unique_ptr<services::KeyService> keys;
    std::unique_ptr<services::AuthService> auth;
    storage::PgIdentityRepository identityRepository{pool};
    storage::PgMemberRepository memberRepository{pool};
    /// Also the domain::IdentityDirectory of the other services.
    std::unique_ptr<services::IdentityService> identity;
    std::unique_ptr<services::MemberService> members;
    std::unique_ptr<services::Clock> clock; ///< the system clock, or testing.fixed_now's
    storage::PgVisitRepository visitRepository{pool};
    storage::PgBoothRepository boothRepository{pool};
    storage::PgIdempotencyStore idempotencyStore{pool};
    storage::PgTerminalEventRepository terminalEventRepository{pool};
    std::unique_ptr<services::VisitService> visits;
    std::unique_ptr<services::BoothService> booths;
    std::unique_ptr<services::TerminalEventService> terminalEvents;
    storage::PgGatewayRepository gatewayRepository{pool};
    storage::PgNatMappingRepository natMappingRepository{pool};
    /// Who was behind a public address and port at a time (for answering police requests).
    storage::PgNatLookup natLookup{pool};
    std::unique_ptr<services::GatewayAuth> gatewayAuth;
    std::unique_ptr<services::NatIngestService> natIngest;
    storage::PgPoliceRepository policeRepository{pool};
    std::unique_ptr<services::PoliceRequestService> police;
    /// The routes of the mutual-TLS police listener (police.ca_file); the staff routes are on `router`.
    http::Router policeRouter;
    storage::PgStoreAdminRepository storeAdminRepository{pool};
    services::StoreAdminService storeAdmin{storeAdminRepository, passwordHasher};
    storage::PgAuditLog auditLog{pool};
    std::unique_ptr<services::AuditVerifier> auditVerifier;
    storage::PgSigningKeyRepository signingKeyRepository{pool};
    storage::PgCheckpointRepository checkpointRepository{pool};
    std::unique_ptr<services::StoreSigner> storeSigner;
    std::unique_ptr<services::CheckpointService> checkpoints;
    storage::PgRetentionStore retentionStore{pool};
    storage::PgLegalHoldRepository legalHoldRepository{pool};
    std::unique_ptr<services::PurgeService> purge;
    std::unique_ptr<services::LegalHoldService> legalHolds;
    storage::PgRetentionReportRepository retentionReportRepository{pool};
    std::unique_ptr<services::RetentionReportService> retentionReports;
    /// The daily checkpoint job (audit.checkpoint_time); declared last so it stops first.
    std::unique_ptr<services::CheckpointScheduler> checkpointScheduler;
    /// The daily retention job (partitions ahead, then the purge); declared last so that it stops first.
    std::unique_ptr<services::PurgeScheduler> purgeScheduler;
};

} // namespace kiroku::backend::app
