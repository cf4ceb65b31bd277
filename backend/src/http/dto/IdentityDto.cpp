#include "http/dto/IdentityDto.h"

#include "http/dto/JsonReader.h"
#include "http/dto/Time.h"
#include "services/members/MemberToken.h"

#include <Poco/JSON/Array.h>

namespace kiroku::backend::http {

namespace {

constexpr std::size_t kNameChars = 100;
constexpr std::size_t kAddressChars = 300;
constexpr std::size_t kCodeChars = 64;
constexpr std::size_t kNumberChars = 64;
constexpr std::size_t kIssuerChars = 100;
constexpr std::size_t kNationalityChars = 8;

std::string dateText(const std::optional<domain::CivilDate>& date) {
    return date ? date->toString() : std::string();
}

} // namespace

services::IdentityVerificationInput readIdentityVerification(const Poco::JSON::Object::Ptr& body) {
    services::IdentityVerificationInput input;
    JsonReader in(body);
    input.method = in.requireCode("method", {"ic_chip", "mrz", "visual"});

    JsonReader person = in.requireObject("person");
    input.name = person.requireString("name", kNameChars);
    input.nameKana = person.optionalString("name_kana", kNameChars);
    input.address = person.optionalString("address", kAddressChars);
    input.document.dateOfBirth = person.requireDate("date_of_birth").toString();
    person.finish();

    JsonReader document = in.requireObject("document");
    input.document.kind = document.requireString("kind", kCodeChars);
    input.document.number = document.optionalString("number", kNumberChars).value_or("");
    input.document.issuer = document.optionalString("issuer", kIssuerChars).value_or("");
    input.document.expiresOn = dateText(document.optionalDate("expires_on"));
    input.document.issuedOn = dateText(document.optionalDate("issued_on"));
    input.document.nationality = document.optionalString("nationality", kNationalityChars).value_or("");
    input.document.lacksAddress = !document.optionalBool("address_on_document", true);
    document.finish();

    if (auto proof = in.optionalObject("supplementary_address_proof")) {
        rules::AddressProofInput p;
        p.kind = proof->requireString("kind", kCodeChars);
        p.date = proof->requireDate("date").toString();
        proof->finish();
        input.document.supplementaryAddressProof = std::move(p);
    }
    in.finish();
    return input;
}

Poco::JSON::Object::Ptr identityVerificationJson(const services::IdentityVerificationResult& result) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("id", result.id);
    out->set("age", result.age);
    out->set("minor", result.minor);
    out->set("retention_until", result.retentionUntil.toString());
    Poco::JSON::Array::Ptr warnings = new Poco::JSON::Array;
    for (const auto& w : result.warnings) {
        Poco::JSON::Object::Ptr item = new Poco::JSON::Object;
        item->set("code", w.code);
        item->set("message", w.message);
        warnings->add(item);
    }
    out->set("warnings", warnings);
    return out;
}

std::string readCardToken(const Poco::JSON::Object::Ptr& body) {
    JsonReader in(body);
    std::string token = in.requireString("token", services::kMaxCardTokenLength);
    in.finish();
    return token;
}

Poco::JSON::Object::Ptr memberLookupJson(const services::MemberLookup& lookup) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object;
    out->set("member_id", lookup.memberId);
    out->set("identity_record_id", lookup.identityRecordId);
    out->set("name", lookup.name);
    out->set("age", lookup.age);
    out->set("minor", lookup.minor);
    out->set("last_verified_at", formatInstant(lookup.lastVerifiedAt));
    out->set("reverification_due", lookup.reverificationDue);
    return out;
}

} // namespace kiroku::backend::http
