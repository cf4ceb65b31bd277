#include "services/rules/DocumentText.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace kiroku::backend::rules {

namespace {

icu::UnicodeString toUnicode(std::string_view utf8) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
}

icu::UnicodeString nfkc(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU NFKC normaliser unavailable: ") + u_errorName(status));
    }
    icu::UnicodeString normalised = normalizer->normalize(toUnicode(utf8), status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string("ICU NFKC normalisation failed: ") + u_errorName(status));
    }
    return normalised;
}

bool isSeparator(UChar32 c) {
    return u_isUWhiteSpace(c) || c == u'-' || u_charType(c) == U_DASH_PUNCTUATION;
}

} // namespace

std::string normaliseDocumentNumber(std::string_view utf8) {
    const icu::UnicodeString text = nfkc(utf8);
    icu::UnicodeString kept;
    for (std::int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        if (isSeparator(c)) {
            continue;
        }
        kept.append(c >= u'a' && c <= u'z' ? c - (u'a' - u'A') : c);
    }
    std::string result;
    kept.toUTF8String(result);
    return result;
}

std::string trimText(std::string_view utf8) {
    const icu::UnicodeString text = toUnicode(utf8);
    std::int32_t begin = 0;
    std::int32_t end = text.length();
    while (begin < end && u_isUWhiteSpace(text.char32At(begin))) {
        begin += U16_LENGTH(text.char32At(begin));
    }
    while (end > begin && u_isUWhiteSpace(text.char32At(end - 1))) {
        end -= U16_LENGTH(text.char32At(end - 1));
    }
    std::string result;
    text.tempSubStringBetween(begin, end).toUTF8String(result);
    return result;
}

bool containsDigitRun(std::string_view utf8, std::size_t length) {
    const std::string compact = normaliseDocumentNumber(utf8);
    std::size_t run = 0;
    for (char c : compact) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run >= length) {
            return true;
        }
    }
    return false;
}

bool isUpperAlphanumeric(std::string_view text) noexcept {
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return false;
        }
    }
    return true;
}

bool isDigits(std::string_view text, std::size_t count) noexcept {
    if (text.size() != count) {
        return false;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace kiroku::backend::rules
