#include "devices/parsers/ParseError.h"

#include "devices/parsers/Bytes.h"

namespace kiroku::kiosk::devices {

std::string toHex(ByteView bytes) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(bytes.size() * 3);
    for (std::uint8_t b : bytes) {
        if (!out.empty()) {
            out.push_back(' ');
        }
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 0x0F]);
    }
    return out;
}

std::string_view toString(ParseErrorCode code) noexcept {
    switch (code) {
    case ParseErrorCode::TlvTruncatedLength:
        return "TlvTruncatedLength";
    case ParseErrorCode::TlvTruncatedValue:
        return "TlvTruncatedValue";
    case ParseErrorCode::BerTruncatedTag:
        return "BerTruncatedTag";
    case ParseErrorCode::BerTagTooLong:
        return "BerTagTooLong";
    case ParseErrorCode::BerUnsupportedLength:
        return "BerUnsupportedLength";
    case ParseErrorCode::UnexpectedTag:
        return "UnexpectedTag";
    case ParseErrorCode::MissingField:
        return "MissingField";
    case ParseErrorCode::JisOddLength:
        return "JisOddLength";
    case ParseErrorCode::InvalidUtf8:
        return "InvalidUtf8";
    case ParseErrorCode::NotDigits:
        return "NotDigits";
    case ParseErrorCode::BadFieldFormat:
        return "BadFieldFormat";
    case ParseErrorCode::DateBadFormat:
        return "DateBadFormat";
    case ParseErrorCode::EraUnknown:
        return "EraUnknown";
    case ParseErrorCode::EraYearZero:
        return "EraYearZero";
    case ParseErrorCode::DateMonthOutOfRange:
        return "DateMonthOutOfRange";
    case ParseErrorCode::DateDayOutOfRange:
        return "DateDayOutOfRange";
    case ParseErrorCode::DateBeforeEraStart:
        return "DateBeforeEraStart";
    case ParseErrorCode::MrzUnknownLayout:
        return "MrzUnknownLayout";
    case ParseErrorCode::MrzBadCharacter:
        return "MrzBadCharacter";
    case ParseErrorCode::MrzBadField:
        return "MrzBadField";
    case ParseErrorCode::MrzDocumentNumberCheckDigit:
        return "MrzDocumentNumberCheckDigit";
    case ParseErrorCode::MrzBirthDateCheckDigit:
        return "MrzBirthDateCheckDigit";
    case ParseErrorCode::MrzExpiryDateCheckDigit:
        return "MrzExpiryDateCheckDigit";
    case ParseErrorCode::MrzOptionalDataCheckDigit:
        return "MrzOptionalDataCheckDigit";
    case ParseErrorCode::MrzCompositeCheckDigit:
        return "MrzCompositeCheckDigit";
    case ParseErrorCode::MemberPayloadEmpty:
        return "MemberPayloadEmpty";
    case ParseErrorCode::MemberPayloadBadCharacter:
        return "MemberPayloadBadCharacter";
    case ParseErrorCode::MemberPayloadTooLong:
        return "MemberPayloadTooLong";
    case ParseErrorCode::MemberPayloadLooksLikeMyNumber:
        return "MemberPayloadLooksLikeMyNumber";
    }
    return "Unknown";
}

std::string_view toString(ParseWarningCode code) noexcept {
    switch (code) {
    case ParseWarningCode::UnknownTag:
        return "UnknownTag";
    case ParseWarningCode::DuplicateTag:
        return "DuplicateTag";
    case ParseWarningCode::UnmappedCharacters:
        return "UnmappedCharacters";
    case ParseWarningCode::LicenseNumberCheckDigit:
        return "LicenseNumberCheckDigit";
    }
    return "Unknown";
}

} // namespace kiroku::kiosk::devices
