#pragma once

#include "devices/parsers/Bytes.h"
#include "devices/parsers/JisX0208.h"
#include "devices/parsers/ParseError.h"
#include "devices/parsers/Result.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace kiroku::kiosk::devices {

/// BER tags of EF 00 02 in the My Number card's 券面事項入力補助AP. EF 00 01 (the 個人番号) is never read.
namespace my_number_tag {
inline constexpr std::uint32_t kFaceData = 0xFF20;
inline constexpr std::uint32_t kHeader = 0xDF21;
inline constexpr std::uint32_t kName = 0xDF22;
inline constexpr std::uint32_t kAddress = 0xDF23;
inline constexpr std::uint32_t kBirthDate = 0xDF24;
inline constexpr std::uint32_t kSex = 0xDF25;
} // namespace my_number_tag

/// Name, address, date of birth and sex as printed on the card face.
struct MyNumberFaceRecord {
    PersonName name;
    std::string address;
    std::chrono::year_month_day birthDate{};
    Sex sex = Sex::Unspecified;
    std::vector<std::uint32_t> unknownTags; ///< tags inside FF 20 this version does not know; values not kept
    std::vector<ParseWarning> warnings;
};

/// Parses EF 00 02: one FF 20 element (bytes after it are ignored as padding) holding DF 21 header, DF 22 name,
/// DF 23 address (UTF-8), DF 24 date of birth (YYYYMMDD), DF 25 sex ("1" male, "2" female, anything else
/// unspecified). Errors: BER-TLV errors, UnexpectedTag (not FF 20), MissingField, InvalidUtf8, date errors.
Result<MyNumberFaceRecord, ParseError> parseMyNumberFaceRecord(ByteView ef0002);

/// True when `bytes` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(ByteView bytes) noexcept;

} // namespace kiroku::kiosk::devices
