#pragma once

#include "crypto/Bytes.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kiroku::crypto {

/// scrypt cost parameters: N = 2^logN, block size r, parallelism p (RFC 7914).
struct ScryptParameters {
    unsigned logN = 14;
    unsigned r = 8;
    unsigned p = 1;

    bool operator==(const ScryptParameters&) const = default;
};

/// Raw scrypt (RFC 7914) through OpenSSL's EVP_KDF "SCRYPT". `n` must be a power of two > 1.
/// Throws std::invalid_argument for parameters outside the supported range, std::runtime_error on failure.
Bytes scrypt(std::string_view password, ByteView salt, std::uint64_t n, std::uint32_t r, std::uint32_t p,
             std::size_t length);

/// Staff password hashing with scrypt and a 16-byte random salt, encoded as a self-describing string:
///   $scrypt$ln=14,r=8,p=1$<salt, base64 without padding>$<32-byte hash, base64 without padding>
/// The defaults (N = 2^14, r = 8, p = 1: 16 MiB) take 63-70 ms of CPU (83-118 ms wall clock on a busy host) on
/// the development machine; see docs/security.md before changing them.
class PasswordHasher {
public:
    /// Throws std::invalid_argument if the parameters are outside the accepted range (1 <= logN <= 20,
    /// 1 <= r <= 32, 1 <= p <= 16, at most 256 MiB of memory).
    explicit PasswordHasher(ScryptParameters parameters = {});

    /// Hashes with a fresh salt.
    std::string hash(std::string_view password) const;

    /// True when `password` matches `encoded` (compared in constant time). Uses the parameters recorded in
    /// `encoded`, not this hasher's. Throws std::invalid_argument if `encoded` is not a hash this class produces.
    bool verify(std::string_view password, std::string_view encoded) const;

    /// True when `encoded` was made with other parameters (or sizes) than this hasher's, or is malformed: rehash
    /// the password after the next successful login.
    bool needsRehash(std::string_view encoded) const;

    const ScryptParameters& parameters() const noexcept { return m_parameters; }

private:
    ScryptParameters m_parameters;
};

} // namespace kiroku::crypto
