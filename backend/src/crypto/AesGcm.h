#pragma once

#include "crypto/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <span>

// AES-256-GCM building block shared by FieldCipher and the data-key envelope. Not for use outside crypto/.
namespace kiroku::crypto::detail {

inline constexpr std::size_t kAesKeySize = 32;
inline constexpr std::size_t kGcmNonceSize = 12;
inline constexpr std::size_t kGcmTagSize = 16;

/// Encrypts `plaintext` under a fresh random 96-bit nonce and appends nonce | ciphertext | tag to `out`.
/// Throws std::invalid_argument for a key that is not 32 bytes, std::runtime_error when OpenSSL fails.
void aesGcmSeal(ByteView key, ByteView associatedData, ByteView plaintext, Bytes& out);

/// Opens nonce | ciphertext | tag into `plaintextOut`, whose size must be sealed.size() - 28.
/// Throws DecryptionError when authentication fails (and leaves `plaintextOut` zeroed).
void aesGcmOpen(ByteView key, ByteView associatedData, ByteView sealed, std::span<std::uint8_t> plaintextOut);

} // namespace kiroku::crypto::detail
