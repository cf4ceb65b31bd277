#include "crypto/AesGcm.h"

#include "crypto/Errors.h"
#include "crypto/OpenSslError.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <limits>
#include <memory>
#include <stdexcept>

namespace kiroku::crypto::detail {

namespace {

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const EVP_CIPHER* aes256Gcm() {
    // Fetched once: an EVP_CIPHER is immutable and may be shared between threads.
    static const std::unique_ptr<EVP_CIPHER, decltype(&EVP_CIPHER_free)> cipher(
        EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr), &EVP_CIPHER_free);
    if (!cipher) {
        throwOpenSslError("AES-256-GCM is not available");
    }
    return cipher.get();
}

CipherCtx newContext() {
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx) {
        throwOpenSslError("cipher context allocation failed");
    }
    return ctx;
}

void checkSizes(ByteView key, ByteView associatedData, std::size_t textSize) {
    if (key.size() != kAesKeySize) {
        throw std::invalid_argument("AES-256-GCM needs a 32-byte key");
    }
    constexpr auto kMax = static_cast<std::size_t>(std::numeric_limits<int>::max()) - 64;
    if (associatedData.size() > kMax || textSize > kMax) {
        throw std::length_error("value too large to encrypt");
    }
}

} // namespace

void aesGcmSeal(ByteView key, ByteView associatedData, ByteView plaintext, Bytes& out) {
    checkSizes(key, associatedData, plaintext.size());
    const std::size_t start = out.size();
    out.resize(start + kGcmNonceSize + plaintext.size() + kGcmTagSize);
    std::uint8_t* nonce = out.data() + start;
    std::uint8_t* body = nonce + kGcmNonceSize;
    std::uint8_t* tag = body + plaintext.size();

    if (RAND_bytes(nonce, static_cast<int>(kGcmNonceSize)) != 1) {
        throwOpenSslError("the system random number generator failed");
    }
    const CipherCtx ctx = newContext();
    int length = 0;
    if (EVP_EncryptInit_ex2(ctx.get(), aes256Gcm(), key.data(), nonce, nullptr) != 1) {
        throwOpenSslError("AES-256-GCM initialisation failed");
    }
    if (!associatedData.empty() && EVP_EncryptUpdate(ctx.get(), nullptr, &length, associatedData.data(),
                                                     static_cast<int>(associatedData.size())) != 1) {
        throwOpenSslError("AES-256-GCM associated data failed");
    }
    int written = 0;
    if (!plaintext.empty()) {
        if (EVP_EncryptUpdate(ctx.get(), body, &length, plaintext.data(), static_cast<int>(plaintext.size())) != 1) {
            throwOpenSslError("AES-256-GCM encryption failed");
        }
        written = length;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), body + written, &length) != 1 ||
        static_cast<std::size_t>(written + length) != plaintext.size()) {
        throwOpenSslError("AES-256-GCM finalisation failed");
    }
    OSSL_PARAM params[] = {OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, tag, kGcmTagSize),
                           OSSL_PARAM_construct_end()};
    if (EVP_CIPHER_CTX_get_params(ctx.get(), params) != 1) {
        throwOpenSslError("AES-256-GCM tag retrieval failed");
    }
}

void aesGcmOpen(ByteView key, ByteView associatedData, ByteView sealed, std::span<std::uint8_t> plaintextOut) {
    checkSizes(key, associatedData, sealed.size());
    if (sealed.size() < kGcmNonceSize + kGcmTagSize) {
        throw DecryptionError("ciphertext is truncated");
    }
    const std::size_t bodySize = sealed.size() - kGcmNonceSize - kGcmTagSize;
    if (plaintextOut.size() != bodySize) {
        throw std::invalid_argument("plaintext buffer has the wrong size");
    }
    const std::uint8_t* nonce = sealed.data();
    const std::uint8_t* body = nonce + kGcmNonceSize;
    // OSSL_PARAM wants a mutable pointer; setting the expected tag only reads it.
    auto* tag = const_cast<std::uint8_t*>(body + bodySize);

    const CipherCtx ctx = newContext();
    int length = 0;
    if (EVP_DecryptInit_ex2(ctx.get(), aes256Gcm(), key.data(), nonce, nullptr) != 1) {
        throwOpenSslError("AES-256-GCM initialisation failed");
    }
    if (!associatedData.empty() && EVP_DecryptUpdate(ctx.get(), nullptr, &length, associatedData.data(),
                                                     static_cast<int>(associatedData.size())) != 1) {
        throwOpenSslError("AES-256-GCM associated data failed");
    }
    int written = 0;
    if (bodySize > 0) {
        if (EVP_DecryptUpdate(ctx.get(), plaintextOut.data(), &length, body, static_cast<int>(bodySize)) != 1) {
            throwOpenSslError("AES-256-GCM decryption failed");
        }
        written = length;
    }
    OSSL_PARAM params[] = {OSSL_PARAM_construct_octet_string(OSSL_CIPHER_PARAM_AEAD_TAG, tag, kGcmTagSize),
                           OSSL_PARAM_construct_end()};
    if (EVP_CIPHER_CTX_set_params(ctx.get(), params) != 1) {
        throwOpenSslError("AES-256-GCM tag setup failed");
    }
    if (EVP_DecryptFinal_ex(ctx.get(), plaintextOut.data() + written, &length) != 1) {
        // A failed tag check leaves nothing to report from OpenSSL; clear the queue and the unauthenticated output.
        drainOpenSslErrors();
        OPENSSL_cleanse(plaintextOut.data(), plaintextOut.size());
        throw DecryptionError("authentication failed: the value was altered, moved, or the key is wrong");
    }
}

} // namespace kiroku::crypto::detail
