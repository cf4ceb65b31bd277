#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <catch2/catch.hpp>

#include <set>

using namespace kiroku::crypto;

TEST_CASE("SHA-256 matches the FIPS 180-2 test vector for \"abc\"", "[crypto]") {
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("random tokens are URL-safe, of the expected length, and do not repeat", "[crypto]") {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const auto token = randomToken(16);
        CHECK(token.size() == 22);
        CHECK(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
              std::string::npos);
        seen.insert(token);
    }
    CHECK(seen.size() == 200);
    CHECK(randomHex(8).size() == 16);
}

TEST_CASE("constant-time comparison tells equal from different and different lengths", "[crypto]") {
    CHECK(constantTimeEquals("secret", "secret"));
    CHECK_FALSE(constantTimeEquals("secret", "secreT"));
    CHECK_FALSE(constantTimeEquals("secret", "secrets"));
}
