#include "VisitTestSupport.h"
#include "support/Fixtures.h"

#include "crypto/Hash.h"

#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>

#include <regex>

using namespace kiroku::test;

namespace {

// The server's clock starts at noon in Tokyo on 22 November 2026, so ages and retention dates are fixed.
const std::map<std::string, std::string> kFixedNoon{{"testing.enabled", "true"},
                                                    {"testing.fixed_now", "2026-11-22T12:00:00+09:00"}};

std::string body(const std::string& person, const std::string& document, const std::string& extra = {}) {
    return R"({"method": "ic_chip", "person": )" + person + R"(, "document": )" + document + extra + "}";
}

const std::string kPerson =
    R"({"name": "山田 太郎", "name_kana": "ヤマダ タロウ", "address": "東京都千代田区千代田1-1", "date_of_birth": "1990-04-01"})";
const std::string kLicense = R"({"kind": "drivers_license", "number": "301234567810", "expires_on": "2029-05-01"})";

std::string field(const HttpResult& r) {
    return r.json()->getObject("error")->getValue<std::string>("field");
}

struct Counter {
    TestDatabase db = TestDatabase::migrated();
    StaffFixture clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    ServerProcess server;
    CounterSession session;

    explicit Counter(std::map<std::string, std::string> config = kFixedNoon)
        : server(db.dsn(), config), session(server, clerk.login, clerk.password) {}

    std::int64_t records() { return queryNumber(db, "SELECT count(*) FROM identity_records"); }
};

} // namespace

TEST_CASE("a driver's license verification is recorded and answers the customer's age", "[identity][e2e]") {
    Counter c;
    const auto r = c.session.post("/v1/identity-verifications", body(kPerson, kLicense));
    REQUIRE(r.status == 201);
    const auto json = r.json();
    const std::string id = json->getValue<std::string>("id");
    CHECK(std::regex_match(id, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    CHECK(json->getValue<int>("age") == 36);
    CHECK_FALSE(json->getValue<bool>("minor"));
    CHECK(json->getValue<std::string>("retention_until") == "2029-11-22");
    CHECK(json->getArray("warnings")->size() == 0);
    CHECK(c.records() == 1);
    CHECK(queryText(c.db, "SELECT document_kind || '/' || method || '/' || verified_by || '/' || last_service_on "
                          "FROM identity_records WHERE id = '" +
                              id + "'") ==
          "drivers_license/ic_chip/" + std::to_string(c.clerk.staffId) + "/2026-11-22");
}

TEST_CASE("a minor's verification is flagged with a warning for staff", "[identity][e2e]") {
    Counter c;
    const std::string minor =
        R"({"name": "山田 次郎", "address": "東京都千代田区千代田1-1", "date_of_birth": "2010-01-15"})";
    const auto r = c.session.post("/v1/identity-verifications", body(minor, kLicense));
    REQUIRE(r.status == 201);
    CHECK(r.json()->getValue<int>("age") == 16);
    CHECK(r.json()->getValue<bool>("minor"));
    const auto warnings = r.json()->getArray("warnings");
    REQUIRE(warnings->size() == 1);
    CHECK(warnings->getObject(0)->getValue<std::string>("code") == "minor");
    CHECK_FALSE(warnings->getObject(0)->getValue<std::string>("message").empty());
}

TEST_CASE("a My Number card's individual number is refused naming document.number, and nothing is written",
          "[identity][e2e][my-number]") {
    Counter c;
    const auto r = c.session.post(
        "/v1/identity-verifications",
        body(kPerson, R"({"kind": "my_number_card", "number": "123456789012", "expires_on": "2030-04-01"})"));
    CHECK(r.status == 422);
    CHECK(errorCode(r) == "number_not_allowed");
    CHECK(field(r) == "document.number");
    CHECK(r.body.find("123456789012") == std::string::npos);
    CHECK(c.records() == 0);
    CHECK(c.server.log().find("123456789012") == std::string::npos);

    // The same card without its number is recorded.
    const auto ok = c.session.post("/v1/identity-verifications",
                                   body(kPerson, R"({"kind": "my_number_card", "expires_on": "2030-04-01"})"));
    CHECK(ok.status == 201);
    CHECK(queryNumber(c.db, "SELECT count(*) FROM identity_records WHERE document_number_enc IS NULL AND "
                            "document_number_bidx IS NULL") == 1);
}

TEST_CASE("a health insurance card's number is refused and its insurer's name is required", "[identity][e2e]") {
    Counter c;
    const auto withNumber = c.session.post(
        "/v1/identity-verifications",
        body(kPerson, R"({"kind": "health_insurance_card", "number": "12345678", "issuer": "全国健康保険協会",
                                          "expires_on": "2027-03-31"})"));
    CHECK(withNumber.status == 422);
    CHECK(field(withNumber) == "document.number");
    const auto noIssuer =
        c.session.post("/v1/identity-verifications",
                       body(kPerson, R"({"kind": "health_insurance_card", "expires_on": "2027-03-31"})"));
    CHECK(noIssuer.status == 400);
    CHECK(field(noIssuer) == "document.issuer");
    CHECK(c.records() == 0);
}

TEST_CASE("an expired document is refused with 422 naming its expiry date", "[identity][e2e]") {
    Counter c;
    const auto r = c.session.post(
        "/v1/identity-verifications",
        body(kPerson, R"({"kind": "drivers_license", "number": "301234567810", "expires_on": "2026-11-21"})"));
    CHECK(r.status == 422);
    CHECK(errorCode(r) == "document_expired");
    CHECK(field(r) == "document.expires_on");
    CHECK(c.records() == 0);
}

TEST_CASE("a Japanese passport issued in 2021 needs a supplementary address proof", "[identity][e2e][passport]") {
    Counter c;
    const std::string passport = R"({"kind": "passport", "number": "TK1234567", "nationality": "JPN",
                                     "issued_on": "2021-06-01", "expires_on": "2031-06-01"})";
    const auto refused = c.session.post("/v1/identity-verifications", body(kPerson, passport));
    CHECK(refused.status == 422);
    CHECK(errorCode(refused) == "address_proof_required");
    CHECK(field(refused) == "supplementary_address_proof");
    CHECK(c.records() == 0);

    const auto accepted = c.session.post(
        "/v1/identity-verifications",
        body(kPerson, passport, R"(, "supplementary_address_proof": {"kind": "utility_bill", "date": "2026-10-20"})"));
    CHECK(accepted.status == 201);
    CHECK(queryText(c.db, "SELECT address_on_document::text || '/' || address_proof_kind || '/' || "
                          "address_proof_date FROM identity_records") == "false/utility_bill/2026-10-20");
}

