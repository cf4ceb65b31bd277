#include "IdentityTestSupport.h"

#include "http/dto/IdentityDto.h"

#include <Poco/JSON/Array.h>

using kiroku::backend::http::identityVerificationJson;
using kiroku::backend::http::memberLookupJson;
using kiroku::backend::http::readCardToken;
using kiroku::backend::http::readIdentityVerification;
using kiroku::domain::ValidationError;
using kiroku::tests::jsonObject;
using kiroku::tests::thrownBy;

namespace {

const std::string kLicense = R"({
  "method": "ic_chip",
  "person": {"name": "山田 太郎", "name_kana": "ヤマダ タロウ", "address": "東京都千代田区千代田1-1",
             "date_of_birth": "1990-04-01"},
  "document": {"kind": "drivers_license", "number": "301234567810", "expires_on": "2029-05-01"}
})";

/// The field named by the ValidationError that reading `json` throws.
std::string refusedField(const std::string& json) {
    return thrownBy<ValidationError>([&] { readIdentityVerification(jsonObject(json)); }).field();
}

} // namespace

TEST_CASE("a complete identity verification request is read field by field", "[identity][dto]") {
    const auto input = readIdentityVerification(jsonObject(R"({
      "method": "visual",
      "person": {"name": "Anna Eriksson", "address": "東京都新宿区西新宿2-8-1", "date_of_birth": "1974-08-12"},
      "document": {"kind": "passport", "number": "L898902C3", "issued_on": "2021-06-01", "expires_on": "2031-06-01",
                   "nationality": "UTO", "address_on_document": false},
      "supplementary_address_proof": {"kind": "utility_bill", "date": "2026-10-01"}
    })"));
    CHECK(input.method == "visual");
    CHECK(input.name == "Anna Eriksson");
    CHECK_FALSE(input.nameKana.has_value());
    REQUIRE(input.address.has_value());
    CHECK(*input.address == "東京都新宿区西新宿2-8-1");
    CHECK(input.document.dateOfBirth == "1974-08-12");
    CHECK(input.document.kind == "passport");
    CHECK(input.document.number == "L898902C3");
    CHECK(input.document.issuedOn == "2021-06-01");
    CHECK(input.document.expiresOn == "2031-06-01");
    CHECK(input.document.nationality == "UTO");
    CHECK(input.document.lacksAddress);
    REQUIRE(input.document.supplementaryAddressProof.has_value());
    CHECK(input.document.supplementaryAddressProof->kind == "utility_bill");
    CHECK(input.document.supplementaryAddressProof->date == "2026-10-01");
}

TEST_CASE("a document shows the address unless the request says it does not", "[identity][dto]") {
    const auto input = readIdentityVerification(jsonObject(kLicense));
    CHECK_FALSE(input.document.lacksAddress);
    CHECK(input.document.issuer.empty());
    CHECK_FALSE(input.document.supplementaryAddressProof.has_value());
}

TEST_CASE("a missing or mistyped required field is refused by its JSON path", "[identity][dto]") {
    CHECK(refusedField(R"({"method": "visual", "document": {"kind": "koseki"}})") == "person");
    CHECK(refusedField(R"({"method": "visual", "person": {"date_of_birth": "1990-01-01"},
                          "document": {"kind": "koseki"}})") == "person.name");
    CHECK(refusedField(R"({"method": "visual", "person": {"name": 42, "date_of_birth": "1990-01-01"},
                          "document": {"kind": "koseki"}})") == "person.name");
    CHECK(refusedField(R"({"method": "visual", "person": {"name": "A", "date_of_birth": 19900101},
                          "document": {"kind": "koseki"}})") == "person.date_of_birth");
    CHECK(refusedField(R"({"method": "visual", "person": {"name": "A", "date_of_birth": "1990-01-01"},
                          "document": "koseki"})") == "document");
    CHECK(refusedField(R"({"method": "visual", "person": {"name": "A", "date_of_birth": "1990-01-01"},
                          "document": {"kind": "koseki", "address_on_document": "no"}})") ==
          "document.address_on_document");
}

TEST_CASE("an unknown method is refused naming the method", "[identity][dto]") {
    CHECK(refusedField(R"({"method": "photo", "person": {"name": "A", "date_of_birth": "1990-01-01"},
                          "document": {"kind": "koseki"}})") == "method");
}

TEST_CASE("impossible or malformed dates are refused naming the date field", "[identity][dto]") {
    CHECK(refusedField(R"({"method": "visual", "person": {"name": "A", "date_of_birth": "1990-02-30"},
                          "document": {"kind": "koseki"}})") == "person.date_of_birth");
    CHECK(refusedField(R"({"method": "visual", "person": {"name": "A", "date_of_birth": "1990-01-01"},
                          "document": {"kind": "koseki", "issued_on": "2026/10/01"}})") == "document.issued_on");
    CHECK(refusedField(R"({"method": "visual", "person": {"name": "A", "date_of_birth": "1990-01-01"},
                          "document": {"kind": "passport"},
                          "supplementary_address_proof": {"kind": "utility_bill", "date": "01-10-2026"}})") ==
          "supplementary_address_proof.date");
}

