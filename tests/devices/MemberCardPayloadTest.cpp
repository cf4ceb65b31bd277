#include "devices/parsers/MemberCardPayload.h"

#include <catch2/catch.hpp>

using namespace kiroku::kiosk::devices;

TEST_CASE("a scanned member token is accepted without the scanner's line ending", "[devices]") {
    auto token = checkMemberCardPayload("KRK-7Q2M-99XZ-0B1C\r\n");
    REQUIRE(token.ok());
    CHECK(token->token == "KRK-7Q2M-99XZ-0B1C");
}

TEST_CASE("a scanned payload of exactly 12 digits is refused as a possible My Number", "[devices]") {
    for (const char* scan : {"123456789012", "123456789012\r\n", "1234 5678 9012", "1234-5678-9012"}) {
        auto token = checkMemberCardPayload(scan);
        REQUIRE_FALSE(token.ok());
        CHECK(token.error().code == ParseErrorCode::MemberPayloadLooksLikeMyNumber);
        CHECK_THAT(token.error().message, !Catch::Contains("1234"));
    }
}

TEST_CASE("digit payloads of other lengths are ordinary tokens", "[devices]") {
    CHECK(checkMemberCardPayload("12345678901").ok());
    CHECK(checkMemberCardPayload("1234567890123").ok());
    CHECK(checkMemberCardPayload("A23456789012").ok());
}

TEST_CASE("empty, binary and overlong scans are refused", "[devices]") {
    CHECK(checkMemberCardPayload(" \r\n").error().code == ParseErrorCode::MemberPayloadEmpty);
    CHECK(checkMemberCardPayload("AB\x01"
                                 "CD")
              .error()
              .code == ParseErrorCode::MemberPayloadBadCharacter);
    CHECK(checkMemberCardPayload("会員").error().code == ParseErrorCode::MemberPayloadBadCharacter);
    CHECK(checkMemberCardPayload(std::string(kMaxMemberTokenLength + 1, 'A')).error().code ==
          ParseErrorCode::MemberPayloadTooLong);
}
