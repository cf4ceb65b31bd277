#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretKey.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kiroku::crypto {

class KeyRing;

/// Where an encrypted value lives. All four parts are authenticated (AES-GCM associated data), so a ciphertext
/// copied to another table, column, row or key id no longer decrypts.
struct FieldContext {
    std::string table;
    std::string column;
    std::string rowId;
    std::uint32_t keyId = 0;
};

/// Canonical, unambiguous encoding of a FieldContext for use as associated data: a domain label, then each string
/// as a 4-byte big-endian length followed by its bytes, then the key id (4 bytes big-endian).
Bytes encodeAssociatedData(const FieldContext& context);

/// The key id stored in the header of an encrypted field. Throws DecryptionError if `blob` is too short to be a
/// field ciphertext or has an unknown format version. The id is authenticated only when the blob is decrypted.
std::uint32_t keyIdOf(ByteView blob);

/// AES-256-GCM encryption of single column values.
///
/// Blob format (all integers big-endian):
///   1 byte format version (1) | 4 bytes key id | 12 bytes random nonce | ciphertext | 16 bytes tag
/// The associated data is the header (version, key id) followed by encodeAssociatedData(context).
class FieldCipher {
public:
    static constexpr std::uint8_t kFormatVersion = 1;
    static constexpr std::size_t kHeaderSize = 5;
    static constexpr std::size_t kOverhead = kHeaderSize + 12 + 16;

    /// Encrypts with a key that the caller holds; the blob records context.keyId.
    /// Throws std::invalid_argument for a key that is not 32 bytes.
    static Bytes encrypt(const SecretKey& key, const FieldContext& context, std::string_view plaintext);

    /// Decrypts a blob produced by encrypt() for the same context. Throws DecryptionError when the blob was altered,
    /// was made for another table/column/row, names another key id than context.keyId, or the key is wrong.
    static std::string decrypt(const SecretKey& key, const FieldContext& context, ByteView blob);

    /// A cipher that takes its keys from `ring` (which must outlive it).
    explicit FieldCipher(const KeyRing& ring) noexcept : m_ring(&ring) {}

    /// Encrypts under the ring's key context.keyId. Throws UnknownKeyError if that key is not loaded.
    Bytes encrypt(const FieldContext& context, std::string_view plaintext) const;

    /// Decrypts with the ring's key context.keyId (set it from keyIdOf(blob) or the row's key column).
    /// Throws UnknownKeyError if that key is not loaded (e.g. destroyed after retention), DecryptionError as above.
    std::string decrypt(const FieldContext& context, ByteView blob) const;

    /// Decrypts with the ring's key named in the blob header; the table, column and row still have to match.
    std::string decryptWithHeaderKey(FieldContext context, ByteView blob) const;

private:
    const KeyRing* m_ring;
};

} // namespace kiroku::crypto
