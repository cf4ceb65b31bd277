#pragma once

#include "devices/parsers/Bytes.h"
#include "devices/parsers/JisX0208.h"
#include "devices/parsers/ParseError.h"
#include "devices/parsers/Result.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::kiosk::devices {

/// DF1/EF01 tags of the driver's license chip that Kiroku reads. Tags 11, 13–15, 19, 1A and 1C–1F are known
/// and deliberately not decoded: the identity record does not need them.
namespace license_tag {
inline constexpr std::uint8_t kJisEdition = 0x11;
inline constexpr std::uint8_t kName = 0x12;
inline constexpr std::uint8_t kReadingName = 0x13;
inline constexpr std::uint8_t kAlias = 0x14;
inline constexpr std::uint8_t kUnifiedName = 0x15;
inline constexpr std::uint8_t kBirthDate = 0x16;
inline constexpr std::uint8_t kAddress = 0x17;
inline constexpr std::uint8_t kIssueDate = 0x18;
inline constexpr std::uint8_t kReferenceNumber = 0x19;
inline constexpr std::uint8_t kColourClass = 0x1A;
inline constexpr std::uint8_t kExpiryDate = 0x1B;
inline constexpr std::uint8_t kCondition1 = 0x1C;
inline constexpr std::uint8_t kCondition4 = 0x1F;
inline constexpr std::uint8_t kIssuingCommission = 0x20;
inline constexpr std::uint8_t kLicenseNumber = 0x21;
} // namespace license_tag

/// The identity part of DF1/EF01.
struct LicenseRecord {
    PersonName name;
    std::string address;
    std::chrono::year_month_day birthDate{};
    std::chrono::year_month_day issueDate{};
    std::chrono::year_month_day expiryDate{};
    std::string licenseNumber;     ///< 12 ASCII digits
    std::string issuingCommission; ///< e.g. 東京都公安委員会; empty when the card has no tag 20
    bool licenseNumberCheckDigitValid = false;
    /// Tags of fields holding characters outside JIS X 0208 (shown as kUnmappedMarker): staff type them.
    std::vector<std::uint8_t> fieldsNeedingStaffInput;
    std::vector<std::uint8_t> unknownTags; ///< tags this version does not know; values are not kept
    std::vector<ParseWarning> warnings;

    [[nodiscard]] bool needsStaffInput() const noexcept { return !fieldsNeedingStaffInput.empty(); }
};

/// Parses DF1/EF01 (simple TLV, padding after the last element allowed). Unknown tags are tolerated and
/// reported in unknownTags and as UnknownTag warnings; a repeated tag keeps its first value (DuplicateTag
/// warning); a license-number check-digit mismatch is a LicenseNumberCheckDigit warning, not a refusal.
/// Errors: TLV errors, MissingField (name, birth date, address, issue date, expiry or number absent),
/// JisOddLength, date errors, NotDigits (license number not 12 digits).
Result<LicenseRecord, ParseError> parseLicenseRecord(ByteView ef01);

/// True when digit 11 of a 12-digit license number matches digits 1–10 (weights 5,4,3,2,7,6,5,4,3,2; last digit
/// of 11 − sum mod 11). The rule comes from an unofficial source: a mismatch only warns.
bool licenseNumberCheckDigitValid(std::string_view twelveDigits) noexcept;

/// The check digit (0–9) for the first 10 digits, or -1 when they are not 10 ASCII digits.
int licenseNumberCheckDigit(std::string_view firstTenDigits) noexcept;

/// The common-data file (MF/EF 2F01): 45 0B, specification version (3 ASCII), issue and expiry (BCD YYYYMMDD).
struct LicenseCommonData {
    std::string specVersion;
    std::chrono::year_month_day issueDate{};
    std::chrono::year_month_day expiryDate{};
};

/// Parses the common data; bytes after the 45 element are ignored. Errors: UnexpectedTag, TlvTruncatedValue,
/// DateBadFormat and other date errors.
Result<LicenseCommonData, ParseError> parseLicenseCommonData(ByteView data);

/// Parses the PIN-setting file (MF/EF 000A): 05 01 01 = PIN set, 05 01 00 = no PIN (the card then expects the
/// default PIN "****"). Errors: UnexpectedTag, TlvTruncatedValue.
Result<bool, ParseError> parseLicensePinSetting(ByteView data);

} // namespace kiroku::kiosk::devices
