#include "crypto/PasswordHasher.h"
#include "crypto/Hash.h"

#include <catch2/catch.hpp>

#include <regex>
#include <stdexcept>
#include <string>

using namespace kiroku::crypto;

namespace {

// Small parameters keep the tests fast; production uses the defaults.
const ScryptParameters kFast{10, 8, 1};

std::string scryptHex(std::string_view password, std::string_view salt, std::uint64_t n, std::uint32_t r,
                      std::uint32_t p) {
    return toHex(scrypt(password, asBytes(salt), n, r, p, 64));
}

} // namespace

TEST_CASE("scrypt reproduces the RFC 7914 test vectors", "[crypto]") {
    CHECK(scryptHex("", "", 16, 1, 1) == "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                         "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    CHECK(scryptHex("password", "NaCl", 1024, 8, 16) ==
          "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
          "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    CHECK(scryptHex("pleaseletmein", "SodiumChloride", 16384, 8, 1) ==
          "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
          "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

TEST_CASE("scrypt refuses parameters that are not a power of two or too costly", "[crypto]") {
    CHECK_THROWS_AS(scrypt("pw", asBytes("salt"), 1000, 8, 1, 32), std::invalid_argument);
    CHECK_THROWS_AS(scrypt("pw", asBytes("salt"), 1, 8, 1, 32), std::invalid_argument);
    CHECK_THROWS_AS(scrypt("pw", asBytes("salt"), std::uint64_t{1} << 22, 8, 1, 32), std::invalid_argument);
    CHECK_THROWS_AS(scrypt("pw", asBytes("salt"), 1024, 0, 1, 32), std::invalid_argument);
}

TEST_CASE("a password hash is self-describing and verifies only the right password", "[crypto]") {
    const PasswordHasher hasher(kFast);
    const std::string encoded = hasher.hash("correct horse battery staple");
    CHECK(std::regex_match(encoded, std::regex(R"(\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43})")));
    CHECK(hasher.verify("correct horse battery staple", encoded));
    CHECK_FALSE(hasher.verify("correct horse battery stapler", encoded));
    CHECK_FALSE(hasher.verify("", encoded));
    CHECK_FALSE(hasher.verify("Correct horse battery staple", encoded));
}

TEST_CASE("hashing the same password twice gives different salts and hashes", "[crypto]") {
    const PasswordHasher hasher(kFast);
    const std::string a = hasher.hash("パスワード");
    const std::string b = hasher.hash("パスワード");
    CHECK(a != b);
    CHECK(hasher.verify("パスワード", a));
    CHECK(hasher.verify("パスワード", b));
}

TEST_CASE("verification uses the parameters stored in the hash, and needsRehash notices old ones", "[crypto]") {
    const PasswordHasher old(ScryptParameters{9, 8, 1});
    const PasswordHasher current(kFast);
    const std::string legacy = old.hash("secret");
    CHECK(current.verify("secret", legacy));
    CHECK(current.needsRehash(legacy));
    CHECK_FALSE(current.needsRehash(current.hash("secret")));
    CHECK(current.needsRehash("not a hash"));
}

TEST_CASE("an altered hash does not verify and a malformed one is an error", "[crypto]") {
    const PasswordHasher hasher(kFast);
    std::string encoded = hasher.hash("secret");
    std::string altered = encoded;
    // A character inside the hash (the last one of unpadded base64 carries unused bits).
    char& c = altered[altered.size() - 10];
    c = c == 'A' ? 'B' : 'A';
    CHECK_FALSE(hasher.verify("secret", altered));

    for (const std::string& bad :
         {std::string("$scrypt$ln=10,r=8$c2FsdHNhbHRzYWx0$aGFzaA"), std::string("$bcrypt$ln=10,r=8,p=1$a$b"),
          std::string("$scrypt$ln=010,r=8,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"),
          std::string("$scrypt$ln=30,r=8,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA"),
          std::string("$scrypt$ln=10,r=8,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA"),
          std::string("$scrypt$ln=10,r=8,p=1$c2FsdHNhbHRzYWx0$!!"), std::string()}) {
        INFO(bad);
        CHECK_THROWS_AS(hasher.verify("secret", bad), std::invalid_argument);
    }
}

TEST_CASE("password hasher parameters outside the accepted range are refused", "[crypto]") {
    CHECK_THROWS_AS(PasswordHasher(ScryptParameters{0, 8, 1}), std::invalid_argument);
    CHECK_THROWS_AS(PasswordHasher(ScryptParameters{21, 8, 1}), std::invalid_argument);
    CHECK_THROWS_AS(PasswordHasher(ScryptParameters{20, 8, 1}), std::invalid_argument); // 1 GiB
    CHECK_THROWS_AS(PasswordHasher(ScryptParameters{15, 0, 1}), std::invalid_argument);
    CHECK_THROWS_AS(PasswordHasher(ScryptParameters{15, 8, 17}), std::invalid_argument);
    CHECK(PasswordHasher().parameters() == ScryptParameters{14, 8, 1});
}
