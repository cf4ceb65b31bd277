#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kiroku::crypto {

/// Cryptographically secure random bytes (OpenSSL RAND_bytes). Throws std::runtime_error on failure.
std::vector<unsigned char> randomBytes(std::size_t count);

/// A random token of `bytes` bytes, encoded as unpadded base64url (URL- and header-safe).
std::string randomToken(std::size_t bytes);

/// A random identifier of `bytes` bytes as lower-case hex (request ids, file names).
std::string randomHex(std::size_t bytes);

} // namespace kiroku::crypto
