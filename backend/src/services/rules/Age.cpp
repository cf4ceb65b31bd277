#include "services/rules/Age.h"

#include "services/rules/ZoneTime.h"

#include <stdexcept>

namespace kiroku::backend::rules {

int ageOn(domain::CivilDate dateOfBirth, domain::CivilDate on) {
    if (on < dateOfBirth) {
        throw std::invalid_argument("the date is before the date of birth");
    }
    int age = on.year() - dateOfBirth.year();
    // Comparing (month, day) makes a 29 February birthday fall on 1 March in non-leap years: on 28 February the
    // anniversary has not come yet, on 1 March it has passed.
    if (on.month() < dateOfBirth.month() || (on.month() == dateOfBirth.month() && on.day() < dateOfBirth.day())) {
        --age;
    }
    return age;
}

int ageAt(domain::CivilDate dateOfBirth, std::chrono::sys_seconds instant, std::string_view zone) {
    return ageOn(dateOfBirth, localDateAt(instant, zone));
}

} // namespace kiroku::backend::rules
