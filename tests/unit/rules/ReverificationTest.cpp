#include "services/rules/Reverification.h"

#include "RulesTestSupport.h"

using namespace kiroku::backend::rules;
using kiroku::domain::ValidationError;
using kiroku::tests::thrownBy;
using kiroku::tests::utc;

TEST_CASE("a returning member is never due for re-verification when the store's interval is 0", "[rules]") {
    CHECK_FALSE(isReverificationDue(utc(2016, 1, 1), 0, utc(2026, 11, 22)));
}

TEST_CASE("a returning member is due for re-verification once the interval in days has passed", "[rules]") {
    const auto verified = utc(2026, 1, 1, 12, 0);
    CHECK_FALSE(isReverificationDue(verified, 365, utc(2026, 12, 31, 12, 0)));
    CHECK_FALSE(isReverificationDue(verified, 365, utc(2027, 1, 1, 11, 59, 59)));
    CHECK(isReverificationDue(verified, 365, utc(2027, 1, 1, 12, 0)));
    CHECK_FALSE(isReverificationDue(verified, 1, utc(2025, 12, 31))); // verification after now: clock skew
    const auto error = thrownBy<ValidationError>([&] { isReverificationDue(verified, -1, utc(2027, 1, 1)); });
    CHECK(error.field() == "rules.reverification_interval_days");
}
