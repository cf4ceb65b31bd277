#pragma once

#include "crypto/Bytes.h"
#include "crypto/Hash.h"

#include <string_view>

namespace kiroku::crypto {

/// HMAC-SHA-256 (RFC 2104 / RFC 4231) through OpenSSL's EVP_MAC. The key must not be empty.
/// Throws std::invalid_argument for an empty key, std::runtime_error when OpenSSL fails.
Sha256Digest hmacSha256(ByteView key, ByteView data);

/// HMAC-SHA-256 of a byte string.
Sha256Digest hmacSha256(ByteView key, std::string_view data);

} // namespace kiroku::crypto
