#pragma once

#include "devices/parsers/Bytes.h"
#include "devices/parsers/ParseError.h"
#include "devices/parsers/Result.h"

#include <chrono>
#include <string>

namespace kiroku::kiosk::devices {

/// Japanese eras as coded on the driver's license chip (the first of the 7 date digits).
enum class Era { Meiji = 1, Taisho = 2, Showa = 3, Heisei = 4, Reiwa = 5 };

/// Parses a license-chip date: 7 ASCII digits, era digit (1 明治 1868, 2 大正 1912, 3 昭和 1926, 4 平成 1989,
/// 5 令和 2019) then YYMMDD in that era. Errors: DateBadFormat (not 7 digits), EraUnknown, EraYearZero,
/// DateMonthOutOfRange, DateDayOutOfRange (checked against the Gregorian month, leap years included),
/// DateBeforeEraStart (e.g. 平成元年1月7日: Heisei began on 1989-01-08).
/// A date after its era's end is accepted as counted on: cards issued before 2019 printed expiries such as
/// 平成32年 (= 2020), and the chip carries the same value.
Result<std::chrono::year_month_day, ParseError> parseEraDate(ByteView sevenDigits);

/// The first Gregorian day of an era (明治 is taken from 1868-01-01: the Gregorian calendar applies from 1873,
/// long before any living card holder was born).
std::chrono::year_month_day eraStart(Era era) noexcept;

/// Parses 8 ASCII digits YYYYMMDD (My Number card) into a valid Gregorian date. Errors: DateBadFormat,
/// DateMonthOutOfRange, DateDayOutOfRange.
Result<std::chrono::year_month_day, ParseError> parseIsoBasicDate(ByteView eightDigits);

/// Parses 4 BCD bytes YYYYMMDD (license common data). Errors as parseIsoBasicDate.
Result<std::chrono::year_month_day, ParseError> parseBcdDate(ByteView fourBytes);

/// "2024-05-01".
std::string toIsoString(std::chrono::year_month_day date);

} // namespace kiroku::kiosk::devices
