#include "services/audit/RetentionReportService.h"

#include "domain/Errors.h"
#include "services/rules/ZoneTime.h"

namespace kiroku::backend::services {

namespace {
constexpr int kDueWindowDays = 30;
constexpr int kReadsWindowDays = 30;
} // namespace

RetentionReportService::RetentionReportService(domain::RetentionReportRepository& figures,
                                               domain::StoreRepository& stores, domain::AuditRepository& log,
                                               domain::CheckpointRepository& checkpoints, const Clock& clock)
    : m_figures(figures), m_stores(stores), m_log(log), m_checkpoints(checkpoints), m_clock(clock) {}

ReportedChain RetentionReportService::chainOf(std::int64_t storeId) {
    ReportedChain reported;
    reported.latestCheckpoint = m_checkpoints.latest(storeId);
    AuditVerifier verifier(m_log);
    if (reported.latestCheckpoint && reported.latestCheckpoint->length > 0) {
        const auto& checkpoint = *reported.latestCheckpoint;
        const auto entry = m_log.entryAt(storeId, checkpoint.length);
        if (entry && entry->hash == checkpoint.headHash) {
            reported.verifiedFrom = checkpoint.length + 1;
            reported.verification = verifier.verifyFrom(storeId, checkpoint.length, checkpoint.headHash);
            return reported;
        }
    }
    reported.verification = verifier.verify(storeId);
    return reported;
}

RetentionReport RetentionReportService::report(const domain::StaffPrincipal& staff,
                                               std::optional<domain::CivilDate> asOf) {
    if (!staff.hasAnyRole({domain::Role::Manager, domain::Role::Auditor, domain::Role::Admin})) {
        throw domain::Forbidden("the retention report is for managers, auditors and admins");
    }
    auto store = m_stores.find(staff.storeId);
    if (!store) {
        throw domain::NotFound("your store no longer exists");
    }
    const std::string& zone = store->rules.timeZone;
    const auto now = std::chrono::floor<std::chrono::seconds>(m_clock.now());
    RetentionReport report;
    report.asOf = asOf ? *asOf : rules::localDateAt(now, zone);
    report.readsFrom = report.asOf.addDays(1 - kReadsWindowDays);

    domain::RetentionQuery query;
    query.storeId = store->id;
    query.timeZone = zone;
    query.retentionYears = store->rules.retentionYears;
    query.asOf = report.asOf;
    query.heldBefore = rules::toInstant(report.asOf.addDays(1), {0, 0}, zone);
    query.dueBefore = report.asOf.addDays(kDueWindowDays);
    query.readsFrom = rules::toInstant(report.readsFrom, {0, 0}, zone);
    query.readsFromDay = report.readsFrom;
    query.foreignPassportDeclaredAddressAccepted =
        store->rules.foreignPassportAddress == domain::ForeignPassportAddress::AcceptDeclared;
    report.figures = m_figures.figures(query);
    report.chain = chainOf(store->id);
    report.store = std::move(*store);
    return report;
}

} // namespace kiroku::backend::services
