#include "canonical/Json.h"

#include <catch2/catch.hpp>

using kiroku::canonical::canonicalize;
using kiroku::canonical::JsonError;
using kiroku::canonical::parse;
using kiroku::canonical::Value;

namespace {
std::string jcs(std::string_view json) {
    return canonicalize(parse(json));
}
} // namespace

TEST_CASE("object members are sorted by their UTF-16 code units, as in RFC 8785 section 3.2.3", "[jcs]") {
    // The RFC's sorting example: an emoji (a surrogate pair in UTF-16) sorts before U+FB33, though its code point is
    // larger, and U+0080 is written as itself.
    const std::string input = R"({
        "\u20ac": "Euro Sign",
        "\r": "Carriage Return",
        "\ufb33": "Hebrew Letter Dalet With Dagesh",
        "1": "One",
        "\ud83d\ude00": "Emoji: Grinning Face",
        "\u0080": "Control",
        "\u00f6": "Latin Small Letter O With Diaeresis"
    })";
    const std::string expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xc2\x80\":\"Control\","
                                 "\"\xc3\xb6\":\"Latin Small Letter O With Diaeresis\",\"\xe2\x82\xac\":\"Euro Sign\","
                                 "\"\xf0\x9f\x98\x80\":\"Emoji: Grinning Face\","
                                 "\"\xef\xac\xb3\":\"Hebrew Letter Dalet With Dagesh\"}";
    CHECK(jcs(input) == expected);
}

TEST_CASE("strings and literals are written as in RFC 8785 section 3.2.2's example", "[jcs]") {
    // The RFC's example without its "numbers" member (fractions and exponents are refused here).
    const std::string input = R"({
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
        "literals": [null, true, false]
    })";
    CHECK(jcs(input) == "{\"literals\":[null,true,false],\"string\":\"\xe2\x82\xac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
}

TEST_CASE("control characters use the short escapes where JSON.stringify does, else lower-case \\u00xx", "[jcs]") {
    CHECK(canonicalize(Value(std::string("\b\f\n\r\t\x01\x1f\x7f", 8))) == "\"\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\"");
    CHECK(canonicalize(Value("日本語 / \xe2\x80\xa8")) == "\"日本語 / \xe2\x80\xa8\"");
}

TEST_CASE("integers are written as plain decimal digits and refused beyond 2^53 - 1", "[jcs]") {
    CHECK(canonicalize(Value::array({Value(0), Value(-7), Value(std::int64_t{9007199254740991})})) ==
          "[0,-7,9007199254740991]");
    CHECK_THROWS_AS(canonicalize(Value(std::int64_t{9007199254740992})), JsonError);
    CHECK_THROWS_AS(parse("9007199254740992"), JsonError);
    CHECK(jcs("-9007199254740991") == "-9007199254740991");
}

TEST_CASE("fractions and exponents are refused instead of being formatted", "[jcs]") {
    CHECK_THROWS_AS(parse("1.0"), JsonError);
    CHECK_THROWS_AS(parse("[1e3]"), JsonError);
    CHECK_THROWS_AS(parse("{\"n\": 333333333.33333329}"), JsonError);
}

TEST_CASE("white space goes and nested objects are sorted at every level", "[jcs]") {
    CHECK(jcs(" { \"b\" : [ 1 , { \"z\" : 1 , \"a\" : 2 } ] , \"a\" : { } } ") == R"({"a":{},"b":[1,{"a":2,"z":1}]})");
}

TEST_CASE("the canonical text is the same however the input was written", "[jcs]") {
    const std::string a = jcs(R"({"name":"\u65e5\u672c","n":1})");
    const std::string b = jcs("{\"n\":1,\n\"name\":\"日本\"}");
    CHECK(a == b);
    CHECK(jcs(a) == a);
}

TEST_CASE("malformed or ambiguous JSON is refused", "[jcs]") {
    for (const char* bad : {"", "{", "{\"a\":1,}", "[1,]", "01", "-", "\"\\x\"", "\"a", "{\"a\":1,\"a\":2}", "tru",
                            "\"\\ud800\"", "\"\\udc00\"", "\"\x01\"", "1 2", "{a:1}"}) {
        INFO(bad);
        CHECK_THROWS_AS(parse(bad), JsonError);
    }
    CHECK_THROWS_AS(parse("\"\xc3\x28\""), JsonError);     // invalid continuation byte
    CHECK_THROWS_AS(parse("\"\xc0\xaf\""), JsonError);     // overlong encoding
    CHECK_THROWS_AS(parse("\"\xed\xa0\x80\""), JsonError); // an encoded surrogate
    CHECK_THROWS_AS(canonicalize(Value(std::string("\xff"))), JsonError);
    CHECK_THROWS_AS(canonicalize(Value::object({{"a", Value(1)}, {"a", Value(2)}})), JsonError);
}

TEST_CASE("nesting deeper than the limit is refused when parsing", "[jcs]") {
    const std::string deep = std::string(100, '[') + std::string(100, ']');
    CHECK_THROWS_AS(parse(deep), JsonError);
    const std::string fine = std::string(20, '[') + std::string(20, ']');
    CHECK(jcs(fine) == fine);
}
