#include "devices/parsers/JisX0208.h"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include <array>
#include <memory>

namespace kiroku::kiosk::devices {

namespace {

constexpr std::string_view kFullWidthSpace = "\xE3\x80\x80";

struct ConverterCloser {
    void operator()(UConverter* converter) const noexcept { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

ConverterPtr openEucJp() {
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open("EUC-JP", &status));
    if (U_FAILURE(status)) {
        return nullptr;
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        return nullptr;
    }
    return converter;
}

// JIS X 0208 assigns rows 1–8 (symbols, kana, Latin, Greek, Cyrillic, box drawing) and 16–84 (kanji).
// ICU's EUC-JP table also maps NEC row 13 and IBM rows 89–92, which the license chip does not use as text.
bool isJisX0208Row(unsigned row) noexcept {
    return (row >= 1 && row <= 8) || (row >= 16 && row <= 84);
}

// Decodes one code (both bytes in 0x21..0x7E) to UTF-8, or returns false when it has no JIS X 0208 character.
bool decodeCell(UConverter* converter, std::uint8_t first, std::uint8_t second, std::string& out) {
    if (converter == nullptr || first < 0x21 || first > 0x7E || second < 0x21 || second > 0x7E ||
        !isJisX0208Row(first - 0x20u)) {
        return false;
    }
    const std::array<char, 2> euc{static_cast<char>(first | 0x80), static_cast<char>(second | 0x80)};
    std::array<UChar, 4> utf16{};
    UErrorCode status = U_ZERO_ERROR;
    ucnv_resetToUnicode(converter);
    const int32_t units = ucnv_toUChars(converter, utf16.data(), static_cast<int32_t>(utf16.size()), euc.data(),
                                        static_cast<int32_t>(euc.size()), &status);
    if (U_FAILURE(status) || units != 1 || utf16[0] == 0xFFFD || utf16[0] == 0x1A) {
        return false;
    }
    std::array<char, 8> utf8{};
    int32_t length = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &length, utf16.data(), units, &status);
    if (U_FAILURE(status) || length <= 0) {
        return false;
    }
    out.append(utf8.data(), static_cast<std::size_t>(length));
    return true;
}

bool endsWith(std::string_view text, std::string_view suffix) noexcept {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view trimLeadingSpaces(std::string_view text) noexcept {
    for (;;) {
        if (text.starts_with(kFullWidthSpace)) {
            text.remove_prefix(kFullWidthSpace.size());
        } else if (text.starts_with(' ')) {
            text.remove_prefix(1);
        } else {
            return text;
        }
    }
}

} // namespace

Result<JisText, ParseError> decodeJisX0208(ByteView raw) {
    if (raw.size() % 2 != 0) {
        return Failure{ParseError{ParseErrorCode::JisOddLength,
                                  "JIS X 0208 text has an odd number of bytes (" + std::to_string(raw.size()) + ")",
                                  raw.size() - 1}};
    }
    const ConverterPtr converter = openEucJp();
    JisText text;
    text.utf8.reserve(raw.size() * 3 / 2);
    for (std::size_t i = 0; i + 1 < raw.size(); i += 2) {
        if (!decodeCell(converter.get(), raw[i], raw[i + 1], text.utf8)) {
            text.utf8.append(kUnmappedMarker);
            text.unmappedPositions.push_back(i / 2);
        }
    }
    return text;
}

std::string trimTrailingSpaces(std::string_view utf8) {
    for (;;) {
        if (endsWith(utf8, kFullWidthSpace)) {
            utf8.remove_suffix(kFullWidthSpace.size());
        } else if (endsWith(utf8, " ")) {
            utf8.remove_suffix(1);
        } else {
            return std::string(utf8);
        }
    }
}

PersonName splitJapaneseName(std::string_view utf8) {
    const std::string trimmed = trimTrailingSpaces(trimLeadingSpaces(utf8));
    const std::string_view name = trimmed;
    PersonName result;
    const std::size_t separator = name.find(kFullWidthSpace);
    if (separator == std::string_view::npos) {
        result.family = std::string(name);
    } else {
        result.family = trimTrailingSpaces(name.substr(0, separator));
        result.given = std::string(trimLeadingSpaces(name.substr(separator + kFullWidthSpace.size())));
    }
    result.full = result.given.empty() ? result.family : result.family + std::string(kFullWidthSpace) + result.given;
    return result;
}

} // namespace kiroku::kiosk::devices
