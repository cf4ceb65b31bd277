#pragma once

#include "devices/CardChannel.h"

namespace kiroku::kiosk::devices {

enum class CardKind { DriversLicense, MyNumberCard, Unknown };

/// Tells which reader applies by selecting applications: the My Number 券面事項入力補助AP (through a
/// MyNumberGuardChannel), then the license DF1. A My Number card that also carries a license (since 2025) is
/// reported as MyNumberCard. The card is left with an application selected: reset it (PcscCardChannel::reset)
/// before handing the channel to a reader. Errors: card and reader errors (not an unknown card).
[[nodiscard]] Result<CardKind, DeviceError> identifyCard(CardChannel& channel);

} // namespace kiroku::kiosk::devices
