#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretKey.h"

#include <cstddef>
#include <string_view>

namespace kiroku::crypto {

/// HKDF `info` labels of the keys derived from the index root key. Each label yields an independent key; a label
/// must never be reused for another purpose. A store-scoped key appends "/" and the store id to the label.
namespace labels {
inline constexpr std::string_view kBlindIndexNameDob = "kiroku/v1/blind-index/name_dob";
inline constexpr std::string_view kBlindIndexDocumentNumber = "kiroku/v1/blind-index/document_number";
inline constexpr std::string_view kBearerTokenPepper = "kiroku/v1/token-pepper/bearer";
inline constexpr std::string_view kMemberCardTokenPepper = "kiroku/v1/token-pepper/member-card";
} // namespace labels

/// HKDF-SHA-256 (RFC 5869, extract-then-expand) through OpenSSL's EVP_KDF "HKDF".
/// `ikm` must not be empty; `salt` and `info` may be; 1 <= length <= 255 * 32.
/// Throws std::invalid_argument for bad sizes, std::runtime_error when OpenSSL fails.
Bytes hkdfSha256(ByteView ikm, ByteView salt, ByteView info, std::size_t length);

/// Derives an independent sub-key from a uniformly random root key: HKDF-SHA-256 with no salt and `label` as info.
SecretKey deriveSubKey(const SecretKey& root, std::string_view label, std::size_t length = SecretKey::kDefaultSize);

} // namespace kiroku::crypto
