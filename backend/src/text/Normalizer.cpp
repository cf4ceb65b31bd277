#include "text/Normalizer.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <limits>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace kiroku::text {

namespace {

constexpr UChar32 kProlongedSoundMark = 0x30FC;
constexpr UChar32 kSoftHyphen = 0x00AD;

icu::UnicodeString toUnicode(std::string_view utf8) {
    if (utf8.size() > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
        throw std::invalid_argument("text too long");
    }
    if (!isValidUtf8(utf8)) {
        throw std::invalid_argument("text is not valid UTF-8");
    }
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
}

std::string toUtf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

void check(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) {
        throw std::runtime_error(std::string(what) + ": " + u_errorName(status));
    }
}

// ICU's Normalizer2 instances are process-wide singletons, immutable and safe to share between threads.
const icu::Normalizer2& nfkc() {
    static const icu::Normalizer2* const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
        check(status, "ICU NFKC normalizer unavailable");
        return n;
    }();
    return *instance;
}

const icu::Normalizer2& nfkcCasefold() {
    static const icu::Normalizer2* const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
        check(status, "ICU NFKC_Casefold normalizer unavailable");
        return n;
    }();
    return *instance;
}

icu::UnicodeString normalize(const icu::Normalizer2& normalizer, const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString out = normalizer.normalize(text, status);
    check(status, "ICU normalization failed");
    return out;
}

/// Normalizes again only if dropping characters left a sequence that is no longer normalized (e.g. a combining
/// mark that followed a removed space).
icu::UnicodeString renormalize(const icu::Normalizer2& normalizer, icu::UnicodeString text) {
    UErrorCode status = U_ZERO_ERROR;
    const UBool normalized = normalizer.isNormalized(text, status);
    check(status, "ICU normalization check failed");
    return normalized ? text : normalize(normalizer, text);
}

template <typename Predicate> icu::UnicodeString removeIf(const icu::UnicodeString& text, Predicate drop) {
    icu::UnicodeString out;
    for (std::int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        if (!drop(c)) {
            out.append(c);
        }
        i += U16_LENGTH(c);
    }
    return out;
}

bool isWhiteSpace(UChar32 c) {
    return u_hasBinaryProperty(c, UCHAR_WHITE_SPACE) != 0;
}

bool isDash(UChar32 c) {
    return u_hasBinaryProperty(c, UCHAR_DASH) != 0 || u_charType(c) == U_DASH_PUNCTUATION || c == kProlongedSoundMark ||
           c == kSoftHyphen;
}

// A Transliterator is not thread-safe, and creating one parses its rules. One prototype is created once; each
// thread clones it on first use (cloning under a mutex, since the prototype is shared) and then uses its own copy
// without locking.
std::mutex g_prototypeMutex;

const icu::Transliterator& hiraganaToKatakanaPrototype() {
    static const std::unique_ptr<icu::Transliterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Hiragana-Katakana", UTRANS_FORWARD, status));
        check(status, "ICU Hiragana-Katakana transliterator unavailable");
        if (!t) {
            throw std::runtime_error("ICU Hiragana-Katakana transliterator unavailable");
        }
        return t;
    }();
    return *prototype;
}

const icu::Transliterator& threadHiraganaToKatakana() {
    thread_local const std::unique_ptr<icu::Transliterator> local = [] {
        std::lock_guard lock(g_prototypeMutex);
        std::unique_ptr<icu::Transliterator> copy(hiraganaToKatakanaPrototype().clone());
        if (!copy) {
            throw std::runtime_error("ICU transliterator could not be cloned");
        }
        return copy;
    }();
    return *local;
}

} // namespace

bool isValidUtf8(std::string_view utf8) {
    std::int32_t i = 0;
    const auto length = static_cast<std::int32_t>(utf8.size());
    const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            return false;
        }
    }
    return true;
}

bool isNfc(std::string_view utf8) {
    if (!isValidUtf8(utf8)) {
        return false;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) {
        return false;
    }
    const auto text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    const UBool normalized = nfc->isNormalized(text, status);
    return U_SUCCESS(status) && normalized;
}

std::string normalizeName(std::string_view utf8) {
    const icu::UnicodeString folded = normalize(nfkcCasefold(), toUnicode(utf8));
    return toUtf8(renormalize(nfkcCasefold(), removeIf(folded, isWhiteSpace)));
}

std::string normalizeKana(std::string_view utf8) {
    const icu::UnicodeString folded = normalize(nfkcCasefold(), toUnicode(utf8));
    icu::UnicodeString text = renormalize(nfkcCasefold(), removeIf(folded, isWhiteSpace));
    threadHiraganaToKatakana().transliterate(text);
    return toUtf8(renormalize(nfkcCasefold(), text));
}

std::string normalizeDocumentNumber(std::string_view utf8) {
    icu::UnicodeString text = normalize(nfkc(), toUnicode(utf8));
    text.toUpper(icu::Locale::getRoot());
    const icu::UnicodeString kept = removeIf(text, [](UChar32 c) { return isWhiteSpace(c) || isDash(c); });
    return toUtf8(renormalize(nfkc(), kept));
}

bool hasControlCharacters(std::string_view utf8) {
    const icu::UnicodeString text = toUnicode(utf8);
    for (std::int32_t i = 0; i < text.length();) {
        const UChar32 c = text.char32At(i);
        switch (u_charType(c)) {
        case U_CONTROL_CHAR:
        case U_FORMAT_CHAR:
        case U_LINE_SEPARATOR:
        case U_PARAGRAPH_SEPARATOR:
            return true;
        default:
            break;
        }
        i += U16_LENGTH(c);
    }
    return false;
}

} // namespace kiroku::text
