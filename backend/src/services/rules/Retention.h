#pragma once

#include "domain/CivilDate.h"

#include <chrono>
#include <string_view>

namespace kiroku::backend::rules {

/// How long an identity or terminal record is kept (domain.md §1.6).
struct Retention {
    /// The last day service was provided, in the store's zone.
    domain::CivilDate serviceEndedOn;
    /// The last day of the retention period (kept through the end of this local day).
    domain::CivilDate retentionUntil;
    /// The first instant at which the record may (and must) be purged: the day after retentionUntil, 00:00 local.
    std::chrono::sys_seconds purgeableFrom;

    friend bool operator==(const Retention&, const Retention&) = default;
};

/// The last day of a period of `years` years that follows the day service ended, counted by Civil Code arts. 140
/// and 143: the first day is not counted, so the period starts the next day and ends on the day before the
/// corresponding day `years` later; when the last month has no corresponding day it ends on that month's last day.
/// 2026-11-22 → 2029-11-22; 2028-02-29 → 2031-02-28. Throws std::invalid_argument for years < 1.
domain::CivilDate retentionUntil(domain::CivilDate serviceEndedOn, int years = 3);

/// Retention of a record whose last service ended at `serviceEndedAt`, with dates in the store's IANA zone `zone`
/// (via ICU). A visit that crosses midnight counts from the day it ended. Throws ValidationError("time_zone", ...)
/// for an unknown zone and std::invalid_argument for years < 1.
Retention computeRetention(std::chrono::sys_seconds serviceEndedAt, std::string_view zone, int years = 3);

/// The last day of service whose records are past retention on local date `today`: the latest D with
/// retentionUntil(D, years) < today. On 2029-11-23 that is 2029-11-22 − 3 years = 2026-11-22; on 2031-03-01 it is
/// 2028-02-29. A purge on `today` removes the records of D and every day before. Throws std::invalid_argument for
/// years < 1.
domain::CivilDate lastExpiredServiceDay(domain::CivilDate today, int years = 3);

/// The first day of the month after `date`'s month: a retention month (YYYY-MM) is wholly over, and its key may
/// be destroyed, once this day has come in every store.
domain::CivilDate firstDayOfNextMonth(domain::CivilDate date);

/// The retention that ends later. A record's retention only ever moves forward: a returning member's identity
/// record restarts its clock at each visit, and an earlier (or replayed, out-of-order) visit never shortens it.
Retention laterOf(const Retention& current, const Retention& candidate);

} // namespace kiroku::backend::rules
