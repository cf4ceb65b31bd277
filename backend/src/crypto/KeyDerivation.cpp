#include "crypto/KeyDerivation.h"

#include "crypto/OpenSslError.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>
#include <stdexcept>
#include <vector>

namespace kiroku::crypto {

namespace {

EVP_KDF* hkdfAlgorithm() {
    static const std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr),
                                                                       &EVP_KDF_free);
    if (!kdf) {
        detail::throwOpenSslError("HKDF is not available");
    }
    return kdf.get();
}

void* mutableData(ByteView bytes) {
    // OSSL_PARAM takes non-const pointers; HKDF only reads its inputs.
    return const_cast<std::uint8_t*>(bytes.data());
}

} // namespace

Bytes hkdfSha256(ByteView ikm, ByteView salt, ByteView info, std::size_t length) {
    if (ikm.empty()) {
        throw std::invalid_argument("HKDF input key material must not be empty");
    }
    if (length == 0 || length > 255 * 32) {
        throw std::invalid_argument("HKDF-SHA-256 output length must be between 1 and 8160 bytes");
    }
    const std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(hkdfAlgorithm()),
                                                                        &EVP_KDF_CTX_free);
    if (!ctx) {
        detail::throwOpenSslError("HKDF context allocation failed");
    }
    char digestName[] = "SHA256";
    std::vector<OSSL_PARAM> params;
    params.push_back(OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digestName, 0));
    params.push_back(OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, mutableData(ikm), ikm.size()));
    if (!salt.empty()) {
        params.push_back(OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, mutableData(salt), salt.size()));
    }
    if (!info.empty()) {
        params.push_back(OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, mutableData(info), info.size()));
    }
    params.push_back(OSSL_PARAM_construct_end());

    Bytes out(length);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params.data()) != 1) {
        OPENSSL_cleanse(out.data(), out.size());
        detail::throwOpenSslError("HKDF-SHA-256 failed");
    }
    return out;
}

SecretKey deriveSubKey(const SecretKey& root, std::string_view label, std::size_t length) {
    if (label.empty()) {
        throw std::invalid_argument("a derived key needs a non-empty label");
    }
    Bytes material = hkdfSha256(root.bytes(), {}, asBytes(label), length);
    SecretKey key(material);
    OPENSSL_cleanse(material.data(), material.size());
    return key;
}

} // namespace kiroku::crypto
