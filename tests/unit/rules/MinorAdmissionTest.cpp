#include "services/rules/MinorAdmission.h"

#include "RulesTestSupport.h"

using namespace kiroku::backend::rules;
using kiroku::domain::LocalTimeOfDay;
using kiroku::domain::RuleViolation;
using kiroku::domain::StoreRules;
using kiroku::tests::thrownBy;
using kiroku::tests::utc;

namespace {

/// 2026-11-22 HH:MM:SS in Tokyo (UTC+9, no daylight saving time).
std::chrono::sys_seconds tokyo(int hour, int minute, int second = 0) {
    return utc(2026, 11, 22, 0, 0) + std::chrono::hours{hour - 9} + std::chrono::minutes{minute} +
           std::chrono::seconds{second};
}

void checkRefused(int age, std::chrono::sys_seconds at, const StoreRules& rules) {
    const auto error = thrownBy<RuleViolation>([&] { checkMinorAdmission(age, at, "Asia/Tokyo", rules); });
    CHECK(error.code() == "minor_night_hours");
    CHECK(error.field().empty());
}

} // namespace

TEST_CASE("a minor checking in at 22:59 is admitted and must leave at 23:00", "[rules]") {
    const auto admission = checkMinorAdmission(17, tokyo(22, 59), "Asia/Tokyo", StoreRules::defaults());
    CHECK(admission.minor);
    REQUIRE(admission.mustLeaveAt.has_value());
    CHECK(*admission.mustLeaveAt == tokyo(23, 0));
    const auto lastSecond = checkMinorAdmission(17, tokyo(22, 59, 59), "Asia/Tokyo", StoreRules::defaults());
    REQUIRE(lastSecond.mustLeaveAt.has_value());
    CHECK(*lastSecond.mustLeaveAt == tokyo(23, 0));
}

TEST_CASE("a minor is refused from 23:00 until 03:59 local time", "[rules]") {
    const StoreRules rules = StoreRules::defaults();
    checkRefused(17, tokyo(23, 0), rules);
    checkRefused(17, tokyo(23, 59, 59), rules);
    checkRefused(17, tokyo(24, 0), rules); // 00:00 the next day
    checkRefused(17, tokyo(24 + 3, 59), rules);
    checkRefused(17, tokyo(24 + 3, 59, 59), rules);
    checkRefused(0, tokyo(23, 30), rules);
}

TEST_CASE("a minor checking in at 04:00 is admitted and must leave at 23:00 the same day", "[rules]") {
    const auto admission = checkMinorAdmission(17, tokyo(24 + 4, 0), "Asia/Tokyo", StoreRules::defaults());
    REQUIRE(admission.mustLeaveAt.has_value());
    CHECK(*admission.mustLeaveAt == tokyo(24 + 23, 0));
}

TEST_CASE("an adult is admitted at any hour with no leave time", "[rules]") {
    for (int hour : {0, 3, 12, 23}) {
        const auto admission = checkMinorAdmission(18, tokyo(hour, 30), StoreRules::defaults());
        CHECK_FALSE(admission.minor);
        CHECK_FALSE(admission.mustLeaveAt.has_value());
    }
}

TEST_CASE("the minor age and night hours come from the store's rules", "[rules]") {
    StoreRules rules = StoreRules::defaults();
    rules.minorAge = 20;
    checkRefused(19, tokyo(23, 30), rules);

    // A window that does not cross midnight: 00:00–05:00.
    rules.nightStart = LocalTimeOfDay{0, 0};
    rules.nightEnd = LocalTimeOfDay{5, 0};
    checkRefused(17, tokyo(0, 0), rules);
    checkRefused(17, tokyo(4, 59), rules);
    const auto afternoon = checkMinorAdmission(17, tokyo(15, 0), "Asia/Tokyo", rules);
    REQUIRE(afternoon.mustLeaveAt.has_value());
    CHECK(*afternoon.mustLeaveAt == tokyo(24, 0)); // midnight, the next day's night start

    // Equal start and end: no night hours.
    rules.nightEnd = rules.nightStart;
    const auto anyTime = checkMinorAdmission(17, tokyo(2, 0), "Asia/Tokyo", rules);
    CHECK(anyTime.minor);
    CHECK_FALSE(anyTime.mustLeaveAt.has_value());
}

TEST_CASE("night hours follow the store's wall clock across daylight saving time changes", "[rules]") {
    StoreRules rules = StoreRules::defaults();
    rules.timeZone = "America/New_York";
    // 2026-03-08 14:00 EDT (18:00Z), the day clocks spring forward: 23:00 EDT is 03:00Z the next day.
    const auto spring = checkMinorAdmission(16, utc(2026, 3, 8, 18, 0), rules);
    REQUIRE(spring.mustLeaveAt.has_value());
    CHECK(*spring.mustLeaveAt == utc(2026, 3, 9, 3, 0));
    // 22:30 EST on 2026-01-10 is 03:30Z; 23:30 EST is refused.
    CHECK(checkMinorAdmission(16, utc(2026, 1, 11, 3, 30), rules).mustLeaveAt == utc(2026, 1, 11, 4, 0));
    CHECK_THROWS_AS(checkMinorAdmission(16, utc(2026, 1, 11, 4, 30), rules), RuleViolation);

    // A night start inside the skipped hour (02:30 on 2026-03-08) means the first instant after the gap.
    rules.nightStart = LocalTimeOfDay{2, 30};
    rules.nightEnd = LocalTimeOfDay{6, 0};
    const auto beforeGap = checkMinorAdmission(16, utc(2026, 3, 8, 6, 30), rules); // 01:30 EST
    REQUIRE(beforeGap.mustLeaveAt.has_value());
    CHECK(*beforeGap.mustLeaveAt == utc(2026, 3, 8, 7, 0)); // 03:00 EDT
}

TEST_CASE("a negative age is an input error", "[rules]") {
    const auto error = thrownBy<kiroku::domain::ValidationError>(
        [] { checkMinorAdmission(-1, tokyo(12, 0), StoreRules::defaults()); });
    CHECK(error.field() == "age");
}
