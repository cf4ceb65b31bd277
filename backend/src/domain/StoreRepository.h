#pragma once

#include "domain/StoreRules.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kiroku::domain {

struct Store {
    std::int64_t id = 0;
    std::string code;
    std::string name;
    StoreRules rules; ///< rules.timeZone is the store's time zone
};

class StoreRepository {
public:
    virtual ~StoreRepository() = default;
    /// The store with its rule set (stores.rules over the defaults). Throws ValidationError naming
    /// "rules.<key>" when the stored rules are invalid.
    virtual std::optional<Store> find(std::int64_t storeId) = 0;
};

} // namespace kiroku::domain
