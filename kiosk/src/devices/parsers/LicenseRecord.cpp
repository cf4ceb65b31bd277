#include "devices/parsers/LicenseRecord.h"

#include "devices/parsers/EraDate.h"
#include "devices/parsers/Tlv.h"

#include <algorithm>
#include <array>

namespace kiroku::kiosk::devices {

namespace {

using namespace license_tag;

ParseError error(ParseErrorCode code, std::string message, std::size_t offset = 0) {
    return ParseError{code, std::move(message), offset};
}

std::string tagName(std::uint8_t tag) {
    return "tag " + toHex(ByteView(&tag, 1));
}

bool isKnownTag(std::uint8_t tag) noexcept {
    return tag >= kJisEdition && tag <= kLicenseNumber;
}

// The number is 12 ASCII digits; full-width JIS digits (23 30 … 23 39) are accepted as well.
Result<std::string, ParseError> licenseNumberText(ByteView value) {
    std::string digits;
    if (value.size() == 24) {
        for (std::size_t i = 0; i < value.size(); i += 2) {
            if (value[i] != 0x23 || value[i + 1] < 0x30 || value[i + 1] > 0x39) {
                digits.clear();
                break;
            }
            digits.push_back(static_cast<char>(value[i + 1]));
        }
        if (digits.size() == 12) {
            return digits;
        }
    }
    digits.assign(asText(value));
    const bool ok =
        digits.size() == 12 && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!ok) {
        return Failure{error(ParseErrorCode::NotDigits, "license number is not 12 digits")};
    }
    return digits;
}

Result<JisText, ParseError> decodeField(const SimpleTlv& element) {
    auto text = decodeJisX0208(element.value);
    if (!text) {
        ParseError e = std::move(text).error();
        e.message = tagName(element.tag) + ": " + e.message;
        e.offset += element.offset + 2;
        return Failure{std::move(e)};
    }
    return text;
}

Result<std::chrono::year_month_day, ParseError> dateField(const SimpleTlv& element) {
    auto date = parseEraDate(element.value);
    if (!date) {
        ParseError e = std::move(date).error();
        e.message = tagName(element.tag) + ": " + e.message;
        e.offset = element.offset + 2;
        return Failure{std::move(e)};
    }
    return date;
}

} // namespace

int licenseNumberCheckDigit(std::string_view firstTenDigits) noexcept {
    static constexpr std::array<int, 10> kWeights{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    if (firstTenDigits.size() < kWeights.size()) {
        return -1;
    }
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        const char c = firstTenDigits[i];
        if (c < '0' || c > '9') {
            return -1;
        }
        sum += (c - '0') * kWeights[i];
    }
    return (11 - sum % 11) % 10;
}

bool licenseNumberCheckDigitValid(std::string_view twelveDigits) noexcept {
    if (twelveDigits.size() != 12 || twelveDigits[10] < '0' || twelveDigits[10] > '9') {
        return false;
    }
    const int expected = licenseNumberCheckDigit(twelveDigits.substr(0, 10));
    return expected >= 0 && expected == twelveDigits[10] - '0';
}

