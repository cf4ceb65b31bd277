#include "services/rules/LicenseNumber.h"

#include <array>
#include <stdexcept>

namespace kiroku::backend::rules {

namespace {

constexpr std::array<int, 10> kWeights{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

bool allDigits(std::string_view text) noexcept {
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

int licenseCheckDigit(std::string_view firstTenDigits) {
    if (firstTenDigits.size() != kWeights.size() || !allDigits(firstTenDigits)) {
        throw std::invalid_argument("a license check digit is computed over exactly 10 digits");
    }
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        sum += (firstTenDigits[i] - '0') * kWeights[i];
    }
    return (11 - sum % 11) % 10;
}

bool licenseCheckDigitMatches(std::string_view licenseNumber) noexcept {
    if (licenseNumber.size() != 12 || !allDigits(licenseNumber)) {
        return false;
    }
    return licenseCheckDigit(licenseNumber.substr(0, 10)) == licenseNumber[10] - '0';
}

} // namespace kiroku::backend::rules
