#pragma once

#include "devices/CardChannel.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kiroku::kiosk::devices {

/// What the card says about a PIN before anything is tried.
struct PinState {
    int triesLeft = 0;     ///< from 63 Cn; meaningless when verified
    bool verified = false; ///< the card answered 90 00: the PIN is already verified in this session
};

/// Whether staff confirmed, face to face with the customer, that the last PIN attempt may be used.
enum class StaffConfirmation { No, LastTryConfirmed };

/// Building blocks shared by the card readers. Each sends exactly the commands named, never retries a PIN, and
/// maps a status word other than 90 00 to a DeviceError.
namespace card_commands {

/// Sends `command`; an answer other than 90 00 becomes errorFromStatusWord(…, during).
Result<ResponseApdu, DeviceError> transmitExpectingSuccess(CardChannel& channel, ByteView command,
                                                           std::string_view during);

/// VERIFY without data for PIN `reference`: 63 Cn → n tries left, 90 00 → already verified, 63 C0 / 69 83 /
/// 69 84 → PinLocked.
Result<PinState, DeviceError> queryPin(CardChannel& channel, std::uint8_t reference, std::string_view during);

/// Checks the PIN format (4 ASCII digits, or `allowedAlternative` when not empty), asks for the tries left, then
/// sends VERIFY once. Refuses without sending when the card is locked, or when one try is left and staff have
/// not confirmed. Errors: InvalidPinFormat, PinLocked, LastTryNeedsStaffConfirmation, WrongPin (with triesLeft).
Result<Done, DeviceError> verifyPinOnce(CardChannel& channel, std::uint8_t reference, std::string_view pin,
                                        StaffConfirmation confirmation, std::string_view allowedAlternative,
                                        std::string_view during);

/// Reads the current EF from `offset` in READ BINARY pieces of at most `chunk` bytes (1–255) until `enough`
/// says the data is complete, `limit` bytes are read, or the card reports the end of the file (fewer bytes
/// than asked, 62 82 or 6B 00).
template <typename Enough>
Result<Bytes, DeviceError> readBinary(CardChannel& channel, std::size_t limit, std::uint8_t chunk, Enough enough,
                                      std::string_view during, Bytes initial = {});

} // namespace card_commands

} // namespace kiroku::kiosk::devices

#include "devices/CardCommands.inl"
