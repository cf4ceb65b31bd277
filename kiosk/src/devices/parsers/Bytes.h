#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kiroku::kiosk::devices {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

/// Views text as bytes without copying (for ASCII fields and test data).
inline ByteView asBytes(std::string_view text) noexcept {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

/// Views bytes as text without copying.
inline std::string_view asText(ByteView bytes) noexcept {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

/// Upper-case hex with spaces ("00 A4 02 0C"), for APDU logs of commands only, never of card data.
std::string toHex(ByteView bytes);

} // namespace kiroku::kiosk::devices
