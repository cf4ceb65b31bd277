#include "services/rules/ZoneTime.h"

#include "domain/Errors.h"

#include <unicode/gregocal.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

namespace kiroku::backend::rules {

namespace {

icu::UnicodeString toUnicode(std::string_view text) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
}

std::unique_ptr<icu::GregorianCalendar> makeCalendar(std::string_view zone) {
    if (!isKnownTimeZone(zone)) {
        throw domain::ValidationError("time_zone", "unknown IANA time zone");
    }
    UErrorCode status = U_ZERO_ERROR;
    auto calendar = std::make_unique<icu::GregorianCalendar>(icu::TimeZone::createTimeZone(toUnicode(zone)), status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU calendar could not be created: ") + u_errorName(status));
    }
    // Both options only take effect on a lenient calendar, which is ICU's default.
    calendar->setSkippedWallTimeOption(UCAL_WALLTIME_NEXT_VALID);
    calendar->setRepeatedWallTimeOption(UCAL_WALLTIME_FIRST);
    return calendar;
}

/// A Gregorian calendar in `zone`, set to resolve skipped wall times forward and repeated ones to the first.
/// Building one loads locale and week data (about a fifth of a check-in's CPU time), so each thread keeps one
/// per zone and hands out copies.
std::unique_ptr<icu::GregorianCalendar> calendarIn(std::string_view zone) {
    thread_local std::map<std::string, std::unique_ptr<icu::GregorianCalendar>, std::less<>> prototypes;
    auto it = prototypes.find(zone);
    if (it == prototypes.end()) {
        it = prototypes.emplace(std::string(zone), makeCalendar(zone)).first;
    }
    return std::unique_ptr<icu::GregorianCalendar>(it->second->clone());
}

UDate toUDate(std::chrono::sys_seconds instant) {
    return static_cast<UDate>(instant.time_since_epoch().count()) * U_MILLIS_PER_SECOND;
}

std::chrono::sys_seconds fromUDate(UDate date) {
    return std::chrono::sys_seconds{
        std::chrono::seconds{static_cast<long long>(std::floor(date / U_MILLIS_PER_SECOND))}};
}

int field(const icu::Calendar& calendar, UCalendarDateFields which) {
    UErrorCode status = U_ZERO_ERROR;
    const int value = calendar.get(which, status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU calendar field could not be read: ") + u_errorName(status));
    }
    return value;
}

} // namespace

bool isKnownTimeZone(std::string_view zone) {
    if (zone.empty()) {
        return false;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString canonical;
    UBool isSystemId = false;
    icu::TimeZone::getCanonicalID(toUnicode(zone), canonical, isSystemId, status);
    return U_SUCCESS(status) && isSystemId;
}

LocalDateTime toLocal(std::chrono::sys_seconds instant, std::string_view zone) {
    auto calendar = calendarIn(zone);
    UErrorCode status = U_ZERO_ERROR;
    calendar->setTime(toUDate(instant), status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU calendar could not take the instant: ") + u_errorName(status));
    }
    const int era = field(*calendar, UCAL_ERA);
    if (era != icu::GregorianCalendar::AD) {
        throw std::out_of_range("instant before year 1");
    }
    LocalDateTime local;
    local.date =
        domain::CivilDate(field(*calendar, UCAL_YEAR), field(*calendar, UCAL_MONTH) + 1, field(*calendar, UCAL_DATE));
    local.hour = field(*calendar, UCAL_HOUR_OF_DAY);
    local.minute = field(*calendar, UCAL_MINUTE);
    local.second = field(*calendar, UCAL_SECOND);
    return local;
}

domain::CivilDate localDateAt(std::chrono::sys_seconds instant, std::string_view zone) {
    return toLocal(instant, zone).date;
}

std::chrono::sys_seconds toInstant(domain::CivilDate date, domain::LocalTimeOfDay time, std::string_view zone) {
    auto calendar = calendarIn(zone);
    calendar->clear();
    calendar->set(date.year(), date.month() - 1, date.day(), time.hour, time.minute, 0);
    UErrorCode status = U_ZERO_ERROR;
    const UDate result = calendar->getTime(status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU calendar could not resolve the local time: ") + u_errorName(status));
    }
    return fromUDate(result);
}

} // namespace kiroku::backend::rules
