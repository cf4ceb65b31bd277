#include "crypto/KeyDerivation.h"
#include "crypto/Encoding.h"
#include "crypto/Hash.h"
#include "crypto/Mac.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using namespace kiroku::crypto;

namespace {

std::string hexOf(const Bytes& bytes) {
    return toHex(bytes);
}

std::string hmacHex(const Bytes& key, std::string_view data) {
    return toHex(hmacSha256(key, data));
}

} // namespace

TEST_CASE("HKDF-SHA-256 reproduces RFC 5869 test case 1 (basic)", "[crypto]") {
    const Bytes ikm(22, 0x0b);
    const Bytes salt = fromHex("000102030405060708090a0b0c");
    const Bytes info = fromHex("f0f1f2f3f4f5f6f7f8f9");
    CHECK(hexOf(hkdfSha256(ikm, salt, info, 42)) ==
          "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
}

TEST_CASE("HKDF-SHA-256 reproduces RFC 5869 test case 2 (long inputs and output)", "[crypto]") {
    Bytes ikm, salt, info;
    for (int i = 0x00; i <= 0x4f; ++i) {
        ikm.push_back(static_cast<std::uint8_t>(i));
    }
    for (int i = 0x60; i <= 0xaf; ++i) {
        salt.push_back(static_cast<std::uint8_t>(i));
    }
    for (int i = 0xb0; i <= 0xff; ++i) {
        info.push_back(static_cast<std::uint8_t>(i));
    }
    CHECK(hexOf(hkdfSha256(ikm, salt, info, 82)) == "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                                                    "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                                                    "cc30c58179ec3e87c14c01d5c1f3434f1d87");
}

TEST_CASE("HKDF-SHA-256 reproduces RFC 5869 test case 3 (empty salt and info)", "[crypto]") {
    const Bytes ikm(22, 0x0b);
    CHECK(hexOf(hkdfSha256(ikm, {}, {}, 42)) ==
          "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}

TEST_CASE("HKDF refuses empty key material and impossible output lengths", "[crypto]") {
    const Bytes ikm(32, 1);
    CHECK_THROWS_AS(hkdfSha256({}, {}, {}, 32), std::invalid_argument);
    CHECK_THROWS_AS(hkdfSha256(ikm, {}, {}, 0), std::invalid_argument);
    CHECK_THROWS_AS(hkdfSha256(ikm, {}, {}, 255 * 32 + 1), std::invalid_argument);
    CHECK(hkdfSha256(ikm, {}, {}, 255 * 32).size() == 255 * 32);
}

TEST_CASE("sub-keys derived with different labels are independent, with the same label identical", "[crypto]") {
    const SecretKey root(fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    const SecretKey nameDob = deriveSubKey(root, labels::kBlindIndexNameDob);
    const SecretKey document = deriveSubKey(root, labels::kBlindIndexDocumentNumber);
    const SecretKey bearer = deriveSubKey(root, labels::kBearerTokenPepper);
    const SecretKey member = deriveSubKey(root, labels::kMemberCardTokenPepper);
    CHECK(nameDob.size() == 32);
    CHECK_FALSE(nameDob.sameMaterialAs(document));
    CHECK_FALSE(nameDob.sameMaterialAs(bearer));
    CHECK_FALSE(bearer.sameMaterialAs(member));
    CHECK_FALSE(nameDob.sameMaterialAs(root));
    CHECK(deriveSubKey(root, labels::kBlindIndexNameDob).sameMaterialAs(nameDob));
    // The derivation is HKDF with no salt and the label as info, so it is reproducible by any RFC 5869 tool.
    CHECK(toHex(nameDob.bytes()) == hexOf(hkdfSha256(root.bytes(), {}, asBytes(labels::kBlindIndexNameDob), 32)));
    CHECK_THROWS_AS(deriveSubKey(root, ""), std::invalid_argument);
}

TEST_CASE("HMAC-SHA-256 reproduces the RFC 4231 test cases", "[crypto]") {
    CHECK(hmacHex(Bytes(20, 0x0b), "Hi There") == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    CHECK(hmacHex(Bytes{'J', 'e', 'f', 'e'}, "what do ya want for nothing?") ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    CHECK(toHex(hmacSha256(Bytes(20, 0xaa), Bytes(50, 0xdd))) ==
          "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    CHECK(toHex(hmacSha256(fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819"), Bytes(50, 0xcd))) ==
          "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    // Test case 5 defines only the first 128 bits: truncation is a use the RFC foresees.
    CHECK(hmacHex(Bytes(20, 0x0c), "Test With Truncation").substr(0, 32) == "a3b6167473100ee06e0c796c2955552b");
    CHECK(hmacHex(Bytes(131, 0xaa), "Test Using Larger Than Block-Size Key - Hash Key First") ==
          "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    CHECK(hmacHex(Bytes(131, 0xaa), "This is a test using a larger than block-size key and a larger than block-size "
                                    "data. The key needs to be hashed before being used by the HMAC algorithm.") ==
          "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

TEST_CASE("HMAC refuses an empty key", "[crypto]") {
    CHECK_THROWS_AS(hmacSha256(Bytes{}, "x"), std::invalid_argument);
}

TEST_CASE("hex and base64 decode what they encode and reject malformed input", "[crypto]") {
    CHECK(toBase64(asBytes("")) == "");
    CHECK(toBase64(asBytes("f")) == "Zg==");
    CHECK(toBase64(asBytes("fo")) == "Zm8=");
    CHECK(toBase64(asBytes("foo")) == "Zm9v");
    CHECK(toBase64(asBytes("foobar")) == "Zm9vYmFy");
    CHECK(toBase64(asBytes("fo"), false) == "Zm8");
    CHECK(asStringView(fromBase64("Zm9vYmE=")) == "fooba");
    CHECK(asStringView(fromBase64("Zm9vYmE")) == "fooba");
    CHECK(asStringView(fromBase64("Zg")) == "f");
    CHECK(fromBase64("").empty());
    CHECK_THROWS_AS(fromBase64("Zm9v YmFy"), std::invalid_argument);
    CHECK_THROWS_AS(fromBase64("Zm9v\n"), std::invalid_argument);
    CHECK_THROWS_AS(fromBase64("Z"), std::invalid_argument);
    CHECK_THROWS_AS(fromBase64("Zg="), std::invalid_argument);
    CHECK_THROWS_AS(fromBase64("Zm9v-_"), std::invalid_argument);

    CHECK(fromHex("00fFa0") == Bytes{0x00, 0xff, 0xa0});
    CHECK_THROWS_AS(fromHex("abc"), std::invalid_argument);
    CHECK_THROWS_AS(fromHex("zz"), std::invalid_argument);
}
