#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace kiroku::crypto {

using Sha256Digest = std::array<std::uint8_t, 32>;

/// SHA-256 of a byte string (OpenSSL EVP).
Sha256Digest sha256(std::string_view data);

/// SHA-256 as 64 lower-case hex characters.
std::string sha256Hex(std::string_view data);

/// Lower-case hex of arbitrary bytes.
std::string toHex(std::span<const std::uint8_t> bytes);

/// Constant-time comparison of two byte strings of equal length; false when the lengths differ.
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace kiroku::crypto
