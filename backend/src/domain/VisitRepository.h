#pragma once

#include "domain/Audit.h"
#include "domain/Booth.h"
#include "domain/CivilDate.h"
#include "domain/Idempotency.h"
#include "domain/Visit.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::domain {

/// A booth locked for the rest of the transaction.
struct LockedBooth {
    std::int64_t id = 0;
    std::string label;
    BoothStatus status = BoothStatus::Free;
    std::optional<TerminalRef> terminal;
};

/// A visit locked for the rest of the transaction.
struct LockedVisit {
    std::string id;
    std::string identityRecordId;
    std::chrono::system_clock::time_point startedAt;
    bool minor = false;
    std::optional<std::chrono::system_clock::time_point> minorMustLeaveAt;
    std::optional<std::chrono::system_clock::time_point> endedAt;
};

/// The segment of a visit that is still open: the booth the customer is in now.
struct OpenSegment {
    std::int64_t id = 0;
    std::int64_t boothId = 0;
    std::chrono::system_clock::time_point startedAt;
};

/// The steps of check-in, move and checkout, all inside one database transaction. Every step is limited to one
/// store. Implementations translate the database's guards into domain errors: a second open segment in a booth is
/// Conflict("booth_occupied"), a second active visit of one customer Conflict("already_checked_in").
class VisitTransaction {
public:
    virtual ~VisitTransaction() = default;

    /// The idempotency keys, in this same transaction.
    virtual IdempotencyLedger& idempotency() = 0;

    /// Locks the store's booths among `boothIds` (in id order, so two transactions never wait on each other in a
    /// cycle) and returns those that exist, with the terminal placed in each.
    virtual std::vector<LockedBooth> lockBooths(std::int64_t storeId, std::vector<std::int64_t> boothIds) = 0;

    /// True when the customer's record has a visit that has not ended.
    virtual bool hasActiveVisit(std::int64_t storeId, const std::string& identityRecordId) = 0;

    /// Inserts the visit and returns its new id.
    virtual std::string insertVisit(const NewVisit& visit) = 0;

    /// Opens a segment of the visit in the booth (and its terminal) from `at`.
    virtual void openSegment(std::int64_t storeId, const std::string& visitId, std::int64_t boothId,
                             std::optional<std::int64_t> terminalId, std::chrono::system_clock::time_point at) = 0;

    virtual void setBoothStatus(std::int64_t storeId, std::int64_t boothId, BoothStatus status) = 0;

    /// When the booth's last segment ended (nothing when it never had one, or one is still open). A check-in dated in
    /// the past must not start before that.
    virtual std::optional<std::chrono::system_clock::time_point> lastSegmentEndInBooth(std::int64_t storeId,
                                                                                       std::int64_t boothId) = 0;

    /// When the customer's last visit ended (nothing when there was none).
    virtual std::optional<std::chrono::system_clock::time_point>
    lastVisitEndOf(std::int64_t storeId, const std::string& identityRecordId) = 0;

    /// Locks the visit; nothing when the store has no such visit.
    virtual std::optional<LockedVisit> lockVisit(std::int64_t storeId, const std::string& visitId) = 0;

    virtual std::optional<OpenSegment> openSegmentOf(std::int64_t storeId, const std::string& visitId) = 0;

    virtual void closeSegment(std::int64_t storeId, std::int64_t segmentId,
                              std::chrono::system_clock::time_point at) = 0;

    /// Ends the visit at `at` with the last day its records are kept.
    virtual void endVisit(std::int64_t storeId, const std::string& visitId, std::chrono::system_clock::time_point at,
                          std::int64_t endedBy, CivilDate retentionUntil) = 0;

    /// Appends `entry` to the audit log in this transaction. Call it last: it holds the store's chain head until the
    /// transaction ends.
    virtual void audit(const AuditEntry& entry) = 0;

    /// Moves the identity record's last day of service and retention forward (never back).
    virtual void extendIdentityRetention(std::int64_t storeId, const std::string& identityRecordId,
                                         CivilDate lastServiceOn, CivilDate retentionUntil) = 0;
};

/// Visits and their segments (通信端末機器特定記録).
class VisitRepository {
public:
    virtual ~VisitRepository() = default;

    /// Runs `body` in one transaction and commits when it returns; rolls back when it throws.
    virtual void transact(const std::function<void(VisitTransaction&)>& body) = 0;

    /// The store's visits that have not ended, oldest first, each with its current booth.
    virtual std::vector<VisitView> listActive(std::int64_t storeId) = 0;
};

} // namespace kiroku::domain
