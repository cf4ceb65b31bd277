#pragma once

#include "crypto/SecretKey.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace kiroku::crypto {

/// The key-encryption key (KEK): a 32-byte AES key kept outside the database (a 0600 file or the service's
/// environment) that wraps the data keys stored in `data_keys`. `version` is the value stored in
/// `data_keys.kek_version`, so that rotation knows which KEK wrapped which row.
class KeyEncryptionKey {
public:
    /// Reads a key file: a regular file (symbolic links refused) with mode 0600 or stricter (no group or other
    /// permission bits, no execute bit), holding 32 bytes as 64 hex characters or as base64, optionally followed
    /// by one newline. Throws KeyFileError naming the path (and the mode when it is the problem).
    static KeyEncryptionKey fromFile(const std::filesystem::path& path, std::uint32_t version);

    /// Parses the value of an environment variable (same encodings as the file). Throws KeyFileError.
    static KeyEncryptionKey fromEnvironmentValue(std::string_view value, std::uint32_t version);

    /// Reads the environment variable `name`. Throws KeyFileError if it is unset or malformed.
    static KeyEncryptionKey fromEnvironment(const std::string& name, std::uint32_t version);

    /// Wraps existing material (e.g. a freshly generated KEK in kirokuctl). Throws std::invalid_argument
    /// unless it is 32 bytes.
    KeyEncryptionKey(SecretKey key, std::uint32_t version);

    std::uint32_t version() const noexcept { return m_version; }
    const SecretKey& key() const noexcept { return m_key; }

    /// A 16-hex-character key check value (HMAC-SHA-256 of a fixed label), safe to log and to store, that tells
    /// whether the right KEK is loaded without revealing it.
    std::string fingerprint() const;

    /// The 64-hex-character file content for `key` (for generating a new KEK file).
    static std::string encodeForFile(const SecretKey& key);

private:
    SecretKey m_key;
    std::uint32_t m_version;
};

} // namespace kiroku::crypto
