#pragma once

#include "domain/Audit.h"
#include "domain/CivilDate.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// Why a hold was placed (legal_holds.reason_code).
inline constexpr const char* kHoldReasonCodes[] = {"police_request",         "court_order", "emergency", "litigation",
                                                   "internal_investigation", "other"};

/// A terminal's time window [from, to): its usage events inside, and the visits with a segment on it overlapping.
struct HoldWindow {
    std::int64_t terminalId = 0;
    std::chrono::system_clock::time_point from;
    std::chrono::system_clock::time_point to;
};

/// A gateway NAT mapping (V005) a police answer went through, named by its public endpoint and the instant the log
/// first showed it (its partition key): the month of the NAT log holding it is kept while the hold is in force.
struct HoldNatMapping {
    std::string publicIp;
    std::uint16_t publicPort = 0;
    std::chrono::system_clock::time_point keyAt;
};

/// What a hold keeps past retention: identity records (with all their visits), visits (with their segments and
/// identity record), terminal windows, and NAT mappings (placed only by police answers). Records are named by id.
struct HoldItems {
    std::vector<std::string> identityRecordIds;
    std::vector<std::string> visitIds;
    std::vector<HoldWindow> terminalWindows;
    std::vector<HoldNatMapping> natMappings;

    bool empty() const {
        return identityRecordIds.empty() && visitIds.empty() && terminalWindows.empty() && natMappings.empty();
    }
};

/// A hold to place. `until` is the last day (in the store's zone) it keeps records unless released earlier.
struct NewLegalHold {
    std::int64_t storeId = 0;
    std::string reasonCode;
    std::string reason; ///< written by staff about the request; never customer data
    std::optional<std::string> policeRequestId;
    std::int64_t createdBy = 0;
    std::chrono::system_clock::time_point createdAt;
    CivilDate until;
    HoldItems items;
};

struct LegalHold {
    std::string id;
    std::int64_t storeId = 0;
    std::string reasonCode;
    std::string reason;
    std::optional<std::string> policeRequestId;
    std::int64_t createdBy = 0;
    std::chrono::system_clock::time_point createdAt;
    CivilDate until;
    std::optional<std::chrono::system_clock::time_point> releasedAt;
    std::optional<std::int64_t> releasedBy;
    HoldItems items;
};

/// Placing and releasing holds inside a transaction that the caller already runs (for example the police-request
/// workflow, which places a hold together with recording the request): storage::PgLegalHoldLedger wraps a
/// pqxx::work. Everything is limited to the hold's store.
class LegalHoldLedger {
public:
    virtual ~LegalHoldLedger() = default;

    /// Stores `hold` under the new id `id` (a UUID). Checks that every identity record, visit and terminal named
    /// exists in the hold's store: RuleViolation("unknown_record", ..., field) naming the first that does not
    /// ("identity_record_ids[2]", "visit_ids[0]", "terminal_windows[1].terminal_id"). Check the hold's own values
    /// first with services::checkNewLegalHold.
    virtual void place(const std::string& id, const NewLegalHold& hold) = 0;

    /// Releases hold `holdId` of store `storeId`: NotFound when there is none, Conflict("hold_released") when it
    /// was released already. Returns the hold as it now is.
    virtual LegalHold release(std::int64_t storeId, const std::string& holdId, std::int64_t staffId,
                              std::chrono::system_clock::time_point at) = 0;

    /// The hold, locked for the rest of the transaction; nothing outside the store.
    virtual std::optional<LegalHold> find(std::int64_t storeId, const std::string& holdId) = 0;

    /// Appends `entry` to its store's audit chain in this transaction: the last statement of placing or releasing.
    virtual AuditHead audit(const AuditEntry& entry) = 0;
};

/// Legal holds on their own transactions (the HTTP API).
class LegalHoldRepository {
public:
    virtual ~LegalHoldRepository() = default;

    /// Runs `body` in one transaction, committed when it returns.
    virtual void transact(const std::function<void(LegalHoldLedger&)>& body) = 0;

    /// The store's holds, newest first.
    virtual std::vector<LegalHold> list(std::int64_t storeId) = 0;
};

} // namespace kiroku::domain
