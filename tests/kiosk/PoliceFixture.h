#pragma once

// A police answer document as the backend writes it (RFC 8785 canonical JSON, format kiroku/police-answer/v1), and
// the API's answer envelope around it, signed in the test with a fresh Ed25519 key.
#include "crypto/Ed25519.h"
#include "crypto/Hash.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QString>

namespace kiroku::kiosk::test {

inline const QByteArray kAnswerDocument = QByteArrayLiteral(
    R"({"answer":{"record_count":1,"records":[{"identity_record":{"address":"東京都新宿区西新宿2-8-1",)"
    R"("date_of_birth":"1990-05-01","document":{"issuer":"東京都公安委員会","kind":"drivers_license",)"
    R"("number":"123456789030"},"id":"0b9e5c1e-1111-4a2b-9c3d-000000000001","name":"山田 太郎",)"
    R"("name_kana":"ヤマダ タロウ","nationality":null,"verification_method":"visual",)"
    R"("verified_at":"2026-11-22T04:01:02.123456Z"},"visits":[{"id":"5d6e7f80-2222-4a2b-9c3d-000000000002",)"
    R"("segments":[{"booth":"B01","from":"2026-11-22T04:05:00.000000Z","terminal":"PC-01",)"
    R"("to":"2026-11-22T04:40:00.000000Z"},{"booth":"B02","from":"2026-11-22T04:40:00.000000Z","terminal":null,)"
    R"("to":null}]}]}]},"answered_at":"2026-11-22T05:10:00.123456Z","answered_by":7,"answered_by_name":"鈴木 一郎",)"
    R"("approval":{"approved_at":"2026-11-22T05:00:00.000000Z","approved_by":8,"approved_by_name":"佐藤 花子",)"
    R"("review_required":false},)"
    R"("audit_chain_head":{"chain":"c-1","hash":"9f2c41d07ab3e5c2aa","length":48213},)"
    R"("data_as_of":"2026-11-22T05:10:00.123456Z","format":"kiroku/police-answer/v1","number":"K-2026-000123",)"
    R"("request":{"agency":{"key":null,"name":"警視庁新宿警察署"},"document":{"date":"2026-11-22",)"
    R"("reference":"新宿署刑第123号"},"id":"9a8b7c6d-3333-4a2b-9c3d-000000000003","legal_basis":{"kind":"ccp_197_2"},)"
    R"("officer":{"badge":"123456","contact":"03-0000-0000","name":"警部補 田中"},"question":{"at":null,"booth":null,)"
    R"("kind":"terminal_at_time","terminal":"PC-01"},"received_at":"2026-11-22T04:50:00.000000Z",)"
    R"("scope":{"from":"2026-11-22T04:00:00.000000Z","store_code":"SJK01","to":"2026-11-22T06:00:00.000000Z"},)"
    R"("source":"kiosk"},"store":{"code":"SJK01","id":3,"name":"新宿東口店"}})");

/// The same answer as documents signed before answers named the managers: staff ids only.
inline QByteArray unnamedDocument() {
    QByteArray d = kAnswerDocument;
    d.replace(R"(,"answered_by_name":"鈴木 一郎")", "");
    d.replace(R"(,"approved_by_name":"佐藤 花子")", "");
    return d;
}

/// The same answer to a public_endpoint question: the NAT mappings it went through, one of them with no terminal.
inline QByteArray publicEndpointDocument() {
    QByteArray d = kAnswerDocument;
    d.replace(R"("question":{"at":null,"booth":null,"kind":"terminal_at_time","terminal":"PC-01"})",
              R"("question":{"at":"2026-11-22T04:30:00.000000Z","kind":"public_endpoint","public_ip":"203.0.113.7",)"
              R"("source_port":40001,"tolerance_seconds":0})");
    d.replace(
        R"({"answer":{"record_count":1,)",
        R"({"answer":{"nat_mappings":[{"ended_at":"2026-11-22T04:35:00.000000Z","private":{"ip":"192.168.10.21",)"
        R"("port":51515},"protocol":"tcp","public":{"ip":"203.0.113.7","port":40001},"start_estimated":false,)"
        R"("started_at":"2026-11-22T04:20:00.000000Z","terminal":"PC-01","terminal_address_source":"ip_assigned"},)"
        R"({"ended_at":null,"private":{"ip":"192.168.10.99","port":40001},"protocol":"udp","public":{"ip":)"
        R"("203.0.113.7","port":40001},"start_estimated":true,"started_at":null,"terminal":null,)"
        R"("terminal_address_source":null}],"record_count":1,)");
    return d;
}

struct SignedFixture {
    QJsonObject api; ///< as GET /v1/police-requests/{id}/answer returns it
    QByteArray signature;
    QString fingerprint; ///< SHA-256 of the key's DER SubjectPublicKeyInfo, as openssl would compute it
};

/// Signs `document` with a fresh key and wraps it as the API does.
inline SignedFixture signFixture(const QByteArray& document) {
    const auto keys = kiroku::crypto::generateEd25519();
    const auto signature = kiroku::crypto::ed25519Sign(
        keys.privateKey, kiroku::crypto::asBytes(std::string_view(document.constData(), document.size())));
    SignedFixture f;
    f.signature = QByteArray(reinterpret_cast<const char*>(signature.data()), static_cast<qsizetype>(signature.size()));
    const std::string pem = kiroku::crypto::ed25519PublicKeyPem(keys.publicKey);
    // The DER of the PEM's base64 body.
    QByteArray body;
    for (const QByteArray& line : QByteArray::fromStdString(pem).split('\n')) {
        if (!line.startsWith("-----")) {
            body += line;
        }
    }
    f.fingerprint =
        QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromBase64(body), QCryptographicHash::Sha256).toHex());
    f.api = QJsonObject{
        {QStringLiteral("request_id"), QStringLiteral("9a8b7c6d-3333-4a2b-9c3d-000000000003")},
        {QStringLiteral("number"), QStringLiteral("K-2026-000123")},
        {QStringLiteral("answered_at"), QStringLiteral("2026-11-22T05:10:00.123Z")},
        {QStringLiteral("document_base64"), QString::fromLatin1(document.toBase64())},
        {QStringLiteral("signature_base64"), QString::fromLatin1(f.signature.toBase64())},
        {QStringLiteral("signature_algorithm"), QStringLiteral("Ed25519")},
        {QStringLiteral("public_key_pem"), QString::fromStdString(pem)},
    };
    return f;
}

} // namespace kiroku::kiosk::test
