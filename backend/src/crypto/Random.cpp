#include "crypto/Random.h"

#include "crypto/Hash.h"

#include <openssl/rand.h>

#include <stdexcept>

namespace kiroku::crypto {

std::vector<unsigned char> randomBytes(std::size_t count) {
    std::vector<unsigned char> out(count);
    if (count > 0 && RAND_bytes(out.data(), static_cast<int>(count)) != 1) {
        throw std::runtime_error("the system random number generator failed");
    }
    return out;
}

std::string randomToken(std::size_t bytes) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const auto raw = randomBytes(bytes);
    std::string out;
    out.reserve((bytes * 4 + 2) / 3);
    std::size_t i = 0;
    for (; i + 3 <= raw.size(); i += 3) {
        const unsigned v = (unsigned{raw[i]} << 16) | (unsigned{raw[i + 1]} << 8) | raw[i + 2];
        out.push_back(kAlphabet[(v >> 18) & 63]);
        out.push_back(kAlphabet[(v >> 12) & 63]);
        out.push_back(kAlphabet[(v >> 6) & 63]);
        out.push_back(kAlphabet[v & 63]);
    }
    if (raw.size() - i == 1) {
        const unsigned v = unsigned{raw[i]} << 16;
        out.push_back(kAlphabet[(v >> 18) & 63]);
        out.push_back(kAlphabet[(v >> 12) & 63]);
    } else if (raw.size() - i == 2) {
        const unsigned v = (unsigned{raw[i]} << 16) | (unsigned{raw[i + 1]} << 8);
        out.push_back(kAlphabet[(v >> 18) & 63]);
        out.push_back(kAlphabet[(v >> 12) & 63]);
        out.push_back(kAlphabet[(v >> 6) & 63]);
    }
    return out;
}

std::string randomHex(std::size_t bytes) {
    const auto raw = randomBytes(bytes);
    return toHex(raw);
}

} // namespace kiroku::crypto