TEST_CASE("the residential address is required even when the document does not show it", "[identity][e2e]") {
    Counter c;
    const std::string noAddress = R"({"name": "山田 太郎", "date_of_birth": "1990-04-01"})";
    const auto r = c.session.post(
        "/v1/identity-verifications",
        body(noAddress, R"({"kind": "passport", "number": "TK1234567", "nationality": "JPN", "issued_on": "2021-06-01",
                            "expires_on": "2031-06-01"})",
             R"(, "supplementary_address_proof": {"kind": "tax_receipt", "date": "2026-10-20"})"));
    CHECK(r.status == 400);
    CHECK(field(r) == "person.address");
    CHECK(c.records() == 0);
}

TEST_CASE("malformed input is refused with the field named and nothing is written", "[identity][e2e][input]") {
    Counter c({{"testing.enabled", "true"},
               {"testing.fixed_now", "2026-11-22T12:00:00+09:00"},
               {"server.max_body_bytes", "4096"}});
    auto post = [&](const std::string& text) { return c.session.post("/v1/identity-verifications", text); };

    SECTION("malformed JSON") {
        const auto r = post(R"({"method": "ic_chip", "person": {)");
        CHECK(r.status == 400);
        CHECK(errorCode(r) == "malformed_json");
    }
    SECTION("a number where a date string belongs") {
        const auto r = post(body(R"({"name": "A", "address": "B", "date_of_birth": 19900401})", kLicense));
        CHECK(r.status == 400);
        CHECK(field(r) == "person.date_of_birth");
    }
    SECTION("an object where a string belongs") {
        const auto r =
            post(body(R"({"name": {"family": "山田"}, "address": "B", "date_of_birth": "1990-04-01"})", kLicense));
        CHECK(r.status == 400);
        CHECK(field(r) == "person.name");
    }
    SECTION("an unknown field") {
        const auto r = post(body(kPerson, R"({"kind": "drivers_license", "number": "301234567810",
                                              "expires_on": "2029-05-01", "photo": "base64..."})"));
        CHECK(r.status == 400);
        CHECK(errorCode(r) == "unknown_field");
        CHECK(field(r) == "document.photo");
    }
    SECTION("a body over server.max_body_bytes") {
        const std::string huge =
            R"({"name": ")" + std::string(5000, 'A') + R"(", "address": "B", "date_of_birth": "1990-04-01"})";
        CHECK(post(body(huge, kLicense)).status == 413);
    }
    SECTION("a date that does not exist") {
        const auto r = post(body(R"({"name": "A", "address": "B", "date_of_birth": "1990-02-30"})", kLicense));
        CHECK(r.status == 400);
        CHECK(field(r) == "person.date_of_birth");
    }
    SECTION("a date in another format") {
        const auto r = post(body(kPerson, R"({"kind": "drivers_license", "number": "301234567810",
                                              "expires_on": "01/05/2029"})"));
        CHECK(r.status == 400);
        CHECK(field(r) == "document.expires_on");
    }
    SECTION("text that is not in NFC") {
        const auto r = post(body(R"({"name": "Rene\u0301", "address": "B", "date_of_birth": "1990-04-01"})", kLicense));
        CHECK(r.status == 400);
        CHECK(field(r) == "person.name");
    }
    SECTION("a control character") {
        const auto r =
            post(body(R"({"name": "A", "address": "東京都\t千代田区", "date_of_birth": "1990-04-01"})", kLicense));
        CHECK(r.status == 400);
        CHECK(field(r) == "person.address");
    }
    SECTION("an unknown document kind") {
        const auto r = post(body(kPerson, R"({"kind": "library_card", "expires_on": "2029-05-01"})"));
        CHECK(r.status == 400);
        CHECK(field(r) == "document.kind");
    }
    CHECK(c.records() == 0);
}

