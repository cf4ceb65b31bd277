#pragma once

#include "domain/CheckpointRepository.h"
#include "domain/Principal.h"
#include "domain/RetentionReport.h"
#include "domain/StoreRepository.h"
#include "services/audit/AuditVerifier.h"
#include "services/visits/Clock.h"

#include <optional>

namespace kiroku::backend::services {

/// The state of the store's audit chain as the report shows it.
struct ReportedChain {
    ChainVerification verification;
    /// The chain was walked from this position on (1: from its first entry). When a checkpoint exists and its entry
    /// still has the signed hash, the walk starts after it; GET /v1/audit/verify always walks the whole chain.
    std::int64_t verifiedFrom = 1;
    std::optional<domain::AuditCheckpoint> latestCheckpoint;
};

struct RetentionReport {
    domain::CivilDate asOf;
    domain::Store store;
    domain::RetentionFigures figures;
    domain::CivilDate readsFrom; ///< first day of the personal-data reads window (as_of − 29 days)
    ReportedChain chain;
};

/// The manager's retention report: what the store holds by month, what falls due in the next 30 days, the state of
/// its audit chain, who read personal data in the last 30 days, and records that break the ordinance's rules.
class RetentionReportService {
public:
    RetentionReportService(domain::RetentionReportRepository& figures, domain::StoreRepository& stores,
                           domain::AuditRepository& log, domain::CheckpointRepository& checkpoints, const Clock& clock);

    /// The report for the principal's store as of `asOf` (store-local today when absent). Managers, auditors and
    /// admins only (Forbidden otherwise); NotFound when the store no longer exists.
    RetentionReport report(const domain::StaffPrincipal& staff, std::optional<domain::CivilDate> asOf);

private:
    ReportedChain chainOf(std::int64_t storeId);

    domain::RetentionReportRepository& m_figures;
    domain::StoreRepository& m_stores;
    domain::AuditRepository& m_log;
    domain::CheckpointRepository& m_checkpoints;
    const Clock& m_clock;
};

} // namespace kiroku::backend::services