TEST_CASE("fields the endpoint does not know are refused, at any depth", "[identity][dto]") {
    const auto top = thrownBy<ValidationError>([] {
        readIdentityVerification(jsonObject(R"({"method": "visual", "photo": "x",
            "person": {"name": "A", "date_of_birth": "1990-01-01"}, "document": {"kind": "koseki"}})"));
    });
    CHECK(top.code() == "unknown_field");
    CHECK(top.field() == "photo");
    CHECK(refusedField(R"({"method": "visual", "person": {"name": "A", "date_of_birth": "1990-01-01", "sex": "F"},
                          "document": {"kind": "koseki"}})") == "person.sex");
    CHECK(refusedField(R"({"method": "visual", "person": {"name": "A", "date_of_birth": "1990-01-01"},
                          "document": {"kind": "koseki", "colour": "gold"}})") == "document.colour");
}

TEST_CASE("text that is not NFC or holds control characters is refused naming the field", "[identity][dto]") {
    // "e" followed by a combining acute accent is the decomposed (NFD) form of "é".
    CHECK(refusedField("{\"method\": \"visual\", \"person\": {\"name\": \"Rene\\u0301\", \"date_of_birth\": "
                       "\"1990-01-01\"}, \"document\": {\"kind\": \"koseki\"}}") == "person.name");
    CHECK(refusedField("{\"method\": \"visual\", \"person\": {\"name\": \"A\", \"address\": \"東京都\\n千代田区\", "
                       "\"date_of_birth\": \"1990-01-01\"}, \"document\": {\"kind\": \"koseki\"}}") ==
          "person.address");
    CHECK(refusedField("{\"method\": \"visual\", \"person\": {\"name\": \"A\\u202e\", \"date_of_birth\": "
                       "\"1990-01-01\"}, \"document\": {\"kind\": \"koseki\"}}") == "person.name");
}

TEST_CASE("overlong text is refused naming the field", "[identity][dto]") {
    std::string longName(101, 'A');
    CHECK(refusedField("{\"method\": \"visual\", \"person\": {\"name\": \"" + longName +
                       "\", \"date_of_birth\": \"1990-01-01\"}, \"document\": {\"kind\": \"koseki\"}}") ==
          "person.name");
}

TEST_CASE("a verification answer carries id, age, minor flag, retention date and warnings", "[identity][dto]") {
    kiroku::backend::services::IdentityVerificationResult result;
    result.id = "0b6f2a52-3c1e-4d5f-8a9b-0c1d2e3f4a5b";
    result.age = 17;
    result.minor = true;
    result.retentionUntil = kiroku::domain::CivilDate(2029, 11, 22);
    result.warnings.push_back({"minor", "under 18"});
    const auto json = identityVerificationJson(result);
    CHECK(json->getValue<std::string>("id") == result.id);
    CHECK(json->getValue<int>("age") == 17);
    CHECK(json->getValue<bool>("minor"));
    CHECK(json->getValue<std::string>("retention_until") == "2029-11-22");
    const auto warnings = json->getArray("warnings");
    REQUIRE(warnings->size() == 1);
    CHECK(warnings->getObject(0)->getValue<std::string>("code") == "minor");
    CHECK(warnings->getObject(0)->getValue<std::string>("message") == "under 18");
}

TEST_CASE("a member lookup answer never carries an address", "[identity][dto][members]") {
    kiroku::backend::services::MemberLookup lookup;
    lookup.memberId = "m";
    lookup.identityRecordId = "r";
    lookup.name = "山田 太郎";
    lookup.age = 36;
    const auto json = memberLookupJson(lookup);
    CHECK(json->has("name"));
    CHECK(json->has("reverification_due"));
    CHECK(json->has("last_verified_at"));
    CHECK_FALSE(json->has("address"));
    CHECK(json->size() == 7);
}

TEST_CASE("a card lookup reads exactly one string token", "[identity][dto][members]") {
    CHECK(readCardToken(jsonObject(R"({"token": "abc"})")) == "abc");
    CHECK(thrownBy<ValidationError>([] { readCardToken(jsonObject(R"({"token": 123456789012})")); }).field() ==
          "token");
    CHECK(thrownBy<ValidationError>([] { readCardToken(jsonObject(R"({})")); }).field() == "token");
    CHECK(thrownBy<ValidationError>([] { readCardToken(jsonObject(R"({"token": "abc", "pin": "1"})")); }).field() ==
          "pin");
}
