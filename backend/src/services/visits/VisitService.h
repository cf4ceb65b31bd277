#pragma once

#include "domain/Idempotency.h"
#include "domain/IdentityDirectory.h"
#include "domain/Principal.h"
#include "domain/StoreRepository.h"
#include "domain/Visit.h"
#include "domain/VisitRepository.h"
#include "services/visits/Clock.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiroku::backend::services {

/// Who checks in where: exactly one of the verification record and the member card token is set.
struct CheckIn {
    std::optional<std::string> identityRecordId;
    std::optional<std::string> memberCardToken;
    std::int64_t boothId = 0;
    /// When the customer arrived, when it was before now (a kiosk replaying a check-in it recorded offline).
    std::optional<std::chrono::system_clock::time_point> startedAt;
};

/// Turns a result into the answer that is sent and recorded under the idempotency key.
using VisitRenderer = std::function<domain::StoredResponse(const domain::VisitView&)>;
using CheckoutRenderer = std::function<domain::StoredResponse(const domain::CheckedOut&)>;

/// Check-in, moves between booths and checkout: the terminal identification record (通信端末機器特定記録) and the
/// night-hours rule for minors. Each write runs in one transaction together with its idempotency key, so a retry
/// with the same key gets the first answer and changes nothing. Every call is limited to the principal's store.
class VisitService {
public:
    VisitService(domain::VisitRepository& visits, domain::IdempotencyStore& idempotency,
                 domain::IdentityDirectory& identities, domain::StoreRepository& stores, const Clock& clock,
                 std::chrono::seconds maxBackdate = std::chrono::hours(24));

    /// Starts a visit in a free booth and occupies it. Throws NotFound (no such record, card or booth in the
    /// store), Conflict("booth_occupied" | "booth_unavailable" | "already_checked_in"),
    /// RuleViolation("minor_night_hours") saying when the night hours end, RuleViolation("reverification_due") for
    /// a member who must show a document again, RuleViolation("idempotency_key_reused").
    /// With `startedAt` the visit starts then: it must not be in the future ("started_at_in_future"), older than
    /// the configured limit ("started_at_too_old") or before the customer's identity verification
    /// ("started_at_before_verification"), all RuleViolation naming "started_at"; and it must not overlap the
    /// booth's previous visit (Conflict "booth_was_occupied") or the customer's previous visit (Conflict
    /// "visit_overlap"), both naming "started_at". The night rule for minors is judged at that time.
    domain::StoredResponse checkIn(const domain::StaffPrincipal& staff, const domain::IdempotencyKey& key,
                                   const CheckIn& request, const VisitRenderer& render);

    /// Moves an active visit to another free booth: closes the open segment now and opens one in the new booth;
    /// the old booth goes to cleaning. Throws NotFound, Conflict("visit_ended" | "already_in_booth" |
    /// "booth_occupied" | "booth_unavailable"), RuleViolation("idempotency_key_reused").
    domain::StoredResponse move(const domain::StaffPrincipal& staff, const domain::IdempotencyKey& key,
                                const std::string& visitId, std::int64_t boothId, const VisitRenderer& render);

    /// Ends an active visit now: closes its segment (the booth goes to cleaning), sets the visit's retention from
    /// the local day it ended, and moves the customer's verification record's retention forward. Throws NotFound,
    /// Conflict("visit_ended"), RuleViolation("idempotency_key_reused").
    domain::StoredResponse checkout(const domain::StaffPrincipal& staff, const domain::IdempotencyKey& key,
                                    const std::string& visitId, const CheckoutRenderer& render);

    /// The store's visits that have not ended.
    std::vector<domain::VisitView> active(const domain::StaffPrincipal& staff);

private:
    struct Customer {
        std::string identityRecordId;
        std::optional<std::string> memberId;
        domain::CivilDate dateOfBirth;
        std::chrono::system_clock::time_point verifiedAt;
    };
    /// The requested past start, once it passes the checks that need no transaction; nothing to start now.
    std::optional<std::chrono::system_clock::time_point> backdatedStart(const CheckIn& request,
                                                                        const Customer& customer) const;
    Customer resolveCustomer(const domain::StaffPrincipal& staff, const CheckIn& request,
                             const domain::StoreRules& rules);
    domain::Store storeOf(const domain::StaffPrincipal& staff);
    std::chrono::system_clock::time_point now() const;

    domain::VisitRepository& m_visits;
    domain::IdempotencyStore& m_idempotency;
    domain::IdentityDirectory& m_identities;
    domain::StoreRepository& m_stores;
    const Clock& m_clock;
    std::chrono::seconds m_maxBackdate;
};

/// True for the text form of a UUID (8-4-4-4-12 hex digits).
bool isUuid(const std::string& text);

} // namespace kiroku::backend::services
