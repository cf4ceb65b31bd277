#include "devices/parsers/EraDate.h"
#include "support/Hex.h"

#include <catch2/catch.hpp>

using namespace kiroku::kiosk::devices;
using namespace std::chrono;
using kiroku::kiosk::devices::test::ascii;

namespace {

std::string eraDate(std::string_view digits) {
    auto date = parseEraDate(ascii(digits));
    return date ? toIsoString(date.value()) : std::string(toString(date.error().code));
}

} // namespace

TEST_CASE("each era digit maps to its first Gregorian year", "[devices][era]") {
    CHECK(eraDate("1010101") == "1868-01-01");
    CHECK(eraDate("1450101") == "1912-01-01");
    CHECK(eraDate("2010730") == "1912-07-30");
    CHECK(eraDate("3480615") == "1973-06-15");
    CHECK(eraDate("4010108") == "1989-01-08");
    CHECK(eraDate("5010501") == "2019-05-01");
    CHECK(eraDate("5071231") == "2025-12-31");
}

TEST_CASE("era boundaries: the last day of the old era and the first day of the new one", "[devices][era]") {
    CHECK(eraDate("3640107") == "1989-01-07"); // 昭和64年1月7日
    CHECK(eraDate("4010108") == "1989-01-08"); // 平成元年1月8日
    CHECK(eraDate("4310430") == "2019-04-30"); // 平成31年4月30日
    CHECK(eraDate("5010501") == "2019-05-01"); // 令和元年5月1日
    CHECK(eraDate("3011225") == "1926-12-25"); // 昭和元年12月25日
    CHECK(eraDate("2150729") == "1926-07-29");
}

TEST_CASE("a date before its era began is refused", "[devices][era]") {
    CHECK(eraDate("4010107") == "DateBeforeEraStart"); // 平成元年1月7日 was still 昭和
    CHECK(eraDate("5010430") == "DateBeforeEraStart"); // 令和元年4月30日 was still 平成
    CHECK(eraDate("3011224") == "DateBeforeEraStart");
    CHECK(eraDate("2010729") == "DateBeforeEraStart");
}

TEST_CASE("an expiry counted on past its era's end is read as printed", "[devices][era]") {
    CHECK(eraDate("4320315") == "2020-03-15"); // 平成32年, printed on cards issued before 2019
    CHECK(eraDate("3650101") == "1990-01-01");
}

TEST_CASE("era year zero, unknown eras and impossible months or days are refused", "[devices][era]") {
    CHECK(eraDate("4000101") == "EraYearZero");
    CHECK(eraDate("0450101") == "EraUnknown");
    CHECK(eraDate("6010101") == "EraUnknown");
    CHECK(eraDate("9450101") == "EraUnknown");
    CHECK(eraDate("4451301") == "DateMonthOutOfRange");
    CHECK(eraDate("4450001") == "DateMonthOutOfRange");
    CHECK(eraDate("4450100") == "DateDayOutOfRange");
    CHECK(eraDate("4450431") == "DateDayOutOfRange");
}

TEST_CASE("February 29 exists only in leap years", "[devices][era]") {
    CHECK(eraDate("4120229") == "2000-02-29");        // 平成12年: 2000 is a leap year
    CHECK(eraDate("4110229") == "DateDayOutOfRange"); // 1999
    CHECK(eraDate("1330229") == "DateDayOutOfRange"); // 明治33年 = 1900, not a leap year
    CHECK(eraDate("5060229") == "2024-02-29");
}

TEST_CASE("era dates must be exactly seven ASCII digits", "[devices][era]") {
    CHECK(eraDate("450101") == "DateBadFormat");
    CHECK(eraDate("44501011") == "DateBadFormat");
    CHECK(eraDate("445O101") == "DateBadFormat");
    CHECK(eraDate("") == "DateBadFormat");
}

TEST_CASE("YYYYMMDD and BCD dates are validated too", "[devices][era]") {
    auto iso = parseIsoBasicDate(ascii("19850415"));
    REQUIRE(iso.ok());
    CHECK(iso.value() == year{1985} / April / 15);
    CHECK(parseIsoBasicDate(ascii("19850431")).error().code == ParseErrorCode::DateDayOutOfRange);
    CHECK(parseIsoBasicDate(ascii("1985041")).error().code == ParseErrorCode::DateBadFormat);

    auto bcd = parseBcdDate(kiroku::kiosk::devices::test::hex("20 24 03 31"));
    REQUIRE(bcd.ok());
    CHECK(bcd.value() == year{2024} / March / 31);
    CHECK(parseBcdDate(kiroku::kiosk::devices::test::hex("20 2A 03 31")).error().code == ParseErrorCode::DateBadFormat);
}
