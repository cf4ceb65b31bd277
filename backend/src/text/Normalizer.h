#pragma once

#include <string>
#include <string_view>

// Unicode handling for matching and indexing identity data. Everything goes through ICU; there is no hand-written
// mapping table. The normalize* functions produce comparison keys (for blind indexes and searches), not display
// text: keep what the customer's document says for display.
namespace kiroku::text {

/// True when `utf8` is well-formed UTF-8 already in Unicode Normalization Form C.
bool isNfc(std::string_view utf8);

/// True when `utf8` is well-formed UTF-8.
bool isValidUtf8(std::string_view utf8);

/// Comparison key for a personal name: NFKC with case folding (NFKC_Casefold: full-width Latin becomes ASCII,
/// half-width kana becomes full-width, Latin is case-folded, default-ignorable characters such as zero-width
/// spaces and ideographic variation selectors are dropped), then all white space, including U+3000, is removed.
/// "ＹＡＭＡＤＡ　太郎" and "yamada太郎" give the same key. Throws std::invalid_argument on invalid UTF-8.
std::string normalizeName(std::string_view utf8);

/// Comparison key for a name in kana: normalizeName(), then hiragana becomes katakana (ICU "Hiragana-Katakana"),
/// so "ｶﾀｶﾅ", "カタカナ" and "かたかな" give the same key. Throws std::invalid_argument on invalid UTF-8.
std::string normalizeKana(std::string_view utf8);

/// Comparison key for a document number: NFKC, upper case, and every white-space and dash character removed
/// (Unicode Dash property and Pd category after NFKC, so hyphen-minus, U+2010-U+2015, U+2212 minus, full-width
/// and small forms), plus U+30FC "ー" and U+00AD soft hyphen, which Japanese input methods and copy-paste produce
/// where a hyphen was meant; no document number contains kana. Throws std::invalid_argument on invalid UTF-8.
std::string normalizeDocumentNumber(std::string_view utf8);

/// True when `utf8` contains a control or format character (general categories Cc and Cf, which include tab,
/// newline, DEL, C1 controls, bidirectional overrides, zero-width joiners and the BOM) or a line/paragraph
/// separator (U+2028, U+2029). Meant for single-line fields, which must reject all of them.
/// Throws std::invalid_argument on invalid UTF-8.
bool hasControlCharacters(std::string_view utf8);

} // namespace kiroku::text
