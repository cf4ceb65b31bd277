#include "crypto/TokenHasher.h"

#include "crypto/Hash.h"
#include "crypto/KeyDerivation.h"
#include "crypto/Mac.h"

#include <stdexcept>
#include <utility>

namespace kiroku::crypto {

TokenHasher::TokenHasher(SecretKey pepper) : m_pepper(std::move(pepper)) {
    if (m_pepper.empty()) {
        throw std::invalid_argument("a token hasher needs a pepper key");
    }
}

TokenHasher TokenHasher::derive(const SecretKey& root, std::string_view label) {
    return TokenHasher(deriveSubKey(root, label));
}

std::string TokenHasher::hash(std::string_view token) const {
    return toHex(hmacSha256(m_pepper.bytes(), token));
}

bool TokenHasher::matches(std::string_view token, std::string_view storedHash) const {
    return constantTimeEquals(hash(token), storedHash);
}

} // namespace kiroku::crypto
