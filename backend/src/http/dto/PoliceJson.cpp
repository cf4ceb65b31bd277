#include "http/dto/PoliceJson.h"

#include "crypto/Encoding.h"
#include "domain/Errors.h"
#include "http/dto/JsonReader.h"
#include "http/dto/Time.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/IPAddress.h>

namespace kiroku::backend::http {

using domain::ValidationError;

namespace {

domain::Instant toInstant(JsonReader& in, const std::string& key, const std::string& text) {
    const auto parsed = parseInstant(text);
    if (!parsed) {
        throw ValidationError(in.pathOf(key), "must be an RFC 3339 date-time with an offset, e.g. "
                                              "2026-11-22T10:00:00+09:00");
    }
    return *parsed;
}

std::optional<domain::Instant> optionalInstant(JsonReader& in, const std::string& key) {
    const auto text = in.optionalString(key, 40);
    if (!text) {
        return std::nullopt;
    }
    return toInstant(in, key, *text);
}

domain::Instant requireInstant(JsonReader& in, const std::string& key) {
    return toInstant(in, key, in.requireString(key, 40));
}

domain::PoliceQuestion readQuestion(JsonReader& q) {
    domain::PoliceQuestion out;
    const std::string kind = q.requireCode("kind", {"terminal_at_time", "person", "public_endpoint"});
    out.kind = *domain::fromCode(domain::kQuestionKindCodes, kind);
    switch (out.kind) {
    case domain::QuestionKind::TerminalAtTime:
        out.boothLabel = q.optionalString("booth", 32);
        out.terminalNumber = q.optionalString("terminal", 32);
        out.at = optionalInstant(q, "at");
        break;
    case domain::QuestionKind::PublicEndpoint: {
        const std::string ip = q.requireString("public_ip", 45);
        Poco::Net::IPAddress address;
        if (!Poco::Net::IPAddress::tryParse(ip, address)) {
            throw ValidationError(q.pathOf("public_ip"), "must be an IPv4 or IPv6 address");
        }
        out.publicIp = address.toString();
        out.sourcePort = static_cast<int>(q.requireInt("source_port", 1, 65535));
        out.at = requireInstant(q, "at");
        out.toleranceSeconds = static_cast<int>(q.optionalInt("tolerance_seconds", 0, 3600).value_or(0));
        break;
    }
    case domain::QuestionKind::Person: {
        out.person.name = q.optionalString("name", 100);
        out.person.nameKana = q.optionalString("name_kana", 100);
        out.person.dateOfBirth = q.optionalDate("date_of_birth");
        // Checked against the known kinds by the service, which names the field.
        out.person.documentKind = q.optionalString("document_kind", 64);
        out.person.documentNumber = q.optionalString("document_number", 64);
        break;
    }
    }
    q.finish();
    return out;
}

} // namespace

domain::PoliceRequestInput readPoliceRequest(const Poco::JSON::Object::Ptr& body) {
    JsonReader in(body);
    domain::PoliceRequestInput out;
    if (auto agency = in.optionalObject("agency")) {
        out.agencyName = agency->requireString("name", 200);
        agency->finish();
    }
    auto officer = in.requireObject("officer");
    out.officerName = officer.requireString("name", 100);
    out.officerBadge = officer.requireString("badge", 64);
    out.officerContact = officer.requireString("contact", 200);
    officer.finish();

    auto basis = in.requireObject("legal_basis");
    const std::string kind = basis.requireCode(
        "kind", {"ordinance_report", "ordinance_inspection", "ccp_197_2", "warrant", "emergency_life"});
    out.basis = *domain::fromCode(domain::kLegalBasisCodes, kind);
    out.warrantCourt = basis.optionalString("court", 200);
    out.warrantExpiresOn = basis.optionalDate("expires_on");
    basis.finish();

    auto document = in.requireObject("document");
    out.documentReference = document.requireString("reference", 200);
    out.documentDate = document.requireDate("date");
    document.finish();

    auto scope = in.requireObject("scope");
    out.storeCode = scope.optionalString("store_code", 32);
    out.scopeFrom = requireInstant(scope, "from");
    out.scopeTo = requireInstant(scope, "to");
    scope.finish();

    auto question = in.requireObject("question");
    out.question = readQuestion(question);
    in.finish();
    return out;
}

Poco::JSON::Object::Ptr toPoco(const canonical::Value& value) {
    Poco::JSON::Parser parser;
    return parser.parse(canonical::canonicalize(value)).extract<Poco::JSON::Object::Ptr>();
}

Poco::JSON::Object::Ptr policeAnswerJson(const services::PoliceAnswer& answer) {
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("request_id", answer.requestId);
    out->set("number", answer.number);
    out->set("answered_at", formatInstant(answer.answeredAt));
    Poco::JSON::Parser parser;
    out->set("document", parser.parse(answer.document).extract<Poco::JSON::Object::Ptr>());
    out->set("document_base64", crypto::toBase64(crypto::asBytes(answer.document)));
    out->set("signature_base64", crypto::toBase64(answer.signature));
    out->set("signature_algorithm", answer.signatureAlgorithm);
    out->set("public_key_pem", answer.publicKeyPem);
    return out;
}

} // namespace kiroku::backend::http
