#pragma once

#include "crypto/Bytes.h"
#include "crypto/SecretKey.h"

#include <cstddef>
#include <string>
#include <string_view>

// Ed25519 signatures (RFC 8032) through OpenSSL's EVP_DigestSign / EVP_DigestVerify, for the stores' signing keys:
// the audit checkpoints, and later the answers to police. Keys cross this interface as raw bytes: the 32-byte private
// key (kept in a SecretKey and wrapped by the KEK like a data key) and the 32-byte public key.
namespace kiroku::crypto {

inline constexpr std::size_t kEd25519KeySize = 32;
inline constexpr std::size_t kEd25519SignatureSize = 64;

struct Ed25519KeyPair {
    SecretKey privateKey; ///< 32 raw bytes
    Bytes publicKey;      ///< 32 raw bytes
};

/// A fresh key pair from the system CSPRNG. Throws std::runtime_error when OpenSSL fails.
Ed25519KeyPair generateEd25519();

/// The public key of a raw private key. Throws std::invalid_argument for a key that is not 32 bytes.
Bytes ed25519PublicKey(const SecretKey& privateKey);

/// Signs `message` (the whole message: Ed25519 hashes it itself). Throws std::invalid_argument for a private key
/// that is not 32 bytes, std::runtime_error when OpenSSL fails.
Bytes ed25519Sign(const SecretKey& privateKey, ByteView message);

/// True when `signature` is a valid signature of `message` under `publicKey`; false for any malformed input.
bool ed25519Verify(ByteView publicKey, ByteView message, ByteView signature);

/// The public key as a PEM "PUBLIC KEY" block (SubjectPublicKeyInfo), as `openssl pkey -pubout` writes it.
std::string ed25519PublicKeyPem(ByteView publicKey);

/// The raw public key of a PEM "PUBLIC KEY" block holding an Ed25519 key. Throws std::invalid_argument otherwise.
Bytes ed25519PublicKeyFromPem(std::string_view pem);

} // namespace kiroku::crypto
