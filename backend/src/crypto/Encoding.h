#pragma once

#include "crypto/Bytes.h"

#include <string>
#include <string_view>

namespace kiroku::crypto {

// toHex() lives in crypto/Hash.h.

/// Decodes hex (upper or lower case, even length, nothing else). Throws std::invalid_argument.
Bytes fromHex(std::string_view hex);

/// Standard base64 (RFC 4648 §4, alphabet "+/"); with `padded` false the trailing '=' are left out.
std::string toBase64(ByteView bytes, bool padded = true);

/// Decodes standard base64 with or without '=' padding. No white space or other characters are accepted.
/// Throws std::invalid_argument.
Bytes fromBase64(std::string_view base64);

} // namespace kiroku::crypto
