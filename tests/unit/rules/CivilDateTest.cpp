#include "domain/CivilDate.h"

#include "RulesTestSupport.h"

using kiroku::domain::CivilDate;
using kiroku::domain::ValidationError;
using kiroku::tests::thrownBy;

TEST_CASE("a civil date parses only strict ISO YYYY-MM-DD", "[rules]") {
    const CivilDate date = CivilDate::parse("2026-11-22", "visit.date");
    CHECK(date.year() == 2026);
    CHECK(date.month() == 11);
    CHECK(date.day() == 22);
    CHECK(date.toString() == "2026-11-22");
    CHECK(CivilDate::parse("0001-01-01", "f").toString() == "0001-01-01");
    CHECK(CivilDate::parse("9999-12-31", "f").toString() == "9999-12-31");

    for (const char* bad : {"", "2026-1-22", "2026/11/22", "20261122", "2026-11-22T00:00", " 2026-11-22", "2026-11-22 ",
                            "+2026-11-22", "2026-11-2x", "0000-01-01", "２０２６-11-22"}) {
        INFO(bad);
        CHECK_FALSE(CivilDate::tryParse(bad).has_value());
        const auto error = thrownBy<ValidationError>([&] { CivilDate::parse(bad, "person.date_of_birth"); });
        CHECK(error.field() == "person.date_of_birth");
        CHECK(error.code() == "invalid_field");
    }
}

TEST_CASE("a civil date must exist in the calendar, with leap years", "[rules]") {
    CHECK(CivilDate::tryParse("2028-02-29").has_value());
    CHECK(CivilDate::tryParse("2000-02-29").has_value()); // divisible by 400
    CHECK_FALSE(CivilDate::tryParse("2027-02-29").has_value());
    CHECK_FALSE(CivilDate::tryParse("1900-02-29").has_value()); // divisible by 100, not by 400
    CHECK_FALSE(CivilDate::tryParse("2026-04-31").has_value());
    CHECK_FALSE(CivilDate::tryParse("2026-13-01").has_value());
    CHECK_FALSE(CivilDate::tryParse("2026-00-10").has_value());
    CHECK_FALSE(CivilDate::tryParse("2026-01-00").has_value());
    CHECK_THROWS_AS(CivilDate(2027, 2, 29), std::invalid_argument);
    const auto error = thrownBy<ValidationError>([] { CivilDate::parse("2027-02-29", "document.expires_on"); });
    CHECK(error.field() == "document.expires_on");
    CHECK(std::string(error.what()).find("2027") == std::string::npos); // the input is never echoed
}

TEST_CASE("civil dates compare by year, then month, then day", "[rules]") {
    CHECK(CivilDate(2026, 11, 22) < CivilDate(2026, 11, 23));
    CHECK(CivilDate(2026, 11, 30) < CivilDate(2026, 12, 1));
    CHECK(CivilDate(2026, 12, 31) < CivilDate(2027, 1, 1));
    CHECK(CivilDate(2026, 11, 22) == CivilDate::parse("2026-11-22", "f"));
    CHECK(CivilDate(2026, 11, 22) >= CivilDate(2026, 11, 22));
}

TEST_CASE("adding days crosses month and year ends and counts leap days", "[rules]") {
    CHECK(CivilDate(2026, 11, 22).addDays(1) == CivilDate(2026, 11, 23));
    CHECK(CivilDate(2026, 12, 31).addDays(1) == CivilDate(2027, 1, 1));
    CHECK(CivilDate(2028, 2, 28).addDays(1) == CivilDate(2028, 2, 29));
    CHECK(CivilDate(2027, 2, 28).addDays(1) == CivilDate(2027, 3, 1));
    CHECK(CivilDate(2027, 3, 1).addDays(-1) == CivilDate(2027, 2, 28));
    CHECK_THROWS_AS(CivilDate(9999, 12, 31).addDays(1), std::out_of_range);
}

TEST_CASE("adding months or years lands on the month's last day when the day does not exist", "[rules]") {
    CHECK(CivilDate(2026, 8, 31).addMonths(6) == CivilDate(2027, 2, 28));
    CHECK(CivilDate(2027, 8, 31).addMonths(6) == CivilDate(2028, 2, 29));
    CHECK(CivilDate(2026, 1, 31).addMonths(3) == CivilDate(2026, 4, 30));
    CHECK(CivilDate(2026, 8, 31).addMonths(-6) == CivilDate(2026, 2, 28));
    CHECK(CivilDate(2026, 3, 15).addMonths(-3) == CivilDate(2025, 12, 15));
    CHECK(CivilDate(2026, 1, 15).addMonths(-13) == CivilDate(2024, 12, 15));
    CHECK(CivilDate(2026, 11, 22).addMonths(12) == CivilDate(2027, 11, 22));
    CHECK(CivilDate(2028, 2, 29).addYears(3) == CivilDate(2031, 2, 28));
    CHECK(CivilDate(2028, 2, 29).addYears(4) == CivilDate(2032, 2, 29));
    CHECK(CivilDate(2026, 11, 22).addYears(-1) == CivilDate(2025, 11, 22));
    CHECK(CivilDate(2027, 2, 10).lastDayOfMonth() == CivilDate(2027, 2, 28));
}

TEST_CASE("days between two dates is signed and counts leap days", "[rules]") {
    CHECK(daysBetween(CivilDate(2026, 11, 22), CivilDate(2026, 11, 22)) == 0);
    CHECK(daysBetween(CivilDate(2026, 11, 22), CivilDate(2026, 11, 23)) == 1);
    CHECK(daysBetween(CivilDate(2026, 11, 23), CivilDate(2026, 11, 22)) == -1);
    CHECK(daysBetween(CivilDate(2028, 1, 1), CivilDate(2029, 1, 1)) == 366);
    CHECK(daysBetween(CivilDate(2027, 1, 1), CivilDate(2028, 1, 1)) == 365);
    CHECK(daysBetween(CivilDate(1970, 1, 1), CivilDate(2000, 1, 1)) == 10957);
}
