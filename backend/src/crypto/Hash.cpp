#include "crypto/Hash.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <stdexcept>

namespace kiroku::crypto {

Sha256Digest sha256(std::string_view data) {
    Sha256Digest out{};
    unsigned int len = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &len, EVP_sha256(), nullptr) != 1 || len != out.size()) {
        throw std::runtime_error("SHA-256 failed");
    }
    return out;
}

std::string toHex(std::span<const std::uint8_t> bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (std::uint8_t b : bytes) {
        hex.push_back(kDigits[b >> 4]);
        hex.push_back(kDigits[b & 0x0f]);
    }
    return hex;
}

std::string sha256Hex(std::string_view data) {
    const auto digest = sha256(data);
    return toHex(digest);
}

bool constantTimeEquals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace kiroku::crypto
