#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"

#include <catch2/catch.hpp>

using namespace kiroku::crypto;

TEST_CASE("Ed25519 signs RFC 8032's first test vector exactly", "[crypto][ed25519]") {
    const SecretKey key(fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    CHECK(toHex(ed25519PublicKey(key)) == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const Bytes signature = ed25519Sign(key, {});
    CHECK(toHex(signature) ==
          "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701c"
          "f9b46bd25bf5f0595bbe24655141438e7a100b");
    CHECK(ed25519Verify(ed25519PublicKey(key), {}, signature));
}

TEST_CASE("an Ed25519 signature fails for another message, key or a changed byte", "[crypto][ed25519]") {
    const auto pair = generateEd25519();
    const auto other = generateEd25519();
    Bytes signature = ed25519Sign(pair.privateKey, asBytes("checkpoint"));
    CHECK(ed25519Verify(pair.publicKey, asBytes("checkpoint"), signature));
    CHECK_FALSE(ed25519Verify(pair.publicKey, asBytes("checkpoint "), signature));
    CHECK_FALSE(ed25519Verify(other.publicKey, asBytes("checkpoint"), signature));
    signature[0] ^= 0x80;
    CHECK_FALSE(ed25519Verify(pair.publicKey, asBytes("checkpoint"), signature));
    CHECK_FALSE(ed25519Verify(pair.publicKey, asBytes("checkpoint"), Bytes(10)));
    CHECK_FALSE(ed25519Verify(Bytes(5), asBytes("checkpoint"), signature));
}

TEST_CASE("an Ed25519 public key round-trips through PEM and other PEM is refused", "[crypto][ed25519]") {
    const auto pair = generateEd25519();
    const std::string pem = ed25519PublicKeyPem(pair.publicKey);
    CHECK(pem.rfind("-----BEGIN PUBLIC KEY-----\n", 0) == 0);
    CHECK(ed25519PublicKeyFromPem(pem) == pair.publicKey);
    CHECK_THROWS_AS(ed25519PublicKeyFromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"),
                    std::invalid_argument);
    CHECK_THROWS_AS(ed25519PublicKeyFromPem("not a key"), std::invalid_argument);
}
