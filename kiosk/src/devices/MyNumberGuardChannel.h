#pragma once

#include "devices/CardChannel.h"

#include <optional>

namespace kiroku::kiosk::devices {

/// The only way Kiroku talks to a My Number card. Every outgoing command is checked before it reaches the card:
///
/// - anything that would address EF 00 01 (the 個人番号) is refused: SELECT with file id 00 01 (alone or in a
///   path), READ BINARY / READ RECORD with short EF identifier 1, odd-INS READ BINARY with file id 00 01;
/// - everything else that the card-face read does not need is refused too (an allow-list): CLA 00 only,
///   SELECT of the 券面事項入力補助AP, SELECT of EF 00 11 (PIN) and EF 00 02 (card face), VERIFY of PIN 80,
///   READ BINARY at an offset in the current EF. Malformed commands are refused.
///
/// Refusals are ForbiddenCommand errors; the refused command never reaches the inner channel.
class MyNumberGuardChannel final : public CardChannel {
public:
    explicit MyNumberGuardChannel(CardChannel& inner) noexcept : m_inner(inner) {}

    [[nodiscard]] Result<ResponseApdu, DeviceError> transmit(ByteView command) override;

    /// The refusal for `command`, or std::nullopt when it may be sent to a My Number card.
    [[nodiscard]] static std::optional<DeviceError> check(ByteView command);

private:
    CardChannel& m_inner;
};

} // namespace kiroku::kiosk::devices
