#pragma once

#include "domain/StoreRules.h"

#include <chrono>
#include <optional>
#include <string_view>

namespace kiroku::backend::rules {

/// The outcome of admitting a customer with respect to the night hours for minors (domain.md §2).
struct MinorAdmission {
    /// Younger than the store's minor age.
    bool minor = false;
    /// For an admitted minor: the instant the visit must end, the next start of the night hours, so staff can be
    /// told at check-in. Empty for adults and when the store has no night hours (start == end).
    std::optional<std::chrono::sys_seconds> mustLeaveAt;
};

/// Decides whether a customer of `age` may check in at `checkIn`, read on the wall clock of the IANA zone `zone`
/// (via ICU). Night hours run from rules.nightStart (inclusive) to rules.nightEnd (exclusive) and may cross
/// midnight. Throws RuleViolation("minor_night_hours") (no field) for a minor during night hours,
/// ValidationError("time_zone", ...) for an unknown zone, and ValidationError("age", ...) for a negative age.
MinorAdmission checkMinorAdmission(int age, std::chrono::sys_seconds checkIn, std::string_view zone,
                                   const domain::StoreRules& rules);

/// As above, in the store's own zone (rules.timeZone).
MinorAdmission checkMinorAdmission(int age, std::chrono::sys_seconds checkIn, const domain::StoreRules& rules);

} // namespace kiroku::backend::rules
