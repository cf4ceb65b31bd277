#include "services/identity/Uuid.h"

#include "crypto/Random.h"

#include <array>
#include <cctype>

namespace kiroku::backend::services {

namespace {
constexpr std::array<std::size_t, 4> kHyphens{8, 13, 18, 23};
constexpr std::size_t kLength = 36;
} // namespace

std::string newUuidV4() {
    auto bytes = crypto::randomBytes(16);
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(kLength);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            out.push_back('-');
        }
        out.push_back(kHex[bytes[i] >> 4]);
        out.push_back(kHex[bytes[i] & 0x0F]);
    }
    return out;
}

std::optional<std::string> canonicalUuid(std::string_view text) {
    if (text.size() != kLength) {
        return std::nullopt;
    }
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const bool hyphenPlace = i == kHyphens[0] || i == kHyphens[1] || i == kHyphens[2] || i == kHyphens[3];
        const auto c = static_cast<unsigned char>(out[i]);
        if (hyphenPlace) {
            if (c != '-') {
                return std::nullopt;
            }
            continue;
        }
        if (std::isxdigit(c) == 0) {
            return std::nullopt;
        }
        out[i] = static_cast<char>(std::tolower(c));
    }
    return out;
}

} // namespace kiroku::backend::services
