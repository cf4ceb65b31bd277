#pragma once

#include "domain/Booth.h"

#include <cstdint>
#include <vector>

namespace kiroku::domain {

/// The live booth map of a store and the statuses staff set by hand.
class BoothRepository {
public:
    virtual ~BoothRepository() = default;

    /// Every booth of the store, ordered by label, with its terminal and current visit.
    virtual std::vector<BoothState> list(std::int64_t storeId) = 0;

    /// Sets the status of booth `boothId` of the store to free, cleaning or out of service and returns the booth.
    /// Throws NotFound for another store's or an unknown booth, Conflict("booth_occupied") while a visit is in it.
    virtual BoothState setStatus(std::int64_t storeId, std::int64_t boothId, BoothStatus status) = 0;
};

} // namespace kiroku::domain
