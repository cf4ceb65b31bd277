#include "services/police/AnswerDocument.h"
#include "services/police/CanonicalJson.h"

#include <catch2/catch.hpp>

using kiroku::backend::services::answerNumber;
using kiroku::backend::services::CanonicalJson;
using kiroku::backend::services::formatUtcMicros;

TEST_CASE("canonical JSON sorts keys by bytes, writes no white space and escapes only what it must", "[police]") {
    const CanonicalJson value = CanonicalJson::Object{
        {"b", CanonicalJson::Array{1, true, nullptr, "x"}},
        {"a", "山田 \"太郎\"\\\n\t\x01"},
        {"B", CanonicalJson::Object{{"z", std::int64_t{-5}}, {"y", false}}},
    };
    CHECK(value.dump() == "{\"B\":{\"y\":false,\"z\":-5},\"a\":\"山田 \\\"太郎\\\"\\\\\\n\\t\\u0001\","
                          "\"b\":[1,true,null,\"x\"]}");
}

TEST_CASE("canonical JSON is the same bytes whatever order the fields were given in", "[police]") {
    const CanonicalJson one = CanonicalJson::Object{{"number", "K-2026-000001"}, {"at", "2026"}};
    CanonicalJson::Object other;
    other["at"] = "2026";
    other["number"] = "K-2026-000001";
    CHECK(one.dump() == CanonicalJson(other).dump());
}

TEST_CASE("canonical JSON refuses text that is not UTF-8", "[police]") {
    CHECK_THROWS_AS(CanonicalJson(std::string("\xff\xfe")).dump(), std::invalid_argument);
}

TEST_CASE("answer numbers run per year with six digits", "[police]") {
    CHECK(answerNumber(2026, 1) == "K-2026-000001");
    CHECK(answerNumber(2026, 123) == "K-2026-000123");
    CHECK(answerNumber(2027, 1234567) == "K-2027-1234567");
    CHECK_THROWS_AS(answerNumber(2026, 0), std::invalid_argument);
}

TEST_CASE("instants in answers are UTC with microseconds", "[police]") {
    using namespace std::chrono;
    const auto t = sys_days{year{2026} / November / day{22}} + hours{5} + minutes{3} + seconds{7} + microseconds{42};
    CHECK(formatUtcMicros(t) == "2026-11-22T05:03:07.000042Z");
    CHECK(formatUtcMicros(sys_days{year{1970} / January / day{1}}) == "1970-01-01T00:00:00.000000Z");
}
