#include "services/rules/StoreRulesCheck.h"

#include "domain/Errors.h"
#include "services/rules/ZoneTime.h"

namespace kiroku::backend::rules {

namespace {

bool validTime(domain::LocalTimeOfDay time) {
    return time.hour >= 0 && time.hour <= 23 && time.minute >= 0 && time.minute <= 59;
}

bool digit(char c) {
    return c >= '0' && c <= '9';
}

} // namespace

domain::LocalTimeOfDay parseTimeOfDay(std::string_view text, const std::string& field) {
    if (text.size() != 5 || text[2] != ':' || !digit(text[0]) || !digit(text[1]) || !digit(text[3]) ||
        !digit(text[4])) {
        throw domain::ValidationError(field, "must be a time of day in the form HH:MM");
    }
    const domain::LocalTimeOfDay time{(text[0] - '0') * 10 + (text[1] - '0'), (text[3] - '0') * 10 + (text[4] - '0')};
    if (!validTime(time)) {
        throw domain::ValidationError(field, "must be a time of day between 00:00 and 23:59");
    }
    return time;
}

std::string formatTimeOfDay(domain::LocalTimeOfDay time) {
    return std::string{static_cast<char>('0' + time.hour / 10), static_cast<char>('0' + time.hour % 10), ':',
                       static_cast<char>('0' + time.minute / 10), static_cast<char>('0' + time.minute % 10)};
}

void validateStoreRules(const domain::StoreRules& rules) {
    if (!isKnownTimeZone(rules.timeZone)) {
        throw domain::ValidationError("rules.time_zone", "must be an IANA time zone such as Asia/Tokyo");
    }
    if (!validTime(rules.nightStart)) {
        throw domain::ValidationError("rules.night_start", "must be a time of day between 00:00 and 23:59");
    }
    if (!validTime(rules.nightEnd)) {
        throw domain::ValidationError("rules.night_end", "must be a time of day between 00:00 and 23:59");
    }
    if (rules.minorAge < 1 || rules.minorAge > 30) {
        throw domain::ValidationError("rules.minor_age", "must be between 1 and 30");
    }
    if (rules.reverificationIntervalDays < 0) {
        throw domain::ValidationError("rules.reverification_interval_days", "must be 0 (never) or a positive number");
    }
    if (rules.retentionYears < 1) {
        throw domain::ValidationError("rules.retention_years", "must be at least 1");
    }
    if (rules.acceptedDocuments.empty()) {
        throw domain::ValidationError("rules.accepted_documents", "must list at least one document kind");
    }
}

} // namespace kiroku::backend::rules
