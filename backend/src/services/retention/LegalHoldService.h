#pragma once

#include "domain/LegalHold.h"
#include "domain/Principal.h"
#include "domain/StoreRepository.h"
#include "services/visits/Clock.h"

#include <functional>
#include <string>
#include <vector>

namespace kiroku::backend::services {

/// The most items one hold may name.
inline constexpr std::size_t kMaxHoldItems = 1000;

/// Checks a hold's own values before it is placed (the ledger then checks that what it names exists): a known
/// reason code, a reason of 1 to 500 characters without a 12-digit run (never a My Number), an until date from
/// `today` (the store's local date) to 10 years ahead, 1 to kMaxHoldItems items, UUID ids, windows with from < to.
/// Throws ValidationError naming the field. Normalises the ids (lower case, no duplicates).
void checkNewLegalHold(domain::NewLegalHold& hold, domain::CivilDate today);

/// The audit entry of placing `hold` (legal_hold.place, by its creator) and of releasing it (legal_hold.release, by
/// the staff member who released it): ids, counts and the reason code; the reason's text stays in legal_holds.
domain::AuditEntry holdPlacedEntry(const domain::LegalHold& hold);
domain::AuditEntry holdReleasedEntry(const domain::LegalHold& hold);

/// Places `hold` (checked with checkNewLegalHold) under a new id inside the caller's transaction, with its audit
/// entry appended last; returns the hold as stored.
domain::LegalHold placeHold(domain::LegalHoldLedger& ledger, const domain::NewLegalHold& hold);

/// Legal holds: records they name are kept past their retention until the hold is released or its last day has
/// passed (docs/retention.md). Every call is limited to the principal's store.
class LegalHoldService {
public:
    LegalHoldService(domain::LegalHoldRepository& holds, domain::StoreRepository& stores, const Clock& clock);

    /// Places a hold for the principal's store. Throws ValidationError, RuleViolation("unknown_record") naming the
    /// item that is not in the store.
    domain::LegalHold place(const domain::StaffPrincipal& staff, domain::NewLegalHold hold);

    /// Releases a hold, with its audit entry: NotFound, Conflict("hold_released"); Forbidden when a hold placed by
    /// a police request is released by anyone but a manager.
    domain::LegalHold release(const domain::StaffPrincipal& staff, const std::string& holdId);

    /// The store's holds, newest first.
    std::vector<domain::LegalHold> list(const domain::StaffPrincipal& staff);

    /// True when the hold keeps records at `now`: not released and its last day not yet over in the store's zone.
    bool inForce(const domain::LegalHold& hold, std::chrono::system_clock::time_point now);

private:
    domain::LegalHoldRepository& m_holds;
    domain::StoreRepository& m_stores;
    const Clock& m_clock;
};

} // namespace kiroku::backend::services
