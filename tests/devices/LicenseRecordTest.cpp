#include "devices/parsers/LicenseRecord.h"
#include "support/Hex.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kiroku::kiosk::devices;
using namespace kiroku::kiosk::devices::test;
using namespace std::chrono;

namespace {

const Bytes kName = hex("3B 33 45 44 21 21 42 40 4F 3A");                                  // 山田　太郎
const Bytes kAddress = hex("45 6C 35 7E 45 54 40 69 42 65 45 44 36 68 23 31 43 7A 4C 5C"); // 東京都千代田区１丁目
const Bytes kCommission = hex("45 6C 35 7E 45 54 38 78 30 42 30 51 30 77 32 71");          // 東京都公安委員会

Bytes ef01(const Bytes& name = kName, const std::string& number = "301234567810") {
    return concat({tlv(0x11, ascii("1")), tlv(0x12, name), tlv(0x16, ascii("3480615")), tlv(0x17, kAddress),
                   tlv(0x18, ascii("5040401")), tlv(0x1B, ascii("5090715")), tlv(0x20, kCommission),
                   tlv(0x21, ascii(number)), Bytes(40, 0xFF)});
}

bool hasWarning(const LicenseRecord& record, ParseWarningCode code) {
    return std::any_of(record.warnings.begin(), record.warnings.end(),
                       [&](const ParseWarning& w) { return w.code == code; });
}

} // namespace

TEST_CASE("a license record yields name, address, dates, number and commission", "[devices][tlv]") {
    auto record = parseLicenseRecord(ef01());
    REQUIRE(record.ok());
    CHECK(record->name.family == "山田");
    CHECK(record->name.given == "太郎");
    CHECK(record->address == "東京都千代田区１丁目");
    CHECK(record->birthDate == year{1973} / June / 15);
    CHECK(record->issueDate == year{2022} / April / 1);
    CHECK(record->expiryDate == year{2027} / July / 15);
    CHECK(record->licenseNumber == "301234567810");
    CHECK(record->licenseNumberCheckDigitValid);
    CHECK(record->issuingCommission == "東京都公安委員会");
    CHECK_FALSE(record->needsStaffInput());
    CHECK(record->warnings.empty());
}

TEST_CASE("a 外字 in the name marks the field for staff input", "[devices][jis]") {
    auto record = parseLicenseRecord(ef01(hex("76 21 45 44 21 21 42 40 4F 3A")));
    REQUIRE(record.ok());
    CHECK(record->name.family == "〓田");
    CHECK(record->fieldsNeedingStaffInput == std::vector<std::uint8_t>{license_tag::kName});
    CHECK(hasWarning(record.value(), ParseWarningCode::UnmappedCharacters));
}

TEST_CASE("a wrong license-number check digit warns but does not refuse", "[devices][tlv]") {
    auto record = parseLicenseRecord(ef01(kName, "301234567850"));
    REQUIRE(record.ok());
    CHECK_FALSE(record->licenseNumberCheckDigitValid);
    CHECK(hasWarning(record.value(), ParseWarningCode::LicenseNumberCheckDigit));
}

TEST_CASE("the license-number check digit uses weights 5,4,3,2,7,6,5,4,3,2", "[devices]") {
    CHECK(licenseNumberCheckDigit("3012345678") == 1); // sum 153, 153 mod 11 = 10, 11 - 10 = 1
    CHECK(licenseNumberCheckDigit("3000000000") == 7); // sum 15, 15 mod 11 = 4, 11 - 4 = 7
    CHECK(licenseNumberCheckDigit("0000000000") == 1); // 11 - 0 = 11: last digit 1
    CHECK(licenseNumberCheckDigit("0000000006") == 0); // sum 12, 12 mod 11 = 1, 11 - 1 = 10: last digit 0
    CHECK(licenseNumberCheckDigit("12345X7890") == -1);
    CHECK(licenseNumberCheckDigitValid("301234567810"));
    CHECK_FALSE(licenseNumberCheckDigitValid("30123456781"));
}

