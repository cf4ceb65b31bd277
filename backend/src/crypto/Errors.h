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

/// A data key was destroyed at the end of its retention (crypto-shredding): its half in the key vault is gone, so
/// what it encrypted can never be decrypted again. Raised, for example, when a database restored from a backup taken
/// before a purge still holds the key's wrapped database half. Never to be read as an empty value.
class KeyDestroyedError : public std::runtime_error {
public:
    KeyDestroyedError(std::uint32_t keyId, const std::string& scope)
        : std::runtime_error("data key " + std::to_string(keyId) + " (" + scope +
                             ") was destroyed at the end of its retention: its key vault half is gone"),
          m_keyId(keyId) {}
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
