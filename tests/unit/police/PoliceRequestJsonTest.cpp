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

TEST_CASE("staff see who handled a police request by name next to the ids; a police client sees the ids only",
          "[police]") {
    kiroku::backend::services::PoliceRequestView view;
    auto& r = view.stored;
    r.id = "9a8b7c6d-3333-4a2b-9c3d-000000000003";
    r.storeCode = "SJK01";
    r.documentDate = kiroku::domain::CivilDate(2026, 11, 22);
    r.retentionUntil = kiroku::domain::CivilDate(2031, 11, 22);
    r.enteredBy = 7;
    r.enteredByName = "鈴木 一郎";
    r.approvedAt = r.receivedAt;
    r.approvedBy = 8;
    r.approvedByName = "佐藤 花子";
    r.answerNumber = "K-2026-000001";
    r.answeredAt = r.receivedAt;
    r.answeredBy = 7;
    r.answeredByName = "鈴木 一郎";
    r.rejectedAt = r.receivedAt; // not a real life cycle: every name at once
    r.rejectedBy = 8;
    r.rejectedByName = "佐藤 花子";

    using kiroku::backend::services::StaffNames;
    const auto staff = kiroku::backend::http::toPoco(requestJson(view, false, StaffNames::Shown));
    CHECK(staff->getValue<std::int64_t>("entered_by") == 7);
    CHECK(staff->getValue<std::string>("entered_by_name") == "鈴木 一郎");
    CHECK(staff->getObject("approval")->getValue<std::int64_t>("by") == 8);
    CHECK(staff->getObject("approval")->getValue<std::string>("by_name") == "佐藤 花子");
    CHECK(staff->getObject("rejection")->getValue<std::string>("by_name") == "佐藤 花子");
    CHECK(staff->getObject("answer")->getValue<std::string>("answered_by_name") == "鈴木 一郎");

    const auto police = kiroku::backend::http::toPoco(requestJson(view, false, StaffNames::Hidden));
    CHECK(police->getValue<std::int64_t>("entered_by") == 7);
    CHECK_FALSE(police->has("entered_by_name"));
    CHECK(police->getObject("approval")->getValue<std::int64_t>("by") == 8);
    CHECK_FALSE(police->getObject("approval")->has("by_name"));
    CHECK(police->getObject("rejection")->getValue<std::int64_t>("by") == 8);
    CHECK_FALSE(police->getObject("rejection")->has("by_name"));
    CHECK(police->getObject("answer")->getValue<std::int64_t>("answered_by") == 7);
    CHECK_FALSE(police->getObject("answer")->has("answered_by_name"));

    // A staff id the store no longer has comes with a null name.
    r.enteredByName.reset();
    CHECK(kiroku::backend::http::toPoco(requestJson(view, false, StaffNames::Shown))->isNull("entered_by_name"));
}
