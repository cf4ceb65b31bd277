#pragma once

#include "devices/parsers/ParseError.h"
#include "devices/parsers/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiroku::kiosk::devices {

/// Why a card operation failed. Each outcome the counter staff must handle differently has its own code.
enum class DeviceErrorCode {
    ServiceUnavailable,            ///< pcscd is not running or not reachable
    NoReader,                      ///< no card reader is connected
    ReaderRemoved,                 ///< the reader disappeared during the operation
    NoCard,                        ///< the reader holds no card
    CardRemoved,                   ///< the card was taken away (or reset by another program) during the operation
    ReaderBusy,                    ///< another program holds the reader
    Timeout,                       ///< nothing happened within the time given
    Cancelled,                     ///< cancel() was called
    UnsupportedCard,               ///< the card lacks the expected application or file
    WrongPin,                      ///< the PIN was refused; triesLeft says how many attempts remain
    PinLocked,                     ///< no attempts left (63 C0, 69 83, 69 84): only the issuer can unblock it
    LastTryNeedsStaffConfirmation, ///< one attempt left: not sent without StaffConfirmation::LastTryConfirmed
    InvalidPinFormat,              ///< not 4 digits: refused before anything was sent
    SecurityStatusNotSatisfied,    ///< 69 82: the file needs a verified PIN
    GarbledTlv,                    ///< the card's data is not well-formed TLV
    UnexpectedTag,                 ///< the data starts with a tag other than the one this file must hold
    InvalidRecord,                 ///< well-formed data with a missing or impossible field (date, number, text)
    ForbiddenCommand,              ///< refused before reaching the card (e.g. anything addressing the 個人番号)
    CardError,                     ///< any other status word from the card
    TransmitFailed,                ///< the reader could not exchange the command with the card
};

/// A failed card operation: a code for the program, an English sentence for logs (never personal data), and
/// the details the screen needs.
struct DeviceError {
    DeviceErrorCode code = DeviceErrorCode::CardError;
    std::string message;
    std::optional<int> triesLeft;         ///< for WrongPin, PinLocked and LastTryNeedsStaffConfirmation
    std::uint16_t statusWord = 0;         ///< the card's SW1SW2 when the card answered
    std::optional<ParseError> parseError; ///< for GarbledTlv, UnexpectedTag and InvalidRecord
};

/// Short stable name of a code, e.g. "WrongPin".
std::string_view toString(DeviceErrorCode code) noexcept;

/// The error for a status word that is not 90 00, read in the context `during` ("reading EF01").
DeviceError errorFromStatusWord(std::uint16_t statusWord, std::string_view during);

/// The error for card data a parser refused: TLV structure → GarbledTlv, wrong leading tag → UnexpectedTag,
/// anything else → InvalidRecord.
DeviceError errorFromParseError(ParseError error, std::string_view file);

} // namespace kiroku::kiosk::devices
