#pragma once

#include <string>
#include <string_view>

namespace kiroku::backend::rules {

/// Document-number text as staff or a reader typed it, made comparable: NFKC (full-width digits and letters become
/// ASCII), white space and hyphens removed, ASCII letters upper-cased. "ab 1234-5678 cd" → "AB12345678CD".
std::string normaliseDocumentNumber(std::string_view utf8);

/// Free text with leading and trailing white space (including U+3000) removed; ill-formed UTF-8 is replaced.
std::string trimText(std::string_view utf8);

/// True when the text, after the normalisation above, holds a run of at least `length` digits: the shape of a
/// 12-digit 個人番号 however it was typed ("1234 5678 9012", full-width digits).
bool containsDigitRun(std::string_view utf8, std::size_t length);

/// True for a non-empty string of ASCII letters A–Z and digits only.
bool isUpperAlphanumeric(std::string_view text) noexcept;

/// True for a string of exactly `count` ASCII digits.
bool isDigits(std::string_view text, std::size_t count) noexcept;

} // namespace kiroku::backend::rules
