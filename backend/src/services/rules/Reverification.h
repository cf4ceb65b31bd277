#pragma once

#include <chrono>

namespace kiroku::backend::rules {

/// True when a returning member last verified at `lastVerifiedAt` must show an identity document again at `now`:
/// at least `intervalDays` × 24 hours have passed. An interval of 0 means never (the store relies on the member
/// card tied to the existing record, domain.md §1.7). A last verification in the future (clock skew) is not due.
/// Throws ValidationError("rules.reverification_interval_days", ...) for a negative interval.
bool isReverificationDue(std::chrono::sys_seconds lastVerifiedAt, int intervalDays, std::chrono::sys_seconds now);

} // namespace kiroku::backend::rules
