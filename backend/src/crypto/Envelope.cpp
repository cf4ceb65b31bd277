#include "crypto/Envelope.h"

#include "crypto/AesGcm.h"
#include "crypto/Errors.h"

#include <openssl/crypto.h>

#include <array>
#include <limits>
#include <stdexcept>
#include <string>

namespace kiroku::crypto {

namespace {

constexpr std::string_view kAssociatedDataLabel = "kiroku/data-key/v1";
constexpr std::size_t kHeaderSize = 5;

void appendUint32(Bytes& out, std::uint32_t value) {
    out.push_back(static_cast<std::uint8_t>(value >> 24));
    out.push_back(static_cast<std::uint8_t>(value >> 16));
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value));
}

void appendField(Bytes& out, std::string_view value) {
    if (value.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("scope too long");
    }
    appendUint32(out, static_cast<std::uint32_t>(value.size()));
    out.insert(out.end(), value.begin(), value.end());
}

Bytes associatedData(ByteView header, std::uint32_t keyId, std::string_view scope) {
    Bytes ad(header.begin(), header.end());
    appendField(ad, kAssociatedDataLabel);
    appendUint32(ad, keyId);
    appendField(ad, scope);
    return ad;
}

} // namespace

SecretKey generateDataKey() {
    return SecretKey::generate(detail::kAesKeySize);
}

Bytes wrapDataKey(const KeyEncryptionKey& kek, const SecretKey& dataKey, std::uint32_t keyId, std::string_view scope) {
    if (dataKey.size() != detail::kAesKeySize) {
        throw std::invalid_argument("a data key has 32 bytes");
    }
    Bytes wrapped;
    wrapped.reserve(kWrappedKeySize);
    wrapped.push_back(kWrappedKeyFormatVersion);
    appendUint32(wrapped, kek.version());
    const Bytes ad = associatedData(ByteView(wrapped).first(kHeaderSize), keyId, scope);
    detail::aesGcmSeal(kek.key().bytes(), ad, dataKey.bytes(), wrapped);
    return wrapped;
}

std::uint32_t wrappedKekVersion(ByteView wrapped) {
    if (wrapped.size() != kWrappedKeySize) {
        throw DecryptionError("wrapped data key has " + std::to_string(wrapped.size()) + " bytes, expected " +
                              std::to_string(kWrappedKeySize));
    }
    if (wrapped[0] != kWrappedKeyFormatVersion) {
        throw DecryptionError("wrapped data key has unknown format version " + std::to_string(wrapped[0]));
    }
    return (std::uint32_t{wrapped[1]} << 24) | (std::uint32_t{wrapped[2]} << 16) | (std::uint32_t{wrapped[3]} << 8) |
           wrapped[4];
}

SecretKey unwrapDataKey(const KeyEncryptionKey& kek, ByteView wrapped, std::uint32_t keyId, std::string_view scope) {
    const std::uint32_t version = wrappedKekVersion(wrapped);
    if (version != kek.version()) {
        throw DecryptionError("data key " + std::to_string(keyId) + " is wrapped under KEK version " +
                              std::to_string(version) + ", not " + std::to_string(kek.version()));
    }
    const Bytes ad = associatedData(wrapped.first(kHeaderSize), keyId, scope);
    std::array<std::uint8_t, detail::kAesKeySize> plain{};
    try {
        detail::aesGcmOpen(kek.key().bytes(), ad, wrapped.subspan(kHeaderSize), plain);
    } catch (const DecryptionError&) {
        throw DecryptionError("data key " + std::to_string(keyId) + " for scope \"" + std::string(scope) +
                              "\" does not unwrap: wrong KEK, wrong id or scope, or altered");
    }
    SecretKey key(plain);
    OPENSSL_cleanse(plain.data(), plain.size());
    return key;
}

Bytes rewrapDataKey(const KeyEncryptionKey& from, const KeyEncryptionKey& to, ByteView wrapped, std::uint32_t keyId,
                    std::string_view scope) {
    const SecretKey dataKey = unwrapDataKey(from, wrapped, keyId, scope);
    return wrapDataKey(to, dataKey, keyId, scope);
}

} // namespace kiroku::crypto
