#include "services/rules/MinorAdmission.h"

#include "domain/Errors.h"
#include "services/rules/ZoneTime.h"

namespace kiroku::backend::rules {

namespace {

bool withinNightHours(int secondsOfDay, int start, int end) {
    if (start < end) {
        return secondsOfDay >= start && secondsOfDay < end;
    }
    return secondsOfDay >= start || secondsOfDay < end; // the window crosses midnight
}

} // namespace

MinorAdmission checkMinorAdmission(int age, std::chrono::sys_seconds checkIn, std::string_view zone,
                                   const domain::StoreRules& rules) {
    if (age < 0) {
        throw domain::ValidationError("age", "must not be negative");
    }
    const LocalDateTime local = toLocal(checkIn, zone);
    MinorAdmission admission;
    admission.minor = age < rules.minorAge;
    const int start = rules.nightStart.secondsSinceMidnight();
    const int end = rules.nightEnd.secondsSinceMidnight();
    if (!admission.minor || start == end) {
        return admission;
    }
    const int now = local.secondsSinceMidnight();
    if (withinNightHours(now, start, end)) {
        throw domain::RuleViolation("minor_night_hours",
                                    "customers under the store's minor age may not be admitted during night hours");
    }
    // Outside the window the next night start is later today, or tomorrow when today's window is already over
    // (possible only for a window that does not cross midnight, e.g. 00:00–05:00 and a check-in at 10:00).
    const domain::CivilDate leaveDate = now < start ? local.date : local.date.addDays(1);
    admission.mustLeaveAt = toInstant(leaveDate, rules.nightStart, zone);
    return admission;
}

MinorAdmission checkMinorAdmission(int age, std::chrono::sys_seconds checkIn, const domain::StoreRules& rules) {
    return checkMinorAdmission(age, checkIn, rules.timeZone, rules);
}

} // namespace kiroku::backend::rules
