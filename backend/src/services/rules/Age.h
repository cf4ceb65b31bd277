#pragma once

#include "domain/CivilDate.h"

#include <chrono>
#include <string_view>

namespace kiroku::backend::rules {

/// Age in completed years on local date `on`, as Japanese law counts it (年齢計算ニ関スル法律 with Civil Code
/// art. 143): a person is a year older from the anniversary of the birth date; someone born on 29 February is a
/// year older from 1 March in a non-leap year. Throws std::invalid_argument when `on` is before `dateOfBirth`.
int ageOn(domain::CivilDate dateOfBirth, domain::CivilDate on);

/// Age at `instant`, taking the local date in the IANA zone `zone`. Throws ValidationError("time_zone", ...) for an
/// unknown zone and std::invalid_argument when the instant is before the date of birth.
int ageAt(domain::CivilDate dateOfBirth, std::chrono::sys_seconds instant, std::string_view zone);

} // namespace kiroku::backend::rules
