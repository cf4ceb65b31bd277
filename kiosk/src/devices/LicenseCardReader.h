#pragma once

#include "devices/CardChannel.h"
#include "devices/CardCommands.h"
#include "devices/parsers/LicenseRecord.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kiroku::kiosk::devices {

/// The PIN the license chip expects when its holder set none (the PIN-setting file says 05 01 00).
inline constexpr std::string_view kLicenseDefaultPin = "****";

/// Reads the driver's license chip, step by step so the screen can talk to the customer in between:
///   readCommonData() → pinIsSet() → pinState() ("3 tries left") → verifyPin(pin) → readRecord().
/// PIN1 is enough for name, address and date of birth; PIN2 (本籍, photo) is never asked for.
/// A PIN is sent at most once per verifyPin() call and never retried; three wrong PINs block the card until the
/// Public Safety Commission unblocks it.
class LicenseCardReader {
public:
    explicit LicenseCardReader(CardChannel& channel) noexcept : m_channel(channel) {}

    /// Common data (MF/EF 2F01): specification version, issue and expiry date.
    [[nodiscard]] Result<LicenseCommonData, DeviceError> readCommonData();

    /// Whether the holder set a PIN (MF/EF 000A). When not, verify with kLicenseDefaultPin.
    [[nodiscard]] Result<bool, DeviceError> pinIsSet();

    /// Tries left for PIN1 (VERIFY 00 20 00 81 without data). Errors: PinLocked, card and reader errors.
    [[nodiscard]] Result<PinState, DeviceError> pinState();

    /// Verifies PIN1 (4 digits, or kLicenseDefaultPin). Asks for the tries left first and refuses without
    /// sending when the card is locked, or when 1 try is left unless `confirmation` is LastTryConfirmed.
    /// Errors: InvalidPinFormat, PinLocked, LastTryNeedsStaffConfirmation, WrongPin (triesLeft), card errors.
    [[nodiscard]] Result<Done, DeviceError> verifyPin(std::string_view pin,
                                                      StaffConfirmation confirmation = StaffConfirmation::No);

    /// Selects DF1/EF01 and reads it in READ BINARY pieces until the TLV data ends (at most 880 bytes), then
    /// parses it. Errors: SecurityStatusNotSatisfied (69 82: PIN1 not verified), UnsupportedCard, GarbledTlv,
    /// InvalidRecord, CardRemoved, ReaderRemoved…
    [[nodiscard]] Result<LicenseRecord, DeviceError> readRecord();

    /// Bytes per READ BINARY (1–255; default 255). Some readers need smaller pieces.
    void setChunkSize(std::uint8_t bytes) noexcept { m_chunk = bytes == 0 ? std::uint8_t{1} : bytes; }

    static constexpr std::size_t kEf01Size = 880;
    static constexpr std::uint8_t kPin1Reference = 0x81;

private:
    CardChannel& m_channel;
    std::uint8_t m_chunk = 0xFF;
};

} // namespace kiroku::kiosk::devices
