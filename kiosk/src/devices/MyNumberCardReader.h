#pragma once

#include "devices/CardChannel.h"
#include "devices/CardCommands.h"
#include "devices/MyNumberGuardChannel.h"
#include "devices/parsers/MyNumberFaceRecord.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kiroku::kiosk::devices {

/// Reads the card face (name, address, date of birth, sex) from the My Number card's 券面事項入力補助AP:
///   pinState() ("3 tries left") → verifyPin(pin) → readFaceData().
/// Only EF 00 02 is read. The 個人番号 (EF 00 01) cannot be reached: every command goes through a
/// MyNumberGuardChannel built here around the caller's channel, and the raw channel is not kept.
class MyNumberCardReader {
public:
    explicit MyNumberCardReader(CardChannel& channel) noexcept : m_guard(channel) {}

    /// Selects the application and its PIN file, then asks for the tries left (00 20 00 80 without data).
    /// Errors: UnsupportedCard (no such application), PinLocked, card and reader errors.
    [[nodiscard]] Result<PinState, DeviceError> pinState();

    /// Verifies the 4-digit 券面事項入力補助用 PIN once, after asking for the tries left; refuses without sending when
    /// locked, or with 1 try left unless `confirmation` is LastTryConfirmed. Errors as LicenseCardReader::verifyPin.
    [[nodiscard]] Result<Done, DeviceError> verifyPin(std::string_view pin,
                                                      StaffConfirmation confirmation = StaffConfirmation::No);

    /// Selects EF 00 02, reads its first bytes for the length, then the rest, and parses it.
    /// Errors: SecurityStatusNotSatisfied (PIN not verified), GarbledTlv, UnexpectedTag, InvalidRecord, card errors.
    [[nodiscard]] Result<MyNumberFaceRecord, DeviceError> readFaceData();

    static constexpr std::uint8_t kPinReference = 0x80;
    /// EF 00 02 is far smaller; a longer length means garbled data.
    static constexpr std::size_t kMaxFaceDataSize = 4096;

private:
    [[nodiscard]] Result<Done, DeviceError> selectPinFile();

    MyNumberGuardChannel m_guard;
};

} // namespace kiroku::kiosk::devices
