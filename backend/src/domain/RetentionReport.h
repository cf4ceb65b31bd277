#pragma once

#include "domain/CivilDate.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// How many records of each kind the ordinance makes a store keep.
struct RecordCounts {
    std::int64_t identityRecords = 0;
    std::int64_t visits = 0;
    std::int64_t visitSegments = 0;
    std::int64_t terminalEvents = 0;
};

struct MonthCounts {
    std::string month; ///< "YYYY-MM", store-local
    RecordCounts counts;
};

struct StaffReads {
    std::int64_t staffId = 0;
    std::string login;
    std::string displayName;
    std::int64_t reads = 0;
};

struct BasisCount {
    std::string basis;
    std::int64_t count = 0;
};

/// A legal hold of the store (in force or released), with how many records it names.
struct ReportedHold {
    std::string id;
    std::string reasonCode;
    std::string reason; ///< written by staff; never customer data
    CivilDate until;
    std::optional<std::chrono::system_clock::time_point> releasedAt;
    std::optional<std::string> policeRequestId;
    std::int64_t records = 0; ///< identity records, visits and terminal windows it names
};

/// A purge certificate that covered the store (its own, or one over every store).
struct ReportedPurge {
    std::string id;
    std::chrono::system_clock::time_point ranAt;
    std::optional<CivilDate> cutoff;
    std::map<std::string, std::int64_t> counts; ///< rows purged per table
    std::vector<std::string> keysDestroyed;     ///< retention months ("YYYY-MM") whose keys were destroyed
    bool holdsRespected = false;                ///< holds in force kept records past retention
    std::int64_t durationMs = 0;
};

/// Records held that break a rule of the ordinance or of the store.
struct ComplianceGaps {
    std::int64_t visitsWithoutIdentityRecord = 0;
    std::int64_t segmentsWithoutTerminal = 0;            ///< a booth used without a terminal number recorded
    std::int64_t identityRecordsMissingRequiredItem = 0; ///< a document number the document kind requires is absent
    std::int64_t missingSupplementaryAddressProof = 0;   ///< the document does not show the address, and no receipt
};

/// What the retention report asks the database, all limited to one store.
struct RetentionQuery {
    std::int64_t storeId = 0;
    std::string timeZone;
    int retentionYears = 3;
    CivilDate asOf;
    /// Held: made before the end of the as-of day (store-local).
    std::chrono::system_clock::time_point heldBefore;
    /// Due: the last day kept (retention_until) is before this date (as_of + 30 days), so purging may start by then.
    CivilDate dueBefore;
    /// Personal-data reads counted in [readsFrom, heldBefore).
    std::chrono::system_clock::time_point readsFrom;
    CivilDate readsFromDay; ///< the store-local day readsFrom starts (holds that ended from it on are listed)
    /// Foreign passports may carry a declared address without a receipt (StoreRules::foreignPassportAddress).
    bool foreignPassportDeclaredAddressAccepted = false;
};

struct RetentionFigures {
    std::vector<MonthCounts> heldByMonth; ///< oldest month first; months holding nothing are left out
    RecordCounts dueNext30Days;
    std::vector<StaffReads> personalDataReadsByStaff; ///< most reads first
    ComplianceGaps gaps;
    std::vector<ReportedHold> holds;            ///< holds in force at the end of the as-of day, and those released or
                                                ///< ended within the 30 days before it; newest first
    std::vector<ReportedPurge> purges;          ///< purges of the 30 days up to the as-of day, newest first
    std::vector<BasisCount> disclosuresByBasis; ///< identity records disclosed to police, per legal basis, in the
                                                ///< reads window
};

/// The counts behind the manager's retention report.
class RetentionReportRepository {
public:
    virtual ~RetentionReportRepository() = default;
    virtual RetentionFigures figures(const RetentionQuery& query) = 0;
};

} // namespace kiroku::domain
