#include "crypto/Mac.h"

#include "crypto/OpenSslError.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>
#include <stdexcept>

namespace kiroku::crypto {

namespace {

EVP_MAC* hmacAlgorithm() {
    // Fetched once: an EVP_MAC is immutable and may be shared between threads.
    static const std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr),
                                                                       &EVP_MAC_free);
    if (!mac) {
        detail::throwOpenSslError("HMAC is not available");
    }
    return mac.get();
}

} // namespace

Sha256Digest hmacSha256(ByteView key, ByteView data) {
    if (key.empty()) {
        throw std::invalid_argument("HMAC key must not be empty");
    }
    const std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(hmacAlgorithm()),
                                                                        &EVP_MAC_CTX_free);
    if (!ctx) {
        detail::throwOpenSslError("HMAC context allocation failed");
    }
    char digestName[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                 OSSL_PARAM_construct_end()};
    Sha256Digest out{};
    std::size_t outLength = 0;
    if (EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1 ||
        EVP_MAC_update(ctx.get(), data.data(), data.size()) != 1 ||
        EVP_MAC_final(ctx.get(), out.data(), &outLength, out.size()) != 1 || outLength != out.size()) {
        detail::throwOpenSslError("HMAC-SHA-256 failed");
    }
    return out;
}

Sha256Digest hmacSha256(ByteView key, std::string_view data) {
    return hmacSha256(key, asBytes(data));
}

} // namespace kiroku::crypto
