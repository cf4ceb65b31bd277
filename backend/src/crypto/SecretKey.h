#pragma once

#include "crypto/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace kiroku::crypto {

/// Raw key material that is wiped (OPENSSL_cleanse) when it is destroyed, moved from, or wipe()d.
/// Move-only; copies are explicit through clone() so that key bytes are not duplicated by accident.
class SecretKey {
public:
    /// Size of the AES-256 and HMAC-SHA-256 keys used throughout Kiroku.
    static constexpr std::size_t kDefaultSize = 32;

    /// An empty key (holds no material).
    SecretKey() noexcept = default;

    /// Copies `bytes` into protected storage. The caller remains responsible for wiping its own copy.
    explicit SecretKey(ByteView bytes);

    /// A fresh key of `size` bytes from the system CSPRNG (RAND_bytes). Throws std::runtime_error on failure.
    static SecretKey generate(std::size_t size = kDefaultSize);

    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;
    ~SecretKey();

    /// An explicit copy of the key material.
    SecretKey clone() const;

    /// The key bytes; valid while this object lives and is not modified.
    ByteView bytes() const noexcept { return {m_data.get(), m_size}; }
    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }

    /// Overwrites the material with zeros and releases it; the key becomes empty.
    void wipe() noexcept;

    /// Constant-time comparison of the key material.
    bool sameMaterialAs(const SecretKey& other) const noexcept;

private:
    std::unique_ptr<std::uint8_t[]> m_data;
    std::size_t m_size = 0;
};

} // namespace kiroku::crypto
