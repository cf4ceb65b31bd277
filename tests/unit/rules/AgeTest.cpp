#include "services/rules/Age.h"

#include "RulesTestSupport.h"

using namespace kiroku::backend::rules;
using kiroku::domain::CivilDate;
using kiroku::tests::utc;

TEST_CASE("age is counted in completed years and rises on the birthday", "[rules]") {
    const CivilDate born(2008, 4, 2);
    CHECK(ageOn(born, CivilDate(2026, 4, 1)) == 17);
    CHECK(ageOn(born, CivilDate(2026, 4, 2)) == 18);
    CHECK(ageOn(born, CivilDate(2026, 12, 31)) == 18);
    CHECK(ageOn(born, CivilDate(2027, 1, 1)) == 18);
    CHECK(ageOn(born, born) == 0);
    CHECK_THROWS_AS(ageOn(born, CivilDate(2008, 4, 1)), std::invalid_argument);
}

TEST_CASE("a person born on 29 February is a year older from 1 March in non-leap years", "[rules]") {
    const CivilDate born(2008, 2, 29);
    CHECK(ageOn(born, CivilDate(2026, 2, 28)) == 17);
    CHECK(ageOn(born, CivilDate(2026, 3, 1)) == 18);
    CHECK(ageOn(born, CivilDate(2028, 2, 28)) == 19);
    CHECK(ageOn(born, CivilDate(2028, 2, 29)) == 20);
}

TEST_CASE("age at an instant uses the local date in the store's zone", "[rules]") {
    const CivilDate born(2008, 11, 23);
    // 2026-11-22T15:30Z is already 2026-11-23 in Tokyo, still 2026-11-22 in UTC.
    CHECK(ageAt(born, utc(2026, 11, 22, 15, 30), "Asia/Tokyo") == 18);
    CHECK(ageAt(born, utc(2026, 11, 22, 15, 30), "UTC") == 17);
}
