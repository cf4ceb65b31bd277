#include "services/rules/Retention.h"

#include "services/rules/ZoneTime.h"

#include <stdexcept>

namespace kiroku::backend::rules {

domain::CivilDate retentionUntil(domain::CivilDate serviceEndedOn, int years) {
    if (years < 1) {
        throw std::invalid_argument("retention must be at least one year");
    }
    // Art. 140: the period starts the day after. Art. 143(2): it ends the day before the corresponding day of the
    // start; without a corresponding day (start on 29 Feb, target year not leap), on the last day of that month.
    const domain::CivilDate start = serviceEndedOn.addDays(1);
    const domain::CivilDate corresponding = start.addYears(years);
    if (corresponding.day() != start.day()) {
        return corresponding; // clamped to the month's last day by addYears
    }
    // Differs from "the same date `years` later" only for service ending on 28 Feb of a year whose target year is
    // leap (2029-02-28 → 2032-02-29): the law keeps the record one day longer, and purging early is never allowed.
    return corresponding.addDays(-1);
}

Retention computeRetention(std::chrono::sys_seconds serviceEndedAt, std::string_view zone, int years) {
    Retention retention;
    retention.serviceEndedOn = localDateAt(serviceEndedAt, zone);
    retention.retentionUntil = retentionUntil(retention.serviceEndedOn, years);
    retention.purgeableFrom = toInstant(retention.retentionUntil.addDays(1), domain::LocalTimeOfDay{0, 0}, zone);
    return retention;
}

domain::CivilDate lastExpiredServiceDay(domain::CivilDate today, int years) {
    if (years < 1) {
        throw std::invalid_argument("retention must be at least one year");
    }
    // retentionUntil() is monotonic and lies within a day of "the same date `years` later", so the answer is within
    // a few days of today − years: start just above it and step down.
    domain::CivilDate day = today.addYears(-years).addDays(3);
    while (!(retentionUntil(day, years) < today)) {
        day = day.addDays(-1);
    }
    return day;
}

domain::CivilDate firstDayOfNextMonth(domain::CivilDate date) {
    return date.lastDayOfMonth().addDays(1);
}

Retention laterOf(const Retention& current, const Retention& candidate) {
    if (candidate.purgeableFrom > current.purgeableFrom) {
        return candidate;
    }
    if (candidate.purgeableFrom == current.purgeableFrom && candidate.retentionUntil > current.retentionUntil) {
        return candidate;
    }
    return current;
}

} // namespace kiroku::backend::rules
