#include "IdentityTestSupport.h"

#include "services/identity/Uuid.h"
#include "services/members/MemberToken.h"

#include <set>

using kiroku::backend::services::canonicalUuid;
using kiroku::backend::services::newCardToken;
using kiroku::backend::services::newUuidV4;
using kiroku::backend::services::refusePossibleMyNumber;
using kiroku::domain::ValidationError;
using kiroku::tests::thrownBy;

TEST_CASE("record ids are random version 4 UUIDs in canonical form", "[identity][uuid]") {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string id = newUuidV4();
        REQUIRE(id.size() == 36);
        CHECK(id[14] == '4');
        CHECK(std::string("89ab").find(id[19]) != std::string::npos);
        CHECK(canonicalUuid(id) == id);
        seen.insert(id);
    }
    CHECK(seen.size() == 200);
}

TEST_CASE("only 8-4-4-4-12 hex ids are UUIDs, and they are lower-cased", "[identity][uuid]") {
    CHECK(canonicalUuid("0B6F2A52-3C1E-4D5F-8A9B-0C1D2E3F4A5B") == "0b6f2a52-3c1e-4d5f-8a9b-0c1d2e3f4a5b");
    CHECK_FALSE(canonicalUuid("0b6f2a523c1e4d5f8a9b0c1d2e3f4a5b").has_value());
    CHECK_FALSE(canonicalUuid("{0b6f2a52-3c1e-4d5f-8a9b-0c1d2e3f4a5b}").has_value());
    CHECK_FALSE(canonicalUuid("0b6f2a52-3c1e-4d5f-8a9b-0c1d2e3f4a5g").has_value());
    CHECK_FALSE(canonicalUuid("1; DROP TABLE identity_records").has_value());
    CHECK_FALSE(canonicalUuid("").has_value());
}

TEST_CASE("a 12-digit token is refused as a possible My Number, however it was typed", "[members][my-number]") {
    for (const std::string token : {"123456789012", "1234 5678 9012", "1234-5678-9012", "１２３４５６７８９０１２"}) {
        const auto error = thrownBy<ValidationError>([&] { refusePossibleMyNumber(token, "token"); });
        CHECK(error.field() == "token");
        CHECK(error.code() == "my_number_not_allowed");
        CHECK(std::string(error.what()).find("1234") == std::string::npos);
    }
    CHECK_NOTHROW(refusePossibleMyNumber("12345678901", "token"));
    CHECK_NOTHROW(refusePossibleMyNumber("kq3Z-0aR81xPqv_s2LmN0d7YfWc9eTbh", "token"));
}

TEST_CASE("member-card tokens are 192-bit random base64url strings that a scan never refuses", "[members]") {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        const std::string token = newCardToken();
        CHECK(token.size() == 32);
        CHECK(token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
              std::string::npos);
        CHECK_NOTHROW(refusePossibleMyNumber(token, "token"));
        seen.insert(token);
    }
    CHECK(seen.size() == 200);
}
