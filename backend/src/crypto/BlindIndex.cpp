#include "crypto/BlindIndex.h"

#include "crypto/Hash.h"
#include "crypto/KeyDerivation.h"
#include "crypto/Mac.h"

#include <limits>
#include <stdexcept>
#include <utility>

namespace kiroku::crypto {

namespace {

void appendLengthPrefixed(Bytes& out, std::string_view part) {
    if (part.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("blind index input too long");
    }
    const auto size = static_cast<std::uint32_t>(part.size());
    out.push_back(static_cast<std::uint8_t>(size >> 24));
    out.push_back(static_cast<std::uint8_t>(size >> 16));
    out.push_back(static_cast<std::uint8_t>(size >> 8));
    out.push_back(static_cast<std::uint8_t>(size));
    out.insert(out.end(), part.begin(), part.end());
}

} // namespace

BlindIndex::BlindIndex(SecretKey key, std::size_t length) : m_key(std::move(key)), m_length(length) {
    if (m_key.empty()) {
        throw std::invalid_argument("a blind index needs a key");
    }
    if (m_length == 0 || m_length > kMaxLength) {
        throw std::invalid_argument("blind index length must be between 1 and 32 bytes");
    }
}

BlindIndex BlindIndex::derive(const SecretKey& root, std::string_view label, std::size_t length) {
    return BlindIndex(deriveSubKey(root, label), length);
}

Bytes BlindIndex::compute(std::string_view normalized) const {
    return compute({normalized});
}

Bytes BlindIndex::compute(std::initializer_list<std::string_view> parts) const {
    // Even a single value is length-prefixed, so a one-part index never equals a many-part index.
    Bytes message;
    appendLengthPrefixed(message, std::to_string(parts.size()));
    for (const std::string_view part : parts) {
        appendLengthPrefixed(message, part);
    }
    const Sha256Digest mac = hmacSha256(m_key.bytes(), message);
    return Bytes(mac.begin(), mac.begin() + static_cast<std::ptrdiff_t>(m_length));
}

std::string BlindIndex::computeHex(std::string_view normalized) const {
    return toHex(compute(normalized));
}

std::string BlindIndex::computeHex(std::initializer_list<std::string_view> parts) const {
    return toHex(compute(parts));
}

} // namespace kiroku::crypto
