#pragma once

// Template part of CardCommands.h.

#include <algorithm>
#include <string>

namespace kiroku::kiosk::devices::card_commands {

template <typename Enough>
Result<Bytes, DeviceError> readBinary(CardChannel& channel, std::size_t limit, std::uint8_t chunk, Enough enough,
                                      std::string_view during, Bytes initial) {
    constexpr std::size_t kMaxOffset = 0x7FFF;
    Bytes data = std::move(initial);
    chunk = std::max<std::uint8_t>(chunk, 1);
    while (data.size() < limit && data.size() <= kMaxOffset && !enough(ByteView(data))) {
        const auto want = static_cast<std::uint8_t>(std::min<std::size_t>(chunk, limit - data.size()));
        auto response = channel.transmit(apdu::readBinary(static_cast<std::uint16_t>(data.size()), want));
        if (!response) {
            return Failure{std::move(response).error()};
        }
        const std::uint16_t sw = response->statusWord;
        if (sw == 0x6B00 || (sw == 0x6282 && response->data.empty())) {
            break; // offset past the end of the file
        }
        if (sw != 0x9000 && sw != 0x6282) {
            return Failure{errorFromStatusWord(sw, std::string(during) + " at offset " + std::to_string(data.size()))};
        }
        data.insert(data.end(), response->data.begin(), response->data.end());
        if (sw == 0x6282 || response->data.size() < want) {
            break; // end of file
        }
    }
    return data;
}

} // namespace kiroku::kiosk::devices::card_commands