Result<LicenseRecord, ParseError> parseLicenseRecord(ByteView ef01) {
    auto list = parseSimpleTlv(ef01);
    if (!list) {
        return Failure{std::move(list).error()};
    }
    LicenseRecord record;
    std::array<const SimpleTlv*, 256> byTag{};
    for (const SimpleTlv& element : list->elements) {
        if (!isKnownTag(element.tag)) {
            record.unknownTags.push_back(element.tag);
            record.warnings.push_back({ParseWarningCode::UnknownTag, "unknown " + tagName(element.tag) + " ignored"});
            continue;
        }
        if (byTag[element.tag] != nullptr) {
            record.warnings.push_back(
                {ParseWarningCode::DuplicateTag, tagName(element.tag) + " appears twice; the first one is used"});
            continue;
        }
        byTag[element.tag] = &element;
    }
    for (std::uint8_t tag : {kName, kBirthDate, kAddress, kIssueDate, kExpiryDate, kLicenseNumber}) {
        if (byTag[tag] == nullptr) {
            return Failure{error(ParseErrorCode::MissingField, "license record has no " + tagName(tag))};
        }
    }

    const auto textField = [&](std::uint8_t tag) -> Result<std::string, ParseError> {
        auto text = decodeField(*byTag[tag]);
        if (!text) {
            return Failure{std::move(text).error()};
        }
        if (text->needsStaffInput()) {
            record.fieldsNeedingStaffInput.push_back(tag);
            record.warnings.push_back({ParseWarningCode::UnmappedCharacters,
                                       tagName(tag) + " holds characters outside JIS X 0208: type them by hand"});
        }
        return std::move(text->utf8);
    };

    auto name = textField(kName);
    if (!name) {
        return Failure{std::move(name).error()};
    }
    record.name = splitJapaneseName(name.value());
    auto address = textField(kAddress);
    if (!address) {
        return Failure{std::move(address).error()};
    }
    record.address = trimTrailingSpaces(address.value());
    if (byTag[kIssuingCommission] != nullptr) {
        auto commission = textField(kIssuingCommission);
        if (!commission) {
            return Failure{std::move(commission).error()};
        }
        record.issuingCommission = trimTrailingSpaces(commission.value());
    }

    const std::pair<std::uint8_t, std::chrono::year_month_day*> dates[] = {
        {kBirthDate, &record.birthDate}, {kIssueDate, &record.issueDate}, {kExpiryDate, &record.expiryDate}};
    for (const auto& [tag, target] : dates) {
        auto date = dateField(*byTag[tag]);
        if (!date) {
            return Failure{std::move(date).error()};
        }
        *target = date.value();
    }

    auto number = licenseNumberText(byTag[kLicenseNumber]->value);
    if (!number) {
        return Failure{std::move(number).error()};
    }
    record.licenseNumber = std::move(number).value();
    record.licenseNumberCheckDigitValid = licenseNumberCheckDigitValid(record.licenseNumber);
    if (!record.licenseNumberCheckDigitValid) {
        record.warnings.push_back({ParseWarningCode::LicenseNumberCheckDigit,
                                   "license number check digit does not match: compare the number with the card"});
    }
    return record;
}

Result<LicenseCommonData, ParseError> parseLicenseCommonData(ByteView data) {
    if (data.empty() || data[0] != 0x45) {
        return Failure{error(ParseErrorCode::UnexpectedTag, "common data does not start with tag 45")};
    }
    if (data.size() < 13 || data[1] != 0x0B) {
        return Failure{error(ParseErrorCode::TlvTruncatedValue, "common data element 45 is not 11 bytes long")};
    }
    LicenseCommonData common;
    for (std::size_t i = 2; i < 5; ++i) {
        if (data[i] < 0x20 || data[i] > 0x7E) {
            return Failure{error(ParseErrorCode::BadFieldFormat, "specification version is not ASCII", i)};
        }
    }
    common.specVersion.assign(asText(data.subspan(2, 3)));
    auto issue = parseBcdDate(data.subspan(5, 4));
    if (!issue) {
        return Failure{std::move(issue).error()};
    }
    auto expiry = parseBcdDate(data.subspan(9, 4));
    if (!expiry) {
        return Failure{std::move(expiry).error()};
    }
    common.issueDate = issue.value();
    common.expiryDate = expiry.value();
    return common;
}

Result<bool, ParseError> parseLicensePinSetting(ByteView data) {
    if (data.empty() || data[0] != 0x05) {
        return Failure{error(ParseErrorCode::UnexpectedTag, "PIN setting does not start with tag 05")};
    }
    if (data.size() < 3 || data[1] != 0x01) {
        return Failure{error(ParseErrorCode::TlvTruncatedValue, "PIN setting element 05 is not 1 byte long")};
    }
    if (data[2] > 0x01) {
        return Failure{error(ParseErrorCode::BadFieldFormat, "PIN setting value is neither 00 nor 01", 2)};
    }
    return data[2] == 0x01;
}

} // namespace kiroku::kiosk::devices
