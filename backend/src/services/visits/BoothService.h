#pragma once

#include "domain/Booth.h"
#include "domain/BoothRepository.h"
#include "domain/Principal.h"

#include <cstdint>
#include <vector>

namespace kiroku::backend::services {

/// The live booth map and the statuses staff set by hand (cleaning done, out of service). Occupied is never set by
/// hand: only a check-in or a move occupies a booth, and a booth with a visit in it keeps its status.
class BoothService {
public:
    explicit BoothService(domain::BoothRepository& booths) : m_booths(booths) {}

    /// Every booth of the principal's store with its terminal and current visit (no personal data).
    std::vector<domain::BoothState> map(const domain::StaffPrincipal& staff) { return m_booths.list(staff.storeId); }

    /// Throws ValidationError("status") for "occupied", NotFound for a booth outside the store,
    /// Conflict("booth_occupied") while a visit is in the booth.
    domain::BoothState setStatus(const domain::StaffPrincipal& staff, std::int64_t boothId, domain::BoothStatus status);

private:
    domain::BoothRepository& m_booths;
};

} // namespace kiroku::backend::services
