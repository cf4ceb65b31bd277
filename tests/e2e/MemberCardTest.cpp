#include "VisitTestSupport.h"
#include "support/Fixtures.h"

#include <catch2/catch.hpp>

using namespace kiroku::test;

namespace {

std::string field(const HttpResult& r) {
    return r.json()->getObject("error")->getValue<std::string>("field");
}

std::string tokenBody(const std::string& token) {
    Poco::JSON::Object body;
    body.set("token", token);
    return jsonText(body);
}

std::string memberBody(const std::string& recordId) {
    Poco::JSON::Object body;
    body.set("identity_record_id", recordId);
    return jsonText(body);
}

struct Store {
    TestDatabase db = TestDatabase::migrated();
    StaffFixture clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    StaffFixture stranger = createStaff(db, "shinjuku", "clerk-b", "clerk");
    // The clock starts at noon in Tokyo on 22 November 2026, so ages are fixed.
    ServerProcess server{db.dsn(), {{"testing.enabled", "true"}, {"testing.fixed_now", "2026-11-22T12:00:00+09:00"}}};
    CounterSession session{server, clerk.login, clerk.password};

    /// A verified customer who becomes a member; returns the member's id.
    std::string member(const std::string& recordId) {
        const auto r = session.post("/v1/members", memberBody(recordId));
        REQUIRE(r.status == 201);
        return r.json()->getValue<std::string>("id");
    }
    std::string card(const std::string& memberId, const std::string& body = {}) {
        const auto r = session.post("/v1/members/" + memberId + "/cards", body);
        REQUIRE(r.status == 201);
        return r.json()->getValue<std::string>("token");
    }
};

} // namespace

TEST_CASE("a member card is shown once, stored hashed, and looks the member up without the address", "[members][e2e]") {
    Store s;
    const std::string recordId = s.session.verify("1990-04-01", "鈴木 一郎");
    const std::string memberId = s.member(recordId);
    const auto issued = s.session.post("/v1/members/" + memberId + "/cards", "");
    REQUIRE(issued.status == 201);
    CHECK(issued.headers.at("Cache-Control") == "no-store");
    const std::string token = issued.json()->getValue<std::string>("token");
    CHECK(token.size() >= 22); // at least 128 bits of base64url
    CHECK(queryNumber(s.db, "SELECT count(*) FROM member_cards WHERE token_hash = '" + token + "'") == 0);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM member_cards WHERE strpos(row_to_json(member_cards)::text, '" +
                                token + "') > 0") == 0);

    for (const auto& found :
         {s.session.post("/v1/members/lookup", tokenBody(token)), s.session.get("/v1/members/by-card/" + token)}) {
        REQUIRE(found.status == 200);
        const auto json = found.json();
        CHECK(json->getValue<std::string>("member_id") == memberId);
        CHECK(json->getValue<std::string>("identity_record_id") == recordId);
        CHECK(json->getValue<std::string>("name") == "鈴木 一郎");
        CHECK(json->getValue<int>("age") == 36);
        CHECK_FALSE(json->getValue<bool>("minor"));
        CHECK_FALSE(json->getValue<std::string>("last_verified_at").empty());
        CHECK_FALSE(json->getValue<bool>("reverification_due"));
        CHECK_FALSE(json->has("address"));
        CHECK(found.body.find("西新宿") == std::string::npos);
    }
    CHECK(s.server.log().find(token) == std::string::npos);
}

TEST_CASE("a new card keeps older cards valid unless it replaces them", "[members][e2e]") {
    Store s;
    const std::string memberId = s.member(s.session.verify("1990-04-01"));
    const std::string first = s.card(memberId);
    const std::string second = s.card(memberId, R"({"replace": false})");
    CHECK(s.session.post("/v1/members/lookup", tokenBody(first)).status == 200);
    CHECK(s.session.post("/v1/members/lookup", tokenBody(second)).status == 200);
    const std::string third = s.card(memberId, R"({"replace": true})");
    CHECK(s.session.post("/v1/members/lookup", tokenBody(first)).status == 404);
    CHECK(s.session.get("/v1/members/by-card/" + second).status == 404);
    CHECK(s.session.post("/v1/members/lookup", tokenBody(third)).status == 200);
}

TEST_CASE("another store's members, cards and records are not found", "[members][e2e]") {
    Store s;
    const std::string recordId = s.session.verify("1990-04-01");
    const std::string memberId = s.member(recordId);
    const std::string token = s.card(memberId);
    CounterSession other(s.server, s.stranger.login, s.stranger.password);
    CHECK(other.post("/v1/members/lookup", tokenBody(token)).status == 404);
    CHECK(other.get("/v1/members/by-card/" + token).status == 404);
    CHECK(other.post("/v1/members/" + memberId + "/cards", "").status == 404);
    CHECK(other.post("/v1/members", memberBody(recordId)).status == 404);
    CHECK(s.session.post("/v1/members/not-a-uuid/cards", "").status == 404);
    CHECK(s.session.post("/v1/members/lookup", tokenBody("no-such-card-token-abcdefghijkl")).status == 404);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM members") == 1);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM member_cards") == 1);
}

TEST_CASE("a 12-digit token is refused as a possible My Number and never stored", "[members][e2e][my-number]") {
    Store s;
    const std::string memberId = s.member(s.session.verify("1990-04-01"));
    s.card(memberId);
    for (const auto& r : {s.session.post("/v1/members/lookup", tokenBody("123456789012")),
                          s.session.get("/v1/members/by-card/123456789012")}) {
        CHECK(r.status == 400);
        CHECK(field(r) == "token");
        CHECK(r.body.find("123456789012") == std::string::npos);
    }
    CHECK(s.server.log().find("123456789012") == std::string::npos);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM member_cards") == 1);
}

TEST_CASE("member calls are refused without a staff session and check their input", "[members][e2e]") {
    Store s;
    HttpsClient anonymous("127.0.0.1", s.server.port(), s.server.caFile());
    CHECK(anonymous.post("/v1/members", memberBody("00000000-0000-4000-8000-000000000000")).status == 401);
    CHECK(anonymous.post("/v1/members/lookup", tokenBody("abc")).status == 401);
    CHECK(anonymous.get("/v1/members/by-card/abc").status == 401);
    const auto malformed = s.session.post("/v1/members", memberBody("12345"));
    CHECK(malformed.status == 400);
    CHECK(field(malformed) == "identity_record_id");
    const auto unknownField = s.session.post("/v1/members/lookup", R"({"token": "abc", "pin": "0000"})");
    CHECK(unknownField.status == 400);
    CHECK(field(unknownField) == "pin");
    CHECK(s.session.post("/v1/members", memberBody("00000000-0000-4000-8000-000000000000")).status == 404);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM members") == 0);
}
