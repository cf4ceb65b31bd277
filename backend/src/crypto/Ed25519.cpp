#include "crypto/Ed25519.h"

#include "crypto/OpenSslError.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <array>
#include <limits>
#include <memory>
#include <stdexcept>

namespace kiroku::crypto {

namespace {

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

PKey privateKeyOf(const SecretKey& privateKey) {
    if (privateKey.size() != kEd25519KeySize) {
        throw std::invalid_argument("an Ed25519 private key has 32 bytes");
    }
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, privateKey.bytes().data(), privateKey.size()),
             &EVP_PKEY_free);
    if (!key) {
        detail::throwOpenSslError("Ed25519 private key import failed");
    }
    return key;
}

PKey publicKeyOf(ByteView publicKey) {
    if (publicKey.size() != kEd25519KeySize) {
        return PKey(nullptr, &EVP_PKEY_free);
    }
    return PKey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, publicKey.data(), publicKey.size()),
                &EVP_PKEY_free);
}

Bytes rawPublicKey(EVP_PKEY* key) {
    Bytes out(kEd25519KeySize);
    std::size_t length = out.size();
    if (EVP_PKEY_get_raw_public_key(key, out.data(), &length) != 1 || length != kEd25519KeySize) {
        detail::throwOpenSslError("Ed25519 public key export failed");
    }
    return out;
}

} // namespace

Ed25519KeyPair generateEd25519() {
    EVP_PKEY* raw = nullptr;
    const std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), &EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1) {
        detail::throwOpenSslError("Ed25519 key generation failed");
    }
    const PKey key(raw, &EVP_PKEY_free);
    std::array<std::uint8_t, kEd25519KeySize> secret{};
    std::size_t length = secret.size();
    if (EVP_PKEY_get_raw_private_key(key.get(), secret.data(), &length) != 1 || length != secret.size()) {
        OPENSSL_cleanse(secret.data(), secret.size());
        detail::throwOpenSslError("Ed25519 private key export failed");
    }
    Ed25519KeyPair pair{SecretKey(secret), rawPublicKey(key.get())};
    OPENSSL_cleanse(secret.data(), secret.size());
    return pair;
}

Bytes ed25519PublicKey(const SecretKey& privateKey) {
    const PKey key = privateKeyOf(privateKey);
    return rawPublicKey(key.get());
}

Bytes ed25519Sign(const SecretKey& privateKey, ByteView message) {
    const PKey key = privateKeyOf(privateKey);
    const MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    Bytes signature(kEd25519SignatureSize);
    std::size_t length = signature.size();
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), signature.data(), &length, message.data(), message.size()) != 1 ||
        length != kEd25519SignatureSize) {
        detail::throwOpenSslError("Ed25519 signing failed");
    }
    return signature;
}

bool ed25519Verify(ByteView publicKey, ByteView message, ByteView signature) {
    if (signature.size() != kEd25519SignatureSize) {
        return false;
    }
    const PKey key = publicKeyOf(publicKey);
    const MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        (void)detail::drainOpenSslErrors();
        return false;
    }
    const bool ok =
        EVP_DigestVerify(ctx.get(), signature.data(), signature.size(), message.data(), message.size()) == 1;
    (void)detail::drainOpenSslErrors();
    return ok;
}

std::string ed25519PublicKeyPem(ByteView publicKey) {
    const PKey key = publicKeyOf(publicKey);
    if (!key) {
        throw std::invalid_argument("an Ed25519 public key has 32 bytes");
    }
    const Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1) {
        detail::throwOpenSslError("PEM export of the public key failed");
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(length));
}

Bytes ed25519PublicKeyFromPem(std::string_view pem) {
    if (pem.size() > 4096) {
        throw std::invalid_argument("not an Ed25519 public key in PEM");
    }
    const Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    const PKey key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr, &EVP_PKEY_free);
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        (void)detail::drainOpenSslErrors();
        throw std::invalid_argument("not an Ed25519 public key in PEM");
    }
    return rawPublicKey(key.get());
}

} // namespace kiroku::crypto