TEST_CASE("unknown tags are tolerated and reported without their values", "[devices][tlv]") {
    Bytes data = ef01();
    const Bytes extra = tlv(0x42, ascii("xyz"));
    data.insert(data.begin(), extra.begin(), extra.end());
    auto record = parseLicenseRecord(data);
    REQUIRE(record.ok());
    CHECK(record->unknownTags == std::vector<std::uint8_t>{0x42});
    CHECK(hasWarning(record.value(), ParseWarningCode::UnknownTag));
}

TEST_CASE("a repeated tag keeps its first value and warns", "[devices][tlv]") {
    Bytes data = concat({tlv(0x12, hex("30 21")), ef01()});
    auto record = parseLicenseRecord(data);
    REQUIRE(record.ok());
    CHECK(record->name.family == "亜");
    CHECK(hasWarning(record.value(), ParseWarningCode::DuplicateTag));
}

TEST_CASE("a license record without a name is refused", "[devices][tlv]") {
    const Bytes data = concat({tlv(0x16, ascii("3480615")), tlv(0x17, kAddress), tlv(0x18, ascii("5040401")),
                               tlv(0x1B, ascii("5090715")), tlv(0x21, ascii("301234567810"))});
    auto record = parseLicenseRecord(data);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ParseErrorCode::MissingField);
    CHECK_THAT(record.error().message, Catch::Contains("tag 12"));
}

TEST_CASE("a truncated license record is refused as garbled TLV", "[devices][tlv]") {
    Bytes data = ef01();
    data.resize(30);
    auto record = parseLicenseRecord(data);
    REQUIRE_FALSE(record.ok());
    CHECK(record.error().code == ParseErrorCode::TlvTruncatedValue);
}

TEST_CASE("a bad date or number in the license record is refused with its cause", "[devices][tlv]") {
    Bytes badDate = ef01();
    const auto at = std::search(badDate.begin(), badDate.end(), std::begin("3480615"), std::end("3480615") - 1);
    REQUIRE(at != badDate.end());
    *(at + 3) = '3'; // month 33
    CHECK(parseLicenseRecord(badDate).error().code == ParseErrorCode::DateMonthOutOfRange);
    CHECK(parseLicenseRecord(ef01(kName, "30123456781A")).error().code == ParseErrorCode::NotDigits);
    CHECK(parseLicenseRecord(ef01(hex("3B 33 45"))).error().code == ParseErrorCode::JisOddLength);
}

TEST_CASE("a license number stored as full-width JIS digits is accepted", "[devices][tlv]") {
    Bytes fullWidth;
    for (char c : std::string("301234567810")) {
        fullWidth.push_back(0x23);
        fullWidth.push_back(static_cast<std::uint8_t>(c));
    }
    auto record = parseLicenseRecord(ef01(kName, std::string(fullWidth.begin(), fullWidth.end())));
    REQUIRE(record.ok());
    CHECK(record->licenseNumber == "301234567810");
}

TEST_CASE("the common data gives the specification version and BCD dates", "[devices][tlv]") {
    auto common = parseLicenseCommonData(hex("45 0B 30 30 38 20 22 04 01 20 27 07 15 46 02 00 00"));
    REQUIRE(common.ok());
    CHECK(common->specVersion == "008");
    CHECK(common->issueDate == year{2022} / April / 1);
    CHECK(common->expiryDate == year{2027} / July / 15);
    CHECK(parseLicenseCommonData(hex("46 0B 30")).error().code == ParseErrorCode::UnexpectedTag);
    CHECK(parseLicenseCommonData(hex("45 0B 30 30 38 20 22")).error().code == ParseErrorCode::TlvTruncatedValue);
    CHECK(parseLicenseCommonData(hex("45 0B 30 30 38 20 22 13 01 20 27 07 15")).error().code ==
          ParseErrorCode::DateMonthOutOfRange);
}

TEST_CASE("the PIN-setting file says whether a PIN was set", "[devices][tlv]") {
    CHECK(parseLicensePinSetting(hex("05 01 01")).value());
    CHECK_FALSE(parseLicensePinSetting(hex("05 01 00")).value());
    CHECK(parseLicensePinSetting(hex("05 01 07")).error().code == ParseErrorCode::BadFieldFormat);
    CHECK(parseLicensePinSetting(hex("05 01")).error().code == ParseErrorCode::TlvTruncatedValue);
    CHECK(parseLicensePinSetting(hex("")).error().code == ParseErrorCode::UnexpectedTag);
}
