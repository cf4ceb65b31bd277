#pragma once

#include "devices/parsers/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace kiroku::kiosk::devices {

/// A card's answer: data and status word (90 00 = success).
struct ResponseApdu {
    Bytes data;
    std::uint16_t statusWord = 0;

    [[nodiscard]] bool success() const noexcept { return statusWord == 0x9000; }
    [[nodiscard]] std::uint8_t sw1() const noexcept { return static_cast<std::uint8_t>(statusWord >> 8); }
    [[nodiscard]] std::uint8_t sw2() const noexcept { return static_cast<std::uint8_t>(statusWord & 0xFF); }
};

/// A command APDU split into its parts (ISO/IEC 7816-4 cases 1–4, short and extended length).
struct CommandApdu {
    std::uint8_t cla = 0;
    std::uint8_t ins = 0;
    std::uint8_t p1 = 0;
    std::uint8_t p2 = 0;
    ByteView data;                 ///< views the command buffer
    std::optional<std::size_t> le; ///< expected length (256 or 65536 for a zero Le)
};

/// Splits a command APDU; std::nullopt when the bytes are not a well-formed case 1–4 APDU.
std::optional<CommandApdu> parseCommandApdu(ByteView command) noexcept;

/// The commands the readers send.
namespace apdu {
/// SELECT by file identifier under the current DF, no answer data: 00 A4 02 0C 02 hi lo.
Bytes selectFile(std::uint16_t fileId);
/// SELECT by DF name (AID), no answer data: 00 A4 04 0C Lc aid.
Bytes selectApplication(ByteView aid);
/// READ BINARY of the current EF at a 15-bit offset: 00 B0 P1 P2 Le (Le 0 = 256).
Bytes readBinary(std::uint16_t offset, std::uint8_t le);
/// VERIFY without data: asks for the tries left of PIN `reference` (answer 63 Cn).
Bytes verifyStatus(std::uint8_t reference);
/// VERIFY with the PIN bytes: 00 20 00 reference Lc pin.
Bytes verify(std::uint8_t reference, ByteView pin);
} // namespace apdu

/// The 券面事項入力補助AP of the My Number card.
inline constexpr std::uint8_t kMyNumberFaceAid[] = {0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08};
/// DF1 of the driver's license.
inline constexpr std::uint8_t kLicenseDf1Aid[] = {0xA0, 0x00, 0x00, 0x02, 0x31, 0x01, 0x00, 0x00,
                                                  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};

} // namespace kiroku::kiosk::devices
