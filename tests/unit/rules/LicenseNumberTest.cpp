#include "services/rules/LicenseNumber.h"

#include "RulesTestSupport.h"

using namespace kiroku::backend::rules;

TEST_CASE("the license check digit is the last digit of 11 minus the weighted sum mod 11", "[rules]") {
    // 1·5+2·4+3·3+4·2+5·7+6·6+7·5+8·4+9·3+0·2 = 195; 195 mod 11 = 8; 11 − 8 = 3.
    CHECK(licenseCheckDigit("1234567890") == 3);
    // Sum 0: 11 − 0 = 11, last digit 1.
    CHECK(licenseCheckDigit("0000000000") == 1);
    // 9·5 = 45, 45 mod 11 = 1: 11 − 1 = 10, last digit 0.
    CHECK(licenseCheckDigit("9000000000") == 0);
    // 1·5 = 5: 11 − 5 = 6.
    CHECK(licenseCheckDigit("1000000000") == 6);
    CHECK_THROWS_AS(licenseCheckDigit("123456789"), std::invalid_argument);
    CHECK_THROWS_AS(licenseCheckDigit("12345678a0"), std::invalid_argument);
}

TEST_CASE("a license number matches when its 11th digit is the check digit of the first 10", "[rules]") {
    CHECK(licenseCheckDigitMatches("123456789030"));
    CHECK(licenseCheckDigitMatches("123456789035")); // the 12th digit counts reissues and is not checked
    CHECK_FALSE(licenseCheckDigitMatches("123456789040"));
    CHECK_FALSE(licenseCheckDigitMatches("12345678903"));
    CHECK_FALSE(licenseCheckDigitMatches("12345678903X"));
}
