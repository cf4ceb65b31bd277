#include "core/CounterRules.h"

namespace kiroku::kiosk::core {

bool CounterRules::isNight(const QDateTime& now) const {
    if (nightStart == nightEnd) {
        return false;
    }
    const QTime t = now.toTimeZone(zone).time();
    if (nightStart < nightEnd) {
        return t >= nightStart && t < nightEnd;
    }
    return t >= nightStart || t < nightEnd; // crosses midnight
}

QDateTime CounterRules::nextNightStart(const QDateTime& now) const {
    if (nightStart == nightEnd) {
        return {};
    }
    const QDateTime local = now.toTimeZone(zone);
    QDateTime candidate(local.date(), nightStart, zone);
    if (candidate <= local) {
        candidate = QDateTime(local.date().addDays(1), nightStart, zone);
    }
    return candidate;
}

QDateTime CounterRules::nightEndAfter(const QDateTime& now) const {
    if (nightStart == nightEnd) {
        return {};
    }
    const QDateTime local = now.toTimeZone(zone);
    QDateTime candidate(local.date(), nightEnd, zone);
    if (candidate <= local) {
        candidate = QDateTime(local.date().addDays(1), nightEnd, zone);
    }
    return candidate;
}

int ageOn(QDate dateOfBirth, QDate on) {
    if (!dateOfBirth.isValid() || !on.isValid() || on < dateOfBirth) {
        return -1;
    }
    int years = on.year() - dateOfBirth.year();
    QDate anniversary(on.year(), dateOfBirth.month(), dateOfBirth.day());
    if (!anniversary.isValid()) { // 29 February in a non-leap year: older from 1 March
        anniversary = QDate(on.year(), 3, 1);
    }
    if (on < anniversary) {
        --years;
    }
    return years;
}

} // namespace kiroku::kiosk::core
