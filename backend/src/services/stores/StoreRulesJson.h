#pragma once

#include "domain/StoreRules.h"

#include <string>

namespace kiroku::backend::services {

/// The rule set from the JSON of stores.rules, over the defaults (keys: see domain::StoreRules).
/// Throws ValidationError naming "rules.<key>" for an unknown key or a bad value.
domain::StoreRules parseStoreRules(const std::string& json, const std::string& timeZone);

} // namespace kiroku::backend::services
