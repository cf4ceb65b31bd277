#include "devices/parsers/EraDate.h"

#include <array>
#include <cstdio>

namespace kiroku::kiosk::devices {

namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;
using std::chrono::year_month_day;

ParseError error(ParseErrorCode code, std::string message) {
    return ParseError{code, std::move(message), 0};
}

bool allDigits(ByteView bytes) noexcept {
    for (std::uint8_t b : bytes) {
        if (b < '0' || b > '9') {
            return false;
        }
    }
    return true;
}

unsigned twoDigits(ByteView bytes, std::size_t at) noexcept {
    return static_cast<unsigned>(bytes[at] - '0') * 10u + static_cast<unsigned>(bytes[at + 1] - '0');
}

// Builds a Gregorian date after checking month and day, so each failure has its own code.
Result<year_month_day, ParseError> makeDate(int y, unsigned m, unsigned d) {
    if (m < 1 || m > 12) {
        return Failure{error(ParseErrorCode::DateMonthOutOfRange, "month " + std::to_string(m) + " is not 1-12")};
    }
    const auto lastDay = std::chrono::year_month_day_last(year{y}, std::chrono::month_day_last(month{m})).day();
    if (d < 1 || d > static_cast<unsigned>(lastDay)) {
        return Failure{error(ParseErrorCode::DateDayOutOfRange, "day " + std::to_string(d) + " does not exist in " +
                                                                    std::to_string(y) + "-" + std::to_string(m))};
    }
    return year_month_day{year{y}, month{m}, day{d}};
}

} // namespace

year_month_day eraStart(Era era) noexcept {
    switch (era) {
    case Era::Meiji:
        return year{1868} / 1 / 1;
    case Era::Taisho:
        return year{1912} / 7 / 30;
    case Era::Showa:
        return year{1926} / 12 / 25;
    case Era::Heisei:
        return year{1989} / 1 / 8;
    case Era::Reiwa:
        return year{2019} / 5 / 1;
    }
    return year{1868} / 1 / 1;
}

Result<year_month_day, ParseError> parseEraDate(ByteView sevenDigits) {
    if (sevenDigits.size() != 7 || !allDigits(sevenDigits)) {
        return Failure{error(ParseErrorCode::DateBadFormat, "an era date is 7 ASCII digits (era + YYMMDD)")};
    }
    const unsigned eraDigit = static_cast<unsigned>(sevenDigits[0] - '0');
    if (eraDigit < 1 || eraDigit > 5) {
        return Failure{error(ParseErrorCode::EraUnknown, "era digit " + std::to_string(eraDigit) + " is not 1-5")};
    }
    const Era era = static_cast<Era>(eraDigit);
    const unsigned eraYear = twoDigits(sevenDigits, 1);
    if (eraYear == 0) {
        return Failure{error(ParseErrorCode::EraYearZero, "era year 0 does not exist (the first year is 元年 = 1)")};
    }
    const int gregorianYear = static_cast<int>(eraStart(era).year()) + static_cast<int>(eraYear) - 1;
    auto date = makeDate(gregorianYear, twoDigits(sevenDigits, 3), twoDigits(sevenDigits, 5));
    if (!date) {
        return date;
    }
    if (date.value() < eraStart(era)) {
        return Failure{
            error(ParseErrorCode::DateBeforeEraStart,
                  toIsoString(date.value()) + " is before the start of its era (" + toIsoString(eraStart(era)) + ")")};
    }
    return date;
}

Result<year_month_day, ParseError> parseIsoBasicDate(ByteView eightDigits) {
    if (eightDigits.size() != 8 || !allDigits(eightDigits)) {
        return Failure{error(ParseErrorCode::DateBadFormat, "a date is 8 ASCII digits (YYYYMMDD)")};
    }
    const int y = static_cast<int>(twoDigits(eightDigits, 0) * 100u + twoDigits(eightDigits, 2));
    return makeDate(y, twoDigits(eightDigits, 4), twoDigits(eightDigits, 6));
}

Result<year_month_day, ParseError> parseBcdDate(ByteView fourBytes) {
    if (fourBytes.size() != 4) {
        return Failure{error(ParseErrorCode::DateBadFormat, "a BCD date is 4 bytes (YYYYMMDD)")};
    }
    std::array<std::uint8_t, 8> digits{};
    for (std::size_t i = 0; i < 4; ++i) {
        const std::uint8_t high = fourBytes[i] >> 4;
        const std::uint8_t low = fourBytes[i] & 0x0F;
        if (high > 9 || low > 9) {
            return Failure{error(ParseErrorCode::DateBadFormat, "BCD date holds a nibble above 9")};
        }
        digits[2 * i] = static_cast<std::uint8_t>('0' + high);
        digits[2 * i + 1] = static_cast<std::uint8_t>('0' + low);
    }
    return parseIsoBasicDate(digits);
}

std::string toIsoString(year_month_day date) {
    std::array<char, 16> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return std::string(buffer.data());
}

} // namespace kiroku::kiosk::devices
