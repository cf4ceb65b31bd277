#pragma once

#include "crypto/Bytes.h"
#include "crypto/KeyEncryptionKey.h"
#include "crypto/SecretKey.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

// Envelope encryption of data keys. The storage layer keeps one row per data key:
//   data_keys(id, purpose, scope, wrapped_key bytea, kek_version, created_at, destroyed_at)
// where wrapped_key = wrapDataKey(kek, key, id, scope) and kek_version = kek.version().
// KEK rotation re-wraps rows (rewrapDataKey) without touching any field ciphertext; destroying a data key
// (crypto-shredding at the end of retention) overwrites wrapped_key and sets destroyed_at.
namespace kiroku::crypto {

/// Wrapped-key format (all integers big-endian):
///   1 byte format version (1) | 4 bytes KEK version | 12 bytes nonce | 32 bytes encrypted key | 16 bytes tag
/// The associated data binds the header, the data-key id and the scope string.
inline constexpr std::uint8_t kWrappedKeyFormatVersion = 1;
inline constexpr std::size_t kWrappedKeySize = 1 + 4 + 12 + 32 + 16;

/// A fresh random 32-byte data key.
SecretKey generateDataKey();

/// Encrypts `dataKey` (32 bytes) under the KEK, bound to `keyId` and `scope` (e.g. "identity:2029-11").
/// Throws std::invalid_argument for a key of another size.
Bytes wrapDataKey(const KeyEncryptionKey& kek, const SecretKey& dataKey, std::uint32_t keyId, std::string_view scope);

/// Recovers a data key. Throws DecryptionError if the blob was altered, belongs to another key id or scope,
/// was wrapped under another KEK version, or the KEK is wrong.
SecretKey unwrapDataKey(const KeyEncryptionKey& kek, ByteView wrapped, std::uint32_t keyId, std::string_view scope);

/// Re-wraps a data key from an old KEK to a new one (KEK rotation). Throws DecryptionError as unwrapDataKey().
Bytes rewrapDataKey(const KeyEncryptionKey& from, const KeyEncryptionKey& to, ByteView wrapped, std::uint32_t keyId,
                    std::string_view scope);

/// The KEK version recorded in a wrapped key's header (not authenticated until unwrapped).
/// Throws DecryptionError if the blob is not a wrapped key.
std::uint32_t wrappedKekVersion(ByteView wrapped);

} // namespace kiroku::crypto
