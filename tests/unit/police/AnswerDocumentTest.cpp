#include "services/police/AnswerDocument.h"

#include <catch2/catch.hpp>

using namespace kiroku;
using backend::services::answerDocument;
using backend::services::AnswerDocumentInput;
using backend::services::answerNumber;
using backend::services::formatUtcMicros;

namespace {

std::chrono::system_clock::time_point utc(int hour, int minute) {
    using namespace std::chrono;
    return sys_days{year{2026} / November / day{20}} + hours{hour} + minutes{minute};
}

} // namespace

TEST_CASE("answer numbers run per year with six digits", "[police]") {
    CHECK(answerNumber(2026, 1) == "K-2026-000001");
    CHECK(answerNumber(2026, 123) == "K-2026-000123");
    CHECK(answerNumber(2027, 1234567) == "K-2027-1234567");
    CHECK_THROWS_AS(answerNumber(2026, 0), std::invalid_argument);
}

TEST_CASE("instants in answers are UTC with microseconds", "[police]") {
    using namespace std::chrono;
    const auto t = sys_days{year{2026} / November / day{22}} + hours{5} + minutes{3} + seconds{7} + microseconds{42};
    CHECK(formatUtcMicros(t) == "2026-11-22T05:03:07.000042Z");
    CHECK(formatUtcMicros(sys_days{year{1970} / January / day{1}}) == "1970-01-01T00:00:00.000000Z");
}

TEST_CASE("an answer document is canonical JSON naming the question, the basis, the managers, the records and the "
          "chain head",
          "[police]") {
    backend::services::PoliceRequestView request;
    auto& r = request.stored;
    r.id = "7f6c7a53-7a47-4a8e-9b4c-0f8d2a1c3b5e";
    r.storeId = 3;
    r.storeCode = "shinjuku";
    r.agencyName = "警視庁新宿警察署";
    r.officerName = "警部補 田中";
    r.officerBadge = "123456";
    r.officerContact = "03-0000-0000";
    r.basis = domain::LegalBasis::Warrant;
    r.warrantCourt = "東京地方裁判所";
    r.warrantExpiresOn = domain::CivilDate(2026, 12, 1);
    r.documentReference = "第1号";
    r.documentDate = domain::CivilDate(2026, 11, 20);
    r.scopeFrom = utc(1, 0);
    r.scopeTo = utc(2, 0);
    r.receivedAt = utc(3, 0);
    request.question.kind = domain::QuestionKind::TerminalAtTime;
    request.question.terminalNumber = "PC-01";

    backend::services::QueryResult result;
    backend::services::DisclosedIdentity record;
    record.id = "0b0c1a53-7a47-4a8e-9b4c-0f8d2a1c3b5e";
    record.name = "山田 \"太郎\"";
    record.address = "東京都新宿区西新宿2-8-1";
    record.dateOfBirth = domain::CivilDate(1990, 5, 1);
    record.documentKind = "drivers_license";
    record.documentNumber = "123456789012";
    record.verifiedAt = utc(0, 30);
    record.method = "visual";
    record.visits.push_back({"v-1", {{"B01", std::string("PC-01"), utc(1, 0), utc(1, 30)}}});
    result.records.push_back(record);

    AnswerDocumentInput in;
    in.number = "K-2026-000001";
    in.storeId = 3;
    in.storeCode = "shinjuku";
    in.storeName = "新宿店";
    in.request = &request;
    in.approvedAt = utc(3, 5);
    in.approvedBy = 7;
    in.approvedByName = "店長 佐藤";
    in.answeredAt = utc(3, 10);
    in.answeredBy = 8;
    in.answeredByName = "店長 \"鈴木\"";
    in.dataAsOf = utc(3, 10);
    in.auditHead = {3, 41, std::string(64, 'a')};
    in.result = &result;
    const std::string document = answerDocument(in);

    CHECK(document.rfind(R"({"answer":{"record_count":1,"records":[{"identity_record":{"address":)", 0) == 0);
    CHECK(document.find(R"("name":"山田 \"太郎\"")") != std::string::npos);
    CHECK(document.find(R"("legal_basis":{"court":"東京地方裁判所","expires_on":"2026-12-01","kind":"warrant"})") !=
          std::string::npos);
    CHECK(document.find(R"("audit_chain_head":{"chain":3,"hash":")" + std::string(64, 'a') + R"(","length":41})") !=
          std::string::npos);
    CHECK(document.find(R"("segments":[{"booth":"B01","from":"2026-11-20T01:00:00.000000Z","terminal":"PC-01",)"
                        R"("to":"2026-11-20T01:30:00.000000Z"}])") != std::string::npos);
    // The managers by id and by display name, next to each other.
    CHECK(document.find(
              R"("answered_at":"2026-11-20T03:10:00.000000Z","answered_by":8,"answered_by_name":"店長 \"鈴木\"",)") !=
          std::string::npos);
    CHECK(document.find(R"("approval":{"approved_at":"2026-11-20T03:05:00.000000Z","approved_by":7,)"
                        R"("approved_by_name":"店長 佐藤","review_required":false})") != std::string::npos);
    CHECK(document.find('\n') == std::string::npos);
    CHECK(answerDocument(in) == document);
}
