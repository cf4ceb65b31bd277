#include "crypto/BlindIndex.h"
#include "crypto/Encoding.h"
#include "crypto/KeyDerivation.h"
#include "crypto/TokenHasher.h"
#include "text/Normalizer.h"

#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>
#include <string>

using namespace kiroku::crypto;
namespace text = kiroku::text;

namespace {

SecretKey testRoot() {
    return SecretKey(fromHex("8f2d1c0b4a5e6f7081928374a5b6c7d8e9f00112233445566778899aabbccdde"));
}

} // namespace

TEST_CASE("the blind index of a name is the same for spellings that normalise equally", "[crypto][text]") {
    const BlindIndex index = BlindIndex::derive(testRoot(), labels::kBlindIndexNameDob);
    const std::string dob = "1990-04-01";
    const auto of = [&](std::string_view name) { return index.compute({text::normalizeName(name), dob}); };
    CHECK(of("ＹＡＭＡＤＡ　太郎") == of("yamada太郎"));
    CHECK(of("Yamada Taro") == of("ＹＡＭＡＤＡ　ＴＡＲＯ"));
    CHECK(of("yamada太郎") != of("yamada次郎"));
    CHECK(index.compute({text::normalizeName("yamada太郎"), dob}) !=
          index.compute({text::normalizeName("yamada太郎"), "1990-04-02"}));
}

TEST_CASE("the blind index of a kana name is the same for half-width, full-width and hiragana", "[crypto][text]") {
    const BlindIndex index = BlindIndex::derive(testRoot(), labels::kBlindIndexNameDob);
    const auto of = [&](std::string_view kana) { return index.computeHex(text::normalizeKana(kana)); };
    CHECK(of("ｶﾀｶﾅ") == of("カタカナ"));
    CHECK(of("かたかな") == of("カタカナ"));
    CHECK(of("ﾔﾏﾀﾞ ﾀﾛｳ") == of("やまだ　たろう"));
    CHECK(of("ヤマダタロウ") != of("ヤマダジロウ"));
}

TEST_CASE("a blind index is truncated to the configured length and keyed by its label", "[crypto]") {
    const SecretKey root = testRoot();
    const BlindIndex names = BlindIndex::derive(root, labels::kBlindIndexNameDob);
    const BlindIndex documents = BlindIndex::derive(root, labels::kBlindIndexDocumentNumber);
    CHECK(BlindIndex::kDefaultLength == 2);
    CHECK(names.compute("123456789012").size() == 2);
    CHECK(names.computeHex("123456789012").size() == 4);
    const BlindIndex full = BlindIndex::derive(root, labels::kBlindIndexDocumentNumber, 32);
    CHECK(full.compute("123456789012").size() == 32);
    // The short index is a prefix of the full HMAC under the same key.
    const Bytes whole = full.compute("123456789012");
    CHECK(Bytes(whole.begin(), whole.begin() + 2) == documents.compute("123456789012"));
    CHECK(BlindIndex::derive(root, labels::kBlindIndexNameDob, 32).compute("123456789012") !=
          full.compute("123456789012"));
    CHECK_THROWS_AS(BlindIndex(SecretKey::generate(), 0), std::invalid_argument);
    CHECK_THROWS_AS(BlindIndex(SecretKey::generate(), 33), std::invalid_argument);
    CHECK_THROWS_AS(BlindIndex(SecretKey(), 2), std::invalid_argument);
}

TEST_CASE("blind index parts are length-prefixed so moving a boundary changes the index", "[crypto]") {
    const BlindIndex index = BlindIndex::derive(testRoot(), labels::kBlindIndexNameDob, 32);
    CHECK(index.compute({"ab", "c"}) != index.compute({"a", "bc"}));
    CHECK(index.compute({"abc"}) != index.compute({"abc", ""}));
    CHECK(index.compute("abc") == index.compute({"abc"}));
}

TEST_CASE("200,000 identities share the 65,536 default index values about three to a value", "[crypto]") {
    // This is the property the default length is chosen for (docs/security.md): an index value never singles out
    // one person, and an equality search returns a handful of candidates to re-check by decrypting.
    const BlindIndex index = BlindIndex::derive(testRoot(), labels::kBlindIndexNameDob);
    std::vector<int> counts(65536, 0);
    for (int i = 0; i < 200000; ++i) {
        const Bytes value = index.compute({"person" + std::to_string(i), "1990-01-01"});
        ++counts[static_cast<std::size_t>(value[0]) << 8 | value[1]];
    }
    int used = 0;
    int largest = 0;
    for (const int c : counts) {
        used += c > 0 ? 1 : 0;
        largest = std::max(largest, c);
    }
    // Poisson with mean 3.05: about 95% of values used, the fullest holding around 15.
    CHECK(used > 60000);
    CHECK(largest < 25);
}

TEST_CASE("token hashes are peppered, stable, and compared in constant time", "[crypto]") {
    const SecretKey root = testRoot();
    const TokenHasher bearer = TokenHasher::derive(root, labels::kBearerTokenPepper);
    const TokenHasher member = TokenHasher::derive(root, labels::kMemberCardTokenPepper);
    const std::string token = "q3Zr8Jd0xN5mW1tYbC7eKg";
    const std::string stored = bearer.hash(token);
    CHECK(stored.size() == 64);
    CHECK(stored.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(bearer.hash(token) == stored);
    CHECK(member.hash(token) != stored);
    CHECK(bearer.matches(token, stored));
    CHECK_FALSE(bearer.matches(token + "x", stored));
    CHECK_FALSE(bearer.matches(token, stored.substr(0, 63)));
    CHECK_FALSE(member.matches(token, stored));
    CHECK_THROWS_AS(TokenHasher(SecretKey()), std::invalid_argument);
}
