#pragma once

#include "core/PoliceAnswer.h"

#include <QString>

namespace kiroku::kiosk::core {

/// What checking an answer's detached signature found.
struct SignatureCheck {
    enum class Failure { None, Algorithm, PublicKey, Mismatch };
    bool valid = false;
    Failure failure = Failure::None;
    QString problem;        ///< why not, when not valid (English, for logs and tests; screens translate `failure`)
    QString documentSha256; ///< lower-case hex of the document's bytes
    /// SHA-256 (lower-case hex) of the public key's DER SubjectPublicKeyInfo, as
    /// `openssl pkey -pubin -in pub.pem -outform DER | sha256sum` prints it.
    QString keyFingerprint;
};

/// Verifies the Ed25519 signature over the exact document bytes with the answer's public key (through the crypto
/// library's EVP_DigestVerify). Any other algorithm, a malformed key or signature, or one byte changed in the
/// document gives `valid == false`.
SignatureCheck verifySignature(const SignedPoliceAnswer& answer);

} // namespace kiroku::kiosk::core
