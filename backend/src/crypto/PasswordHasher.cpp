#include "crypto/PasswordHasher.h"

#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/OpenSslError.h"
#include "crypto/Random.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <charconv>
#include <memory>
#include <stdexcept>
#include <vector>

namespace kiroku::crypto {

namespace {

constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kHashSize = 32;
constexpr std::uint64_t kMaxMemory = 256ull * 1024 * 1024;
constexpr std::string_view kPrefix = "$scrypt$";

EVP_KDF* scryptAlgorithm() {
    static const std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr),
                                                                       &EVP_KDF_free);
    if (!kdf) {
        detail::throwOpenSslError("scrypt is not available");
    }
    return kdf.get();
}

/// Memory scrypt needs: the V array (128 * r * N) and B (128 * r * p).
std::uint64_t memoryNeeded(std::uint64_t n, std::uint64_t r, std::uint64_t p) {
    return 128 * r * (n + p + 2);
}

void checkParameters(const ScryptParameters& params) {
    if (params.logN < 1 || params.logN > 20 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16 ||
        memoryNeeded(std::uint64_t{1} << params.logN, params.r, params.p) > kMaxMemory) {
        throw std::invalid_argument("scrypt parameters out of range (1 <= ln <= 20, 1 <= r <= 32, 1 <= p <= 16, "
                                    "at most 256 MiB)");
    }
}

struct Decoded {
    ScryptParameters params;
    Bytes salt;
    Bytes hash;
};

unsigned parseNumber(std::string_view& text, std::string_view name) {
    if (text.substr(0, name.size()) != name) {
        throw std::invalid_argument("malformed scrypt hash: expected " + std::string(name));
    }
    text.remove_prefix(name.size());
    unsigned value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end == text.data() || (text.front() == '0' && end - text.data() > 1)) {
        throw std::invalid_argument("malformed scrypt hash: bad number after " + std::string(name));
    }
    text.remove_prefix(static_cast<std::size_t>(end - text.data()));
    return value;
}

Decoded decode(std::string_view encoded) {
    if (encoded.substr(0, kPrefix.size()) != kPrefix) {
        throw std::invalid_argument("not an scrypt password hash");
    }
    encoded.remove_prefix(kPrefix.size());
    Decoded out;
    out.params.logN = parseNumber(encoded, "ln=");
    out.params.r = parseNumber(encoded, ",r=");
    out.params.p = parseNumber(encoded, ",p=");
    checkParameters(out.params);
    if (encoded.empty() || encoded.front() != '$') {
        throw std::invalid_argument("malformed scrypt hash: missing salt");
    }
    encoded.remove_prefix(1);
    const auto separator = encoded.find('$');
    if (separator == std::string_view::npos) {
        throw std::invalid_argument("malformed scrypt hash: missing hash");
    }
    out.salt = fromBase64(encoded.substr(0, separator));
    out.hash = fromBase64(encoded.substr(separator + 1));
    if (out.salt.size() < 8 || out.salt.size() > 64 || out.hash.size() < 16 || out.hash.size() > 64) {
        throw std::invalid_argument("malformed scrypt hash: salt or hash of unexpected size");
    }
    return out;
}

std::string encode(const ScryptParameters& params, ByteView salt, ByteView hash) {
    return std::string(kPrefix) + "ln=" + std::to_string(params.logN) + ",r=" + std::to_string(params.r) +
           ",p=" + std::to_string(params.p) + "$" + toBase64(salt, false) + "$" + toBase64(hash, false);
}

Bytes derive(std::string_view password, ByteView salt, const ScryptParameters& params, std::size_t length) {
    return scrypt(password, salt, std::uint64_t{1} << params.logN, params.r, params.p, length);
}

} // namespace

Bytes scrypt(std::string_view password, ByteView salt, std::uint64_t n, std::uint32_t r, std::uint32_t p,
             std::size_t length) {
    if (n < 2 || (n & (n - 1)) != 0 || r == 0 || p == 0 || length == 0 || n > (std::uint64_t{1} << 24) || r > 1024 ||
        p > 1024 || memoryNeeded(n, r, p) > kMaxMemory) {
        throw std::invalid_argument("scrypt parameters out of range");
    }
    const std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(scryptAlgorithm()),
                                                                        &EVP_KDF_CTX_free);
    if (!ctx) {
        detail::throwOpenSslError("scrypt context allocation failed");
    }
    std::uint64_t nParam = n;
    std::uint32_t rParam = r;
    std::uint32_t pParam = p;
    // OpenSSL's own limit would refuse large but valid settings; ours is checked above.
    std::uint64_t maxMemory = memoryNeeded(n, r, p) + 1024 * 1024;
    // OSSL_PARAM wants mutable pointers; scrypt only reads its inputs.
    auto* passwordData = const_cast<char*>(password.data());
    auto* saltData = const_cast<std::uint8_t*>(salt.data());
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, passwordData, password.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, saltData, salt.size()),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &nParam),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &rParam),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &pParam),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end()};
    Bytes out(length);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1) {
        OPENSSL_cleanse(out.data(), out.size());
        detail::throwOpenSslError("scrypt failed");
    }
    return out;
}

PasswordHasher::PasswordHasher(ScryptParameters parameters) : m_parameters(parameters) {
    checkParameters(m_parameters);
}

std::string PasswordHasher::hash(std::string_view password) const {
    const Bytes salt = randomBytes(kSaltSize);
    const Bytes hash = derive(password, salt, m_parameters, kHashSize);
    return encode(m_parameters, salt, hash);
}

bool PasswordHasher::verify(std::string_view password, std::string_view encoded) const {
    const Decoded stored = decode(encoded);
    const Bytes candidate = derive(password, stored.salt, stored.params, stored.hash.size());
    return constantTimeEquals(asStringView(candidate), asStringView(stored.hash));
}

bool PasswordHasher::needsRehash(std::string_view encoded) const {
    try {
        const Decoded stored = decode(encoded);
        return !(stored.params == m_parameters) || stored.salt.size() != kSaltSize || stored.hash.size() != kHashSize;
    } catch (const std::invalid_argument&) {
        return true;
    }
}

} // namespace kiroku::crypto
