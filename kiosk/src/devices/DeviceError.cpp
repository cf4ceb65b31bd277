#include "devices/DeviceError.h"

#include "devices/parsers/Bytes.h"

#include <array>

namespace kiroku::kiosk::devices {

std::string_view toString(DeviceErrorCode code) noexcept {
    switch (code) {
    case DeviceErrorCode::ServiceUnavailable:
        return "ServiceUnavailable";
    case DeviceErrorCode::NoReader:
        return "NoReader";
    case DeviceErrorCode::ReaderRemoved:
        return "ReaderRemoved";
    case DeviceErrorCode::NoCard:
        return "NoCard";
    case DeviceErrorCode::CardRemoved:
        return "CardRemoved";
    case DeviceErrorCode::ReaderBusy:
        return "ReaderBusy";
    case DeviceErrorCode::Timeout:
        return "Timeout";
    case DeviceErrorCode::Cancelled:
        return "Cancelled";
    case DeviceErrorCode::UnsupportedCard:
        return "UnsupportedCard";
    case DeviceErrorCode::WrongPin:
        return "WrongPin";
    case DeviceErrorCode::PinLocked:
        return "PinLocked";
    case DeviceErrorCode::LastTryNeedsStaffConfirmation:
        return "LastTryNeedsStaffConfirmation";
    case DeviceErrorCode::InvalidPinFormat:
        return "InvalidPinFormat";
    case DeviceErrorCode::SecurityStatusNotSatisfied:
        return "SecurityStatusNotSatisfied";
    case DeviceErrorCode::GarbledTlv:
        return "GarbledTlv";
    case DeviceErrorCode::UnexpectedTag:
        return "UnexpectedTag";
    case DeviceErrorCode::InvalidRecord:
        return "InvalidRecord";
    case DeviceErrorCode::ForbiddenCommand:
        return "ForbiddenCommand";
    case DeviceErrorCode::CardError:
        return "CardError";
    case DeviceErrorCode::TransmitFailed:
        return "TransmitFailed";
    }
    return "Unknown";
}

DeviceError errorFromStatusWord(std::uint16_t statusWord, std::string_view during) {
    const std::array<std::uint8_t, 2> sw{static_cast<std::uint8_t>(statusWord >> 8),
                                         static_cast<std::uint8_t>(statusWord & 0xFF)};
    const std::string context(during);
    DeviceError error;
    error.statusWord = statusWord;
    if (sw[0] == 0x63 && (sw[1] & 0xF0) == 0xC0) {
        const int tries = sw[1] & 0x0F;
        error.triesLeft = tries;
        if (tries == 0) {
            error.code = DeviceErrorCode::PinLocked;
            error.message = context + ": the PIN is locked (no tries left); only the issuer can unblock it";
        } else {
            error.code = DeviceErrorCode::WrongPin;
            error.message =
                context + ": wrong PIN, " + std::to_string(tries) + " tr" + (tries == 1 ? "y" : "ies") + " left";
        }
        return error;
    }
    switch (statusWord) {
    case 0x6983:
    case 0x6984:
        error.code = DeviceErrorCode::PinLocked;
        error.triesLeft = 0;
        error.message = context + ": the PIN is locked; only the issuer can unblock it";
        return error;
    case 0x6982:
        error.code = DeviceErrorCode::SecurityStatusNotSatisfied;
        error.message = context + ": the card requires a verified PIN first (69 82)";
        return error;
    case 0x6A82:
    case 0x6A86:
    case 0x6D00:
    case 0x6E00:
        error.code = DeviceErrorCode::UnsupportedCard;
        error.message = context + ": the card does not have this application or file (" + toHex(sw) + ")";
        return error;
    default:
        error.code = DeviceErrorCode::CardError;
        error.message = context + ": the card answered " + toHex(sw);
        return error;
    }
}

DeviceError errorFromParseError(ParseError parseError, std::string_view file) {
    DeviceError error;
    switch (parseError.code) {
    case ParseErrorCode::TlvTruncatedLength:
    case ParseErrorCode::TlvTruncatedValue:
    case ParseErrorCode::BerTruncatedTag:
    case ParseErrorCode::BerTagTooLong:
    case ParseErrorCode::BerUnsupportedLength:
        error.code = DeviceErrorCode::GarbledTlv;
        break;
    case ParseErrorCode::UnexpectedTag:
        error.code = DeviceErrorCode::UnexpectedTag;
        break;
    default:
        error.code = DeviceErrorCode::InvalidRecord;
        break;
    }
    error.message = std::string(file) + ": " + parseError.message;
    error.parseError = std::move(parseError);
    return error;
}

} // namespace kiroku::kiosk::devices
