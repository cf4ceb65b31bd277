#pragma once

#include "devices/parsers/Bytes.h"
#include "devices/parsers/ParseError.h"
#include "devices/parsers/PersonFields.h"
#include "devices/parsers/Result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::kiosk::devices {

/// Stands in for a character that is not in JIS X 0208: a 外字 (user-defined rows 85–94, stored on the card
/// only as an image), a code in rows 9–15 (vendor extensions, not JIS X 0208), or an unassigned cell.
/// It is 〓 (U+3013 GETA MARK), the sign Japanese staff read as "a character is missing here".
inline constexpr std::string_view kUnmappedMarker = "\xE3\x80\x93";

/// Text decoded from raw JIS X 0208.
struct JisText {
    std::string utf8;
    /// Character indexes (0-based, one per 2-byte code) where kUnmappedMarker stands: staff must type these
    /// characters from the card face.
    std::vector<std::size_t> unmappedPositions;

    [[nodiscard]] bool needsStaffInput() const noexcept { return !unmappedPositions.empty(); }
};

/// Decodes raw 2-byte JIS X 0208 codes (no escape sequences, as on the driver's license chip) to UTF-8 with
/// ICU's EUC-JP converter. Only rows 1–8 and 16–84 are accepted as JIS X 0208; everything else becomes
/// kUnmappedMarker and is listed in unmappedPositions. Error: JisOddLength.
Result<JisText, ParseError> decodeJisX0208(ByteView raw);

/// Splits a decoded name; leading and trailing full-width and ASCII spaces are dropped.
PersonName splitJapaneseName(std::string_view utf8);

/// Drops trailing U+3000 and ASCII spaces (fixed-width fields on the card are padded with them).
std::string trimTrailingSpaces(std::string_view utf8);

} // namespace kiroku::kiosk::devices
