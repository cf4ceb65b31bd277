#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace kiroku::crypto {

/// Authenticated decryption failed: the ciphertext or wrapped key was altered, was moved to another
/// table/column/row/scope, is truncated, or the key is the wrong one. Always a hard error: the caller must never
/// treat it as an empty value.
class DecryptionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A key id is not present in a KeyRing (never loaded, or already destroyed at the end of retention).
class UnknownKeyError : public std::runtime_error {
public:
    explicit UnknownKeyError(std::uint32_t keyId)
        : std::runtime_error("data key " + std::to_string(keyId) + " is not loaded"), m_keyId(keyId) {}
    std::uint32_t keyId() const noexcept { return m_keyId; }

private:
    std::uint32_t m_keyId;
};

/// A key-encryption key could not be loaded: missing file, unsafe permissions, or malformed content.
class KeyFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace kiroku::crypto
