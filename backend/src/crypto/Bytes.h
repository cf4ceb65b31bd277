#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace kiroku::crypto {

/// Binary data (ciphertexts, wrapped keys, MACs). Stored as bytea by the storage layer.
using Bytes = std::vector<std::uint8_t>;

/// A read-only view of binary data.
using ByteView = std::span<const std::uint8_t>;

/// Views the bytes of a string without copying.
inline ByteView asBytes(std::string_view s) noexcept {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

/// Views binary data as a string (for APIs that take byte strings as std::string_view).
inline std::string_view asStringView(ByteView b) noexcept {
    return {reinterpret_cast<const char*>(b.data()), b.size()};
}

} // namespace kiroku::crypto
