#include "core/AnswerSignature.h"

#include "crypto/Bytes.h"
#include "crypto/Ed25519.h"
#include "crypto/Hash.h"

#include <stdexcept>

namespace kiroku::kiosk::core {

namespace {

crypto::ByteView viewOf(const QByteArray& bytes) {
    return crypto::asBytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

/// The DER SubjectPublicKeyInfo of an Ed25519 key (RFC 8410): a fixed prefix, then the 32 raw bytes.
crypto::Bytes subjectPublicKeyInfo(const crypto::Bytes& raw) {
    crypto::Bytes der{0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    der.insert(der.end(), raw.begin(), raw.end());
    return der;
}

} // namespace

SignatureCheck verifySignature(const SignedPoliceAnswer& answer) {
    SignatureCheck check;
    check.documentSha256 = QString::fromStdString(crypto::sha256Hex(
        std::string_view(answer.document.constData(), static_cast<std::size_t>(answer.document.size()))));
    if (answer.algorithm != QLatin1String("Ed25519")) {
        check.failure = SignatureCheck::Failure::Algorithm;
        check.problem = QStringLiteral("the signature algorithm is %1, not Ed25519").arg(answer.algorithm);
        return check;
    }
    crypto::Bytes publicKey;
    try {
        publicKey = crypto::ed25519PublicKeyFromPem(answer.publicKeyPem.toStdString());
    } catch (const std::invalid_argument&) {
        check.failure = SignatureCheck::Failure::PublicKey;
        check.problem = QStringLiteral("the public key is not an Ed25519 PEM public key");
        return check;
    }
    const crypto::Bytes der = subjectPublicKeyInfo(publicKey);
    check.keyFingerprint = QString::fromStdString(crypto::sha256Hex(crypto::asStringView(der)));
    if (!crypto::ed25519Verify(publicKey, viewOf(answer.document), viewOf(answer.signature))) {
        check.failure = SignatureCheck::Failure::Mismatch;
        check.problem = QStringLiteral("the signature does not match the document");
        return check;
    }
    check.valid = true;
    return check;
}

} // namespace kiroku::kiosk::core
