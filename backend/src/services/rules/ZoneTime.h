#pragma once

#include "domain/CivilDate.h"
#include "domain/StoreRules.h"

#include <chrono>
#include <string_view>

namespace kiroku::backend::rules {

/// A wall-clock reading in a zone, to the second.
struct LocalDateTime {
    domain::CivilDate date;
    int hour = 0;
    int minute = 0;
    int second = 0;

    int secondsSinceMidnight() const noexcept { return hour * 3600 + minute * 60 + second; }
};

/// True when `zone` is a system IANA zone id that ICU knows ("Asia/Tokyo"); false for unknown or custom
/// ("GMT+09:00") ids.
bool isKnownTimeZone(std::string_view zone);

/// The wall clock in `zone` at `instant`, from ICU's time-zone data (never a fixed offset).
/// Throws ValidationError("time_zone", ...) for an unknown zone.
LocalDateTime toLocal(std::chrono::sys_seconds instant, std::string_view zone);

/// The local date in `zone` at `instant`: 2026-11-22T15:30Z is 2026-11-23 in Asia/Tokyo.
domain::CivilDate localDateAt(std::chrono::sys_seconds instant, std::string_view zone);

/// The first instant at which the wall clock in `zone` reads `time` on `date`. When that wall time is skipped by a
/// DST jump the result is the end of the gap (the first instant whose wall time is later); when it is repeated,
/// the earlier occurrence. Throws ValidationError("time_zone", ...) for an unknown zone.
std::chrono::sys_seconds toInstant(domain::CivilDate date, domain::LocalTimeOfDay time, std::string_view zone);

} // namespace kiroku::backend::rules
