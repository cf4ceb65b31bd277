#include "domain/Errors.h"
#include "http/dto/PoliceJson.h"

#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

using kiroku::backend::http::readPoliceRequest;

namespace {

Poco::JSON::Object::Ptr parse(const std::string& text) {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string
body(const std::string& question,
     const std::string& basis = R"({"kind":"warrant","court":"東京地方裁判所","expires_on":"2026-12-01"})") {
    return R"({"agency":{"name":"警視庁新宿警察署"},"officer":{"name":"田中","badge":"1","contact":"03"},)"
           R"("legal_basis":)" +
           basis +
           R"(,"document":{"reference":"第1号","date":"2026-11-20"},)"
           R"("scope":{"from":"2026-11-20T10:00:00+09:00","to":"2026-11-20T11:00:00+09:00"},"question":)" +
           question + "}";
}

std::string refusedField(const std::string& text) {
    try {
        readPoliceRequest(parse(text));
    } catch (const kiroku::domain::ValidationError& e) {
        return e.field();
    }
    return "(accepted)";
}

} // namespace

TEST_CASE("a police request is read with its basis, scope and question", "[police]") {
    const auto in =
        readPoliceRequest(parse(body(R"({"kind":"terminal_at_time","booth":"B01","at":"2026-11-20T01:15:00Z"})")));
    CHECK(in.agencyName == std::optional<std::string>("警視庁新宿警察署"));
    CHECK(in.basis == kiroku::domain::LegalBasis::Warrant);
    CHECK(in.warrantCourt == std::optional<std::string>("東京地方裁判所"));
    CHECK(in.warrantExpiresOn == std::optional<kiroku::domain::CivilDate>(kiroku::domain::CivilDate(2026, 12, 1)));
    CHECK(in.question.kind == kiroku::domain::QuestionKind::TerminalAtTime);
    CHECK(in.question.boothLabel == std::optional<std::string>("B01"));
    CHECK(in.scopeTo - in.scopeFrom == std::chrono::hours(1));
    CHECK(in.question.at == in.scopeFrom + std::chrono::minutes(15));
}

TEST_CASE("a public endpoint question keeps a normalised address, its port and tolerance", "[police]") {
    const auto in = readPoliceRequest(parse(body(
        R"({"kind":"public_endpoint","public_ip":"2001:DB8::1","source_port":50123,"at":"2026-11-20T10:30:00+09:00","tolerance_seconds":3})")));
    CHECK(in.question.publicIp == std::optional<std::string>("2001:db8::1"));
    CHECK(in.question.sourcePort == std::optional<int>(50123));
    CHECK(in.question.toleranceSeconds == std::optional<int>(3));
}

TEST_CASE("fields of a police request are named when they are wrong, and fields of another question kind refused",
          "[police]") {
    CHECK(refusedField(body(R"({"kind":"terminal_at_time","booth":"B01","name":"x"})")) == "question.name");
    CHECK(refusedField(body(R"({"kind":"person","booth":"B01"})")) == "question.booth");
    CHECK(
        refusedField(body(
            R"({"kind":"public_endpoint","public_ip":"10.0.0.1","source_port":70000,"at":"2026-11-20T10:30:00Z"})")) ==
        "question.source_port");
    CHECK(refusedField(body(R"({"kind":"person","date_of_birth":"1990-02-30"})")) == "question.date_of_birth");
    CHECK(refusedField(body(R"({"kind":"guess"})")) == "question.kind");
    CHECK(refusedField(body(R"({"kind":"person"})", R"({"kind":"rumour"})")) == "legal_basis.kind");
    CHECK(refusedField(body(R"({"kind":"person","name":"山田\n太郎"})")) == "question.name");
}
