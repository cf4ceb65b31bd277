#pragma once

#include "domain/StoreRules.h"

#include <string>
#include <string_view>

namespace kiroku::backend::rules {

/// Parses a wall-clock time "HH:MM" (00:00–23:59) for night_start / night_end. Throws ValidationError(field, ...).
domain::LocalTimeOfDay parseTimeOfDay(std::string_view text, const std::string& field);

/// "HH:MM".
std::string formatTimeOfDay(domain::LocalTimeOfDay time);

/// Checks a store's rules as loaded from `stores.rules`; throws ValidationError with the path "rules.<key>" for the
/// first bad value: an unknown IANA zone, a time outside 00:00–23:59, a minor age outside 1–30, a negative
/// re-verification interval, a retention under 1 year, or an empty list of accepted documents.
void validateStoreRules(const domain::StoreRules& rules);

} // namespace kiroku::backend::rules
