#pragma once

#include <string_view>

namespace kiroku::backend::rules {

/// The check digit of a Japanese driver's license number: digit 11 over digits 1–10 with weights
/// 5,4,3,2,7,6,5,4,3,2, the last digit of (11 − sum mod 11) (domain.md §4; unofficial source, so a mismatch is a
/// warning, never a refusal). `firstTenDigits` must be exactly 10 ASCII digits, else std::invalid_argument.
int licenseCheckDigit(std::string_view firstTenDigits);

/// True when `licenseNumber` is 12 ASCII digits whose 11th digit is the check digit of the first 10.
bool licenseCheckDigitMatches(std::string_view licenseNumber) noexcept;

} // namespace kiroku::backend::rules
