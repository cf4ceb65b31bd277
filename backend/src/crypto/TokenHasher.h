#pragma once

#include "crypto/SecretKey.h"

#include <string>
#include <string_view>

namespace kiroku::crypto {

/// Hashes bearer tokens and member-card tokens for storage: HMAC-SHA-256 under a pepper key that lives outside the
/// database (derived from the index root key with labels::kBearerTokenPepper or labels::kMemberCardTokenPepper).
/// Tokens are random and high-entropy, so no slow hash is needed; the pepper makes a stolen table useless.
class TokenHasher {
public:
    /// Throws std::invalid_argument for an empty pepper.
    explicit TokenHasher(SecretKey pepper);

    /// A hasher whose pepper is deriveSubKey(root, label).
    static TokenHasher derive(const SecretKey& root, std::string_view label);

    /// 64 lower-case hex characters to store instead of the token.
    std::string hash(std::string_view token) const;

    /// Constant-time check of a presented token against a stored hash.
    bool matches(std::string_view token, std::string_view storedHash) const;

private:
    SecretKey m_pepper;
};

} // namespace kiroku::crypto
