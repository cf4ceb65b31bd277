#include "domain/CivilDate.h"

#include "domain/Errors.h"

#include <stdexcept>

namespace kiroku::domain {

namespace {

constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

bool isDigit(char c) noexcept {
    return c >= '0' && c <= '9';
}

int digitsValue(std::string_view text) noexcept {
    int value = 0;
    for (char c : text) {
        value = value * 10 + (c - '0');
    }
    return value;
}

CivilDate clampedDate(long long year, int month, int day) {
    if (year < kMinYear || year > kMaxYear) {
        throw std::out_of_range("date arithmetic left the supported range 0001..9999");
    }
    const int y = static_cast<int>(year);
    const int lastDay = CivilDate::daysInMonth(y, month);
    return CivilDate(y, month, day > lastDay ? lastDay : day);
}

} // namespace

CivilDate::CivilDate(int year, int month, int day) : m_year(year), m_month(month), m_day(day) {
    if (!isValid(year, month, day)) {
        throw std::invalid_argument("not a valid calendar date between 0001-01-01 and 9999-12-31");
    }
}

bool CivilDate::isLeapYear(int year) noexcept {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int CivilDate::daysInMonth(int year, int month) {
    switch (month) {
    case 1:
    case 3:
    case 5:
    case 7:
    case 8:
    case 10:
    case 12:
        return 31;
    case 4:
    case 6:
    case 9:
    case 11:
        return 30;
    case 2:
        return isLeapYear(year) ? 29 : 28;
    default:
        throw std::invalid_argument("month must be between 1 and 12");
    }
}

bool CivilDate::isValid(int year, int month, int day) noexcept {
    if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1) {
        return false;
    }
    return day <= daysInMonth(year, month);
}

std::optional<CivilDate> CivilDate::tryParse(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    for (std::size_t i : {0U, 1U, 2U, 3U, 5U, 6U, 8U, 9U}) {
        if (!isDigit(text[i])) {
            return std::nullopt;
        }
    }
    const int year = digitsValue(text.substr(0, 4));
    const int month = digitsValue(text.substr(5, 2));
    const int day = digitsValue(text.substr(8, 2));
    if (!isValid(year, month, day)) {
        return std::nullopt;
    }
    return CivilDate(year, month, day);
}

CivilDate CivilDate::parse(std::string_view text, const std::string& field) {
    if (auto date = tryParse(text)) {
        return *date;
    }
    if (text.empty()) {
        throw ValidationError(field, "a date in the form YYYY-MM-DD is required");
    }
    throw ValidationError(field, "must be an existing calendar date in the form YYYY-MM-DD");
}

CivilDate CivilDate::fromSysDays(std::chrono::sys_days days) {
    const std::chrono::year_month_day ymd{days};
    const int year = static_cast<int>(ymd.year());
    if (year < kMinYear || year > kMaxYear) {
        throw std::out_of_range("date arithmetic left the supported range 0001..9999");
    }
    return CivilDate(year, static_cast<int>(static_cast<unsigned>(ymd.month())),
                     static_cast<int>(static_cast<unsigned>(ymd.day())));
}

std::chrono::sys_days CivilDate::toSysDays() const noexcept {
    return std::chrono::sys_days{std::chrono::year{m_year} / std::chrono::month{static_cast<unsigned>(m_month)} /
                                 std::chrono::day{static_cast<unsigned>(m_day)}};
}

std::string CivilDate::toString() const {
    std::string text(10, '-');
    auto put = [&text](std::size_t at, int value, std::size_t width) {
        for (std::size_t i = width; i > 0; --i) {
            text[at + i - 1] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, m_year, 4);
    put(5, m_month, 2);
    put(8, m_day, 2);
    return text;
}

CivilDate CivilDate::addDays(long long days) const {
    // Bound first so that the conversion to a day count cannot overflow.
    if (days > 4'000'000 || days < -4'000'000) {
        throw std::out_of_range("date arithmetic left the supported range 0001..9999");
    }
    return fromSysDays(toSysDays() + std::chrono::days{days});
}

CivilDate CivilDate::addMonths(int months) const {
    const long long monthIndex = static_cast<long long>(m_year) * 12 + (m_month - 1) + months;
    const long long year = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12;
    const int month = static_cast<int>(monthIndex - year * 12) + 1;
    return clampedDate(year, month, m_day);
}

CivilDate CivilDate::addYears(int years) const {
    return clampedDate(static_cast<long long>(m_year) + years, m_month, m_day);
}

CivilDate CivilDate::lastDayOfMonth() const {
    return CivilDate(m_year, m_month, daysInMonth(m_year, m_month));
}

long long daysBetween(CivilDate from, CivilDate to) noexcept {
    return (to.toSysDays() - from.toSysDays()).count();
}

} // namespace kiroku::domain
