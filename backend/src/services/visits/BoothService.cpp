#include "services/visits/BoothService.h"

#include "domain/Errors.h"

namespace kiroku::backend::services {

domain::BoothState BoothService::setStatus(const domain::StaffPrincipal& staff, std::int64_t boothId,
                                           domain::BoothStatus status) {
    if (status == domain::BoothStatus::Occupied) {
        throw domain::ValidationError("status", "a booth becomes occupied only by a check-in or a move");
    }
    return m_booths.setStatus(staff.storeId, boothId, status);
}

} // namespace kiroku::backend::services
