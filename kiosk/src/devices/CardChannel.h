#pragma once

#include "devices/Apdu.h"
#include "devices/DeviceError.h"
#include "devices/parsers/Result.h"

namespace kiroku::kiosk::devices {

/// A connection to one card: sends a command APDU, returns the card's answer. A status word other than 90 00 is
/// an answer, not an error; errors are transport failures (card or reader gone, reader busy) and refusals.
/// Implementations: PcscCardChannel (the real reader), MyNumberGuardChannel (a filter), test fakes.
class CardChannel {
public:
    virtual ~CardChannel() = default;
    CardChannel() = default;
    CardChannel(const CardChannel&) = delete;
    CardChannel& operator=(const CardChannel&) = delete;

    [[nodiscard]] virtual Result<ResponseApdu, DeviceError> transmit(ByteView command) = 0;
};

} // namespace kiroku::kiosk::devices
