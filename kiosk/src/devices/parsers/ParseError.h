#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiroku::kiosk::devices {

/// Why a parser refused its input. Every parser returns one of these instead of throwing.
enum class ParseErrorCode {
    // TLV (1-byte tag, 1-byte length) and BER-TLV
    TlvTruncatedLength,
    TlvTruncatedValue,
    BerTruncatedTag,
    BerTagTooLong,
    BerUnsupportedLength,
    UnexpectedTag,
    MissingField,
    // Text
    JisOddLength,
    InvalidUtf8,
    NotDigits,
    BadFieldFormat,
    // Dates
    DateBadFormat,
    EraUnknown,
    EraYearZero,
    DateMonthOutOfRange,
    DateDayOutOfRange,
    DateBeforeEraStart,
    // MRZ (ICAO 9303)
    MrzUnknownLayout,
    MrzBadCharacter,
    MrzBadField,
    MrzDocumentNumberCheckDigit,
    MrzBirthDateCheckDigit,
    MrzExpiryDateCheckDigit,
    MrzOptionalDataCheckDigit,
    MrzCompositeCheckDigit,
    // Member cards
    MemberPayloadEmpty,
    MemberPayloadBadCharacter,
    MemberPayloadTooLong,
    MemberPayloadLooksLikeMyNumber,
};

/// A refused input: a stable code for the program and an English sentence for logs and staff. Messages never
/// contain the personal data that was refused.
struct ParseError {
    ParseErrorCode code;
    std::string message;
    std::size_t offset = 0; ///< byte offset in the input where the problem was found, when meaningful
};

/// Non-fatal findings: the record is usable, staff should look.
enum class ParseWarningCode {
    UnknownTag,
    DuplicateTag,
    UnmappedCharacters,
    LicenseNumberCheckDigit,
};

struct ParseWarning {
    ParseWarningCode code;
    std::string message;
};

/// Short stable name of a code, e.g. "TlvTruncatedValue".
std::string_view toString(ParseErrorCode code) noexcept;
std::string_view toString(ParseWarningCode code) noexcept;

} // namespace kiroku::kiosk::devices
