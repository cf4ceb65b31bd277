#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kiroku::domain {

/// A calendar date without a time or a zone (proleptic Gregorian), from 0001-01-01 to 9999-12-31.
/// Dates of birth, document dates and retention dates are civil dates; instants are std::chrono::sys_seconds.
class CivilDate {
public:
    /// 1970-01-01.
    constexpr CivilDate() = default;
    /// Throws std::invalid_argument when the date does not exist (2027-02-29) or is outside 0001..9999.
    CivilDate(int year, int month, int day);

    /// Parses a strict ISO 8601 calendar date, exactly "YYYY-MM-DD". Throws ValidationError naming `field`
    /// when the text is malformed or the date does not exist; the message never repeats the input.
    static CivilDate parse(std::string_view text, const std::string& field);
    /// As parse(), but returns nothing instead of throwing.
    static std::optional<CivilDate> tryParse(std::string_view text) noexcept;
    /// Throws std::out_of_range outside 0001..9999.
    static CivilDate fromSysDays(std::chrono::sys_days days);

    static bool isValid(int year, int month, int day) noexcept;
    static bool isLeapYear(int year) noexcept;
    /// Days in the month; throws std::invalid_argument for a month outside 1..12.
    static int daysInMonth(int year, int month);

    int year() const noexcept { return m_year; }
    int month() const noexcept { return m_month; }
    int day() const noexcept { return m_day; }
    std::chrono::sys_days toSysDays() const noexcept;
    /// "YYYY-MM-DD".
    std::string toString() const;

    /// Throws std::out_of_range when the result leaves 0001..9999 (as do addMonths and addYears).
    CivilDate addDays(long long days) const;
    /// Calendar months. Month-end rule (Civil Code art. 143(2)): when the target month has no such day, the
    /// result is the last day of that month (2026-08-31 + 6 months = 2027-02-28).
    CivilDate addMonths(int months) const;
    /// Calendar years with the same month-end rule (2028-02-29 + 3 years = 2031-02-28).
    CivilDate addYears(int years) const;
    CivilDate lastDayOfMonth() const;

    friend constexpr auto operator<=>(const CivilDate&, const CivilDate&) = default;
    friend constexpr bool operator==(const CivilDate&, const CivilDate&) = default;

private:
    // Declaration order is the comparison order.
    int m_year = 1970;
    int m_month = 1;
    int m_day = 1;
};

/// Days from `from` to `to`: positive when `to` is later, 0 for the same date.
long long daysBetween(CivilDate from, CivilDate to) noexcept;

} // namespace kiroku::domain
