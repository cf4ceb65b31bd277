#pragma once

#include "domain/RetentionStore.h"
#include "domain/StoreRepository.h"
#include "services/keys/KeyService.h"
#include "services/signing/StoreSigner.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>

namespace kiroku::backend::services {

struct PurgeOptions {
    bool dryRun = false;
    std::string triggeredBy = "kirokuctl"; ///< daily_job, kirokuctl
    std::size_t batchSize = 5000;
    /// Percent of the time the row-by-row deletes work (10–100): after each batch the purge pauses for as long again
    /// as that batch took, times (100 - share) / share, so that check-ins keep the CPU and the disk they need.
    int workShare = 100;
    /// Who the stores' audit chains name: the server (daily job) or the operator running kirokuctl.
    domain::AuditActor actor = domain::AuditActor::system();
};

/// Observes a purge that ran (audit log, server log). Called after the certificate is stored.
using PurgeObserver = std::function<void(const domain::PurgeCertificate&)>;

/// The retention engine (docs/retention.md): purges, at instant `asOf`, every record whose retention is over —
/// visits with their segments, terminal events, identity records no visit needs any more with their members and
/// member cards, police requests with their disclosures — except what legal holds in force keep; destroys the keys
/// of retention months that are over once no record needs them, and the police key of a month once no request is
/// under it, re-encrypting first the records that must outlive their month (retention moved forward by
/// a later visit, or a hold); and records a purge certificate. Whole months go by dropping their partition; the
/// rest by key, in batches; the NAT mappings' months (V005) go with the terminal events. The certificate is signed by
/// each store it covers and appended to each store's audit chain in the transaction that stores it.
class PurgeService {
public:
    PurgeService(domain::RetentionStore& store, domain::StoreRepository& stores, KeyService& keys, StoreSigner& signer);

    /// Runs one purge. A dry run changes nothing and stores no certificate: it reports what would go (rows per table,
    /// partitions, keys) and what holds keep. Throws Conflict("purge_running") when another purge holds the lock,
    /// Unavailable when the database is unreachable.
    domain::PurgeCertificate run(domain::Instant asOf, const PurgeOptions& options);

    /// Creates the partitions ahead of time (also part of run()); returns how many it made.
    int maintainPartitions(domain::Instant asOf);

    /// The cut-offs of a store at `asOf` under its rules.
    static domain::StoreCutoff cutoffFor(std::int64_t storeId, const domain::StoreRules& rules, domain::Instant asOf);

private:
    void dropExpiredPartitions(domain::Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs, bool dryRun,
                               domain::PurgeCertificate& certificate);
    void purgeRows(domain::Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs, const PurgeOptions& options,
                   domain::PurgeCertificate& certificate);
    void collectHolds(domain::Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs,
                      domain::PurgeCertificate& certificate,
                      std::map<std::int64_t, std::set<std::string>>& holdsByStore);
    void purgeNatMappings(domain::Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs, bool dryRun,
                          domain::PurgeCertificate& certificate,
                          std::map<std::int64_t, std::set<std::string>>& holdsByStore);
    void signAndRecord(domain::PurgeCertificate& certificate, const PurgeOptions& options,
                       const std::map<std::int64_t, std::set<std::string>>& holdsByStore);
    void shredKeys(domain::Instant asOf, const std::vector<domain::StoreCutoff>& cutoffs, const PurgeOptions& options,
                   domain::PurgeCertificate& certificate);
    std::int64_t rekey(const domain::PurgeKey& key, domain::Instant asOf, std::size_t batchSize);
    std::int64_t rekeyPoliceRequests(const domain::PurgeKey& key, std::size_t batchSize);
    void reconcileVault();

    domain::RetentionStore& m_store;
    domain::StoreRepository& m_stores;
    KeyService& m_keys;
    StoreSigner& m_signer;
};

} // namespace kiroku::backend::services
