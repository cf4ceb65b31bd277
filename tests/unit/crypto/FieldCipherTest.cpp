#include "crypto/FieldCipher.h"
#include "crypto/Errors.h"
#include "crypto/KeyRing.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using namespace kiroku::crypto;

namespace {

const FieldContext kContext{"identity_records", "full_name", "7f3c2a10-0000-4000-8000-000000000001", 42};
const std::string kName = "山田 太郎";

} // namespace

TEST_CASE("an encrypted field decrypts to the original text in the same context", "[crypto]") {
    const SecretKey key = SecretKey::generate();
    for (const std::string& text : {std::string(), std::string("x"), kName, std::string(10000, 'a')}) {
        const Bytes blob = FieldCipher::encrypt(key, kContext, text);
        CHECK(blob.size() == FieldCipher::kOverhead + text.size());
        CHECK(FieldCipher::decrypt(key, kContext, blob) == text);
    }
}

TEST_CASE("the ciphertext starts with the format version and the key id, so the key can be found", "[crypto]") {
    const SecretKey key = SecretKey::generate();
    FieldContext context = kContext;
    context.keyId = 0x01020304;
    const Bytes blob = FieldCipher::encrypt(key, context, kName);
    CHECK(blob[0] == FieldCipher::kFormatVersion);
    CHECK(blob[1] == 0x01);
    CHECK(blob[4] == 0x04);
    CHECK(keyIdOf(blob) == 0x01020304u);
    CHECK_THROWS_AS(keyIdOf(Bytes(10, 1)), DecryptionError);
}

TEST_CASE("two encryptions of the same text under the same key differ", "[crypto]") {
    const SecretKey key = SecretKey::generate();
    const Bytes a = FieldCipher::encrypt(key, kContext, kName);
    const Bytes b = FieldCipher::encrypt(key, kContext, kName);
    CHECK(a != b);
    // The nonces (bytes 5..16) differ, not only the ciphertexts.
    CHECK(Bytes(a.begin() + 5, a.begin() + 17) != Bytes(b.begin() + 5, b.begin() + 17));
}

TEST_CASE("a ciphertext moved to another row, column or table does not decrypt", "[crypto]") {
    const SecretKey key = SecretKey::generate();
    const Bytes blob = FieldCipher::encrypt(key, kContext, kName);

    FieldContext otherRow = kContext;
    otherRow.rowId = "7f3c2a10-0000-4000-8000-000000000002";
    CHECK_THROWS_AS(FieldCipher::decrypt(key, otherRow, blob), DecryptionError);

    FieldContext otherColumn = kContext;
    otherColumn.column = "address";
    CHECK_THROWS_AS(FieldCipher::decrypt(key, otherColumn, blob), DecryptionError);

    FieldContext otherTable = kContext;
    otherTable.table = "staff";
    CHECK_THROWS_AS(FieldCipher::decrypt(key, otherTable, blob), DecryptionError);

    FieldContext otherKeyId = kContext;
    otherKeyId.keyId = 43;
    CHECK_THROWS_AS(FieldCipher::decrypt(key, otherKeyId, blob), DecryptionError);
}

TEST_CASE("context parts are length-prefixed so shifting a boundary changes the associated data", "[crypto]") {
    const FieldContext a{"a", "bc", "1", 1};
    const FieldContext b{"ab", "c", "1", 1};
    const FieldContext c{"a", "b", "c1", 1};
    CHECK(encodeAssociatedData(a) != encodeAssociatedData(b));
    CHECK(encodeAssociatedData(b) != encodeAssociatedData(c));

    const SecretKey key = SecretKey::generate();
    CHECK_THROWS_AS(FieldCipher::decrypt(key, b, FieldCipher::encrypt(key, a, kName)), DecryptionError);
}

TEST_CASE("flipping any single bit of a ciphertext makes decryption fail", "[crypto]") {
    const SecretKey key = SecretKey::generate();
    const Bytes blob = FieldCipher::encrypt(key, kContext, kName);
    for (std::size_t byte = 0; byte < blob.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            Bytes tampered = blob;
            tampered[byte] = static_cast<std::uint8_t>(tampered[byte] ^ (1u << bit));
            INFO("byte " << byte << " bit " << bit);
            CHECK_THROWS_AS(FieldCipher::decrypt(key, kContext, tampered), DecryptionError);
        }
    }
}

TEST_CASE("a truncated or extended ciphertext does not decrypt", "[crypto]") {
    const SecretKey key = SecretKey::generate();
    const Bytes blob = FieldCipher::encrypt(key, kContext, kName);
    for (std::size_t size = 0; size < blob.size(); ++size) {
        CHECK_THROWS_AS(FieldCipher::decrypt(key, kContext, ByteView(blob).first(size)), DecryptionError);
    }
    Bytes longer = blob;
    longer.push_back(0);
    CHECK_THROWS_AS(FieldCipher::decrypt(key, kContext, longer), DecryptionError);
}

TEST_CASE("a ciphertext does not decrypt under another key", "[crypto]") {
    const SecretKey key = SecretKey::generate();
    const SecretKey other = SecretKey::generate();
    const Bytes blob = FieldCipher::encrypt(key, kContext, kName);
    CHECK_THROWS_AS(FieldCipher::decrypt(other, kContext, blob), DecryptionError);
}

TEST_CASE("field encryption refuses keys that are not 256 bits", "[crypto]") {
    const SecretKey shortKey = SecretKey::generate(16);
    CHECK_THROWS_AS(FieldCipher::encrypt(shortKey, kContext, kName), std::invalid_argument);
}

TEST_CASE("a cipher over a key ring finds the key named in the ciphertext and fails once it is destroyed", "[crypto]") {
    KeyRing ring;
    ring.add(42, SecretKey::generate());
    ring.add(43, SecretKey::generate());
    const FieldCipher cipher(ring);

    const Bytes blob = cipher.encrypt(kContext, kName);
    CHECK(cipher.decrypt(kContext, blob) == kName);

    FieldContext withoutKey = kContext;
    withoutKey.keyId = 0;
    CHECK(cipher.decryptWithHeaderKey(withoutKey, blob) == kName);

    FieldContext otherRow = kContext;
    otherRow.rowId = "another";
    CHECK_THROWS_AS(cipher.decryptWithHeaderKey(otherRow, blob), DecryptionError);

    ring.erase(42);
    CHECK_THROWS_AS(cipher.decrypt(kContext, blob), UnknownKeyError);
    CHECK_THROWS_AS(cipher.encrypt(kContext, kName), UnknownKeyError);
}

TEST_CASE("re-encrypting a field under a new data key is decrypt then encrypt", "[crypto]") {
    const SecretKey oldKey = SecretKey::generate();
    const SecretKey newKey = SecretKey::generate();
    const Bytes oldBlob = FieldCipher::encrypt(oldKey, kContext, kName);

    FieldContext moved = kContext;
    moved.keyId = 99;
    const Bytes newBlob = FieldCipher::encrypt(newKey, moved, FieldCipher::decrypt(oldKey, kContext, oldBlob));
    CHECK(keyIdOf(newBlob) == 99u);
    CHECK(FieldCipher::decrypt(newKey, moved, newBlob) == kName);
    CHECK_THROWS_AS(FieldCipher::decrypt(oldKey, moved, newBlob), DecryptionError);
}