TEST_CASE("a verification without a staff session is refused with 401 and nothing is written", "[identity][e2e]") {
    Counter c;
    HttpsClient anonymous("127.0.0.1", c.server.port(), c.server.caFile());
    CHECK(anonymous.post("/v1/identity-verifications", body(kPerson, kLicense)).status == 401);
    CHECK(anonymous.post("/v1/identity-verifications", body(kPerson, kLicense), {{"Authorization", "Bearer nope"}})
              .status == 401);
    CHECK(c.records() == 0);
}

TEST_CASE("a verification retried with the same Idempotency-Key is recorded once and answered the same",
          "[identity][e2e][idempotency]") {
    Counter c;
    const std::string key = newKey();
    const auto first = c.session.post("/v1/identity-verifications", body(kPerson, kLicense), key);
    const auto retry = c.session.post("/v1/identity-verifications", body(kPerson, kLicense), key);
    REQUIRE(first.status == 201);
    CHECK(retry.status == 201);
    CHECK(retry.body == first.body);
    CHECK(c.records() == 1);

    const auto reused = c.session.post("/v1/identity-verifications", body(kPerson, kLicense, R"(, "x": 1)"), key);
    CHECK(reused.status == 400); // still checked as input first
    const std::string otherPerson =
        R"({"name": "佐藤 花子", "address": "東京都千代田区千代田1-1", "date_of_birth": "1992-08-08"})";
    const auto different = c.session.post("/v1/identity-verifications", body(otherPerson, kLicense), key);
    CHECK(different.status == 422);
    CHECK(errorCode(different) == "idempotency_key_reused");
    CHECK(c.records() == 1);

    // Without a key every request is a new verification.
    CHECK(c.session.post("/v1/identity-verifications", body(kPerson, kLicense)).status == 201);
    CHECK(c.records() == 2);
    // What is kept for replays holds no personal data, and no plain hash of the request.
    CHECK(queryNumber(c.db, "SELECT count(*) FROM idempotency_keys WHERE response_body LIKE '%山田%'") == 0);
    CHECK(queryNumber(c.db, "SELECT count(*) FROM idempotency_keys") == 1);
    const std::string plainHash =
        kiroku::crypto::sha256Hex("POST\n/v1/identity-verifications\n" + body(kPerson, kLicense));
    CHECK(queryNumber(c.db, "SELECT count(*) FROM idempotency_keys WHERE request_hash = '" + plainHash + "'") == 0);
}
