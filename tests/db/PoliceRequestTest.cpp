#include "PoliceTestSupport.h"

#include "domain/Errors.h"
#include "services/audit/AuditVerifier.h"
#include "storage/PgAuditLog.h"

#include <catch2/catch.hpp>

using namespace kiroku;
using namespace kiroku::test;
using backend::services::PoliceCaller;

namespace {

struct Desk {
    PoliceStore s;
    std::string customer = s.verify({"山田 太郎", "ヤマダ タロウ", "1990-05-01", "123456789012"});
    std::string visit;
    domain::AgencyPrincipal shinjukuPolice{"Tokyo MPD Shinjuku", "Tokyo MPD Shinjuku", "subject=test"};
    domain::AgencyPrincipal nambaPolice{"Osaka PD Namba", "Osaka PD Namba", "subject=test"};

    Desk() {
        visit = s.checkIn(customer, "B01", tokyo(20, 10));
        s.checkout(visit, tokyo(20, 11));
        s.clock.set(tokyo(22, 15));
    }

    static domain::PoliceRequestInput terminalRequest(domain::LegalBasis basis = domain::LegalBasis::Ccp1972Inquiry) {
        auto in = paperRequest(tokyo(20, 10), tokyo(20, 11));
        in.basis = basis;
        in.question.kind = domain::QuestionKind::TerminalAtTime;
        in.question.boothLabel = "B01";
        return in;
    }

    PoliceCaller staff(const domain::StaffPrincipal& p) const { return {p, std::nullopt}; }
    PoliceCaller police(const domain::AgencyPrincipal& a) const { return {std::nullopt, a}; }

    std::string submitByManagerA(const domain::PoliceRequestInput& in) {
        return s.police.submit(staff(s.managerA()), in, std::nullopt).stored.id;
    }

    std::string status(const std::string& id) {
        auto c = s.db.connect();
        pqxx::read_transaction tx(*c);
        return tx.exec_params1("SELECT status FROM police_requests WHERE id = $1::uuid", id)[0].as<std::string>();
    }
};

template <typename F> std::string conflictCode(F&& f) {
    try {
        f();
    } catch (const domain::DomainError& e) {
        return e.code();
    }
    return "(none)";
}

} // namespace

TEST_CASE("a paper request needs a second manager to approve it, then is answered once with a numbered document",
          "[police][db]") {
    Desk d;
    const std::string id = d.submitByManagerA(Desk::terminalRequest());
    CHECK(d.status(id) == "received");

    CHECK(conflictCode([&] { d.s.police.answer(d.s.managerA(), id); }) == "not_approved");
    CHECK(conflictCode([&] { d.s.police.approve(d.s.managerA(), id); }) == "second_manager_required");
    CHECK_THROWS_AS(d.s.police.approve(d.s.clerkPrincipal(), id), domain::Forbidden);
    CHECK(d.status(id) == "received");

    const auto approved = d.s.police.approve(d.s.managerB(), id);
    CHECK(approved.stored.status == domain::PoliceRequestStatus::Approved);
    CHECK(approved.stored.approvedBy == d.s.secondManager.staffId);
    CHECK_FALSE(approved.stored.reviewRequired);
    CHECK(conflictCode([&] { d.s.police.approve(d.s.managerB(), id); }) == "already_approved");

    const auto answer = d.s.police.answer(d.s.managerA(), id);
    CHECK(answer.number == "K-2026-000001");
    CHECK(answer.document.find("\"number\":\"K-2026-000001\"") != std::string::npos);
    CHECK(answer.document.find("山田 太郎") != std::string::npos);
    CHECK(d.status(id) == "answered");

    const auto retry = d.s.police.answer(d.s.managerB(), id);
    CHECK(retry.number == answer.number);
    CHECK(retry.document == answer.document);
    CHECK(d.s.police.answerOf(d.staff(d.s.managerA()), id).document == answer.document);
    CHECK(d.s.count("SELECT last_number FROM police_answer_numbers") == 1);
    CHECK(d.s.count("SELECT count(*) FROM police_disclosures WHERE disclosed") == 1);
    CHECK(conflictCode([&] { d.s.police.reject(d.s.managerA(), id, "too late"); }) == "already_answered");

    SECTION("the next answer of the store takes the next number") {
        const std::string second = d.submitByManagerA(Desk::terminalRequest());
        d.s.police.approve(d.s.managerB(), second);
        CHECK(d.s.police.answer(d.s.managerB(), second).number == "K-2026-000002");
    }
}

TEST_CASE("a request submitted by police over the API is approved by any one manager of the store", "[police][db]") {
    Desk d;
    auto in = Desk::terminalRequest();
    in.agencyName.reset();
    in.storeCode = "shinjuku";
    const auto view = d.s.police.submit(d.police(d.shinjukuPolice), in, std::nullopt);
    CHECK(view.stored.source == domain::RequestSource::Api);
    CHECK(view.stored.agencyKey == std::optional<std::string>("Tokyo MPD Shinjuku"));
    CHECK(d.s.police.approve(d.s.managerA(), view.stored.id).stored.status == domain::PoliceRequestStatus::Approved);

    SECTION("another agency can neither see nor read it") {
        CHECK(d.s.police.list(d.police(d.nambaPolice)).empty());
        CHECK_THROWS_AS(d.s.police.get(d.police(d.nambaPolice), view.stored.id), domain::NotFound);
        CHECK(d.s.police.list(d.police(d.shinjukuPolice)).size() == 1);
    }
    SECTION("police name the store; staff may not enter one for another store") {
        in.storeCode = "nowhere";
        CHECK(conflictCode([&] { d.s.police.submit(d.police(d.shinjukuPolice), in, std::nullopt); }) ==
              "invalid_field");
        auto paper = Desk::terminalRequest();
        paper.storeCode = "elsewhere";
        CHECK_THROWS_AS(d.submitByManagerA(paper), domain::ValidationError);
    }
}

TEST_CASE("an emergency to protect life may be approved by the manager who entered it, and is flagged for review",
          "[police][db]") {
    Desk d;
    const std::string id = d.submitByManagerA(Desk::terminalRequest(domain::LegalBasis::EmergencyLife));
    const auto approved = d.s.police.approve(d.s.managerA(), id);
    CHECK(approved.stored.reviewRequired);
    CHECK(d.s.police.answer(d.s.managerA(), id).number == "K-2026-000001");
}

TEST_CASE("a warrant past its expiry expires the request when it is to be approved or answered", "[police][db]") {
    Desk d;
    auto in = Desk::terminalRequest(domain::LegalBasis::Warrant);
    in.warrantCourt = "東京地方裁判所";
    in.warrantExpiresOn = domain::CivilDate(2026, 11, 23);

    SECTION("at approval") {
        const std::string id = d.submitByManagerA(in);
        d.s.clock.set(tokyo(24, 0, 0, 1)); // the day after the last day of the warrant, in Tokyo
        CHECK(conflictCode([&] { d.s.police.approve(d.s.managerB(), id); }) == "warrant_expired");
        CHECK(d.status(id) == "expired");
        CHECK(conflictCode([&] { d.s.police.approve(d.s.managerB(), id); }) == "request_expired");
    }
    SECTION("at answer time") {
        const std::string id = d.submitByManagerA(in);
        d.s.clock.set(tokyo(23, 23, 59));
        d.s.police.approve(d.s.managerB(), id);
        d.s.clock.set(tokyo(24, 9));
        CHECK(conflictCode([&] { d.s.police.answer(d.s.managerB(), id); }) == "warrant_expired");
        CHECK(d.status(id) == "expired");
        CHECK(d.s.count("SELECT count(*) FROM police_answer_numbers") == 0);
    }
    SECTION("one already expired when entered is refused") {
        in.warrantExpiresOn = domain::CivilDate(2026, 11, 21);
        CHECK(conflictCode([&] { d.submitByManagerA(in); }) == "warrant_expired");
        CHECK(d.s.count("SELECT count(*) FROM police_requests") == 0);
    }
}

TEST_CASE("a rejected request keeps its reason and can't be approved or answered", "[police][db]") {
    Desk d;
    const std::string id = d.submitByManagerA(Desk::terminalRequest());
    const auto rejected = d.s.police.reject(d.s.managerB(), id, "the document reference could not be confirmed");
    CHECK(rejected.stored.status == domain::PoliceRequestStatus::Rejected);
    CHECK(rejected.stored.rejectionReason ==
          std::optional<std::string>("the document reference could not be confirmed"));
    CHECK(conflictCode([&] { d.s.police.approve(d.s.managerB(), id); }) == "request_rejected");
    CHECK(conflictCode([&] { d.s.police.answer(d.s.managerB(), id); }) == "request_rejected");
}

TEST_CASE("the personal fields of a person question and the answer are stored only encrypted", "[police][db]") {
    Desk d;
    auto in = Desk::terminalRequest();
    in.question = {};
    in.question.kind = domain::QuestionKind::Person;
    in.question.person.name = "山田 太郎";
    in.question.person.nameKana = "ヤマダ タロウ";
    in.question.person.dateOfBirth = domain::CivilDate(1990, 5, 1);
    const std::string id = d.submitByManagerA(in);
    d.s.police.approve(d.s.managerB(), id);
    const auto answer = d.s.police.answer(d.s.managerB(), id);
    CHECK(answer.document.find("東京都新宿区西新宿2-8-1") != std::string::npos);

    auto c = d.s.db.connect();
    pqxx::read_transaction tx(*c);
    const auto row = tx.exec_params1("SELECT row_to_json(r)::text, answer_document_enc, question_name_enc, "
                                     "question_name_kana_enc, question_date_of_birth_enc FROM police_requests r "
                                     "WHERE id = $1::uuid",
                                     id);
    std::string stored = row[0].as<std::string>();
    for (int column = 1; column <= 4; ++column) {
        REQUIRE_FALSE(row[column].is_null());
        stored += pqxx::binarystring(row[column]).str();
    }
    for (const char* secret : {"山田", "ヤマダ", "1990-05-01", "西新宿"}) {
        INFO(secret);
        CHECK(stored.find(secret) == std::string::npos);
    }
    // Read back through the service, decrypted.
    const auto view = d.s.police.get(d.staff(d.s.managerA()), id);
    CHECK(view.question.person.name == std::optional<std::string>("山田 太郎"));
    CHECK(view.question.person.dateOfBirth == std::optional<domain::CivilDate>(domain::CivilDate(1990, 5, 1)));
}

TEST_CASE("a retried submission with the same Idempotency-Key returns the first request", "[police][db]") {
    Desk d;
    const backend::services::SubmissionKey key{"police-key-0001", "hash-a"};
    const auto first = d.s.police.submit(d.staff(d.s.managerA()), Desk::terminalRequest(), key);
    const auto again = d.s.police.submit(d.staff(d.s.managerA()), Desk::terminalRequest(), key);
    CHECK(again.stored.id == first.stored.id);
    CHECK(d.s.count("SELECT count(*) FROM police_requests") == 1);
    CHECK(conflictCode([&] {
              d.s.police.submit(d.staff(d.s.managerA()), Desk::terminalRequest(), {{"police-key-0001", "hash-b"}});
          }) == "idempotency_key_reused");
}

TEST_CASE("a request names its question's fields when they are missing or contradictory", "[police][db]") {
    Desk d;
    const auto fieldOf = [&](const domain::PoliceRequestInput& in) {
        try {
            d.submitByManagerA(in);
        } catch (const domain::DomainError& e) {
            return e.field();
        }
        return std::string("(accepted)");
    };
    auto in = Desk::terminalRequest();
    in.question.terminalNumber = "PC-01";
    CHECK(fieldOf(in) == "question.terminal");
    in.question.boothLabel.reset();
    in.question.terminalNumber = "PC-99";
    CHECK(fieldOf(in) == "question.terminal");
    in.question.terminalNumber = "PC-01";
    in.question.at = tokyo(20, 12);
    CHECK(fieldOf(in) == "question.at");
    in.question.at = tokyo(20, 10, 30);
    CHECK(fieldOf(in) == "(accepted)");
    in.scopeTo = tokyo(20, 9);
    CHECK(fieldOf(in) == "scope.to");

    auto person = Desk::terminalRequest();
    person.question = {};
    person.question.kind = domain::QuestionKind::Person;
    person.question.person.name = "山田 太郎";
    CHECK(fieldOf(person) == "question.date_of_birth");
    person.question.person.name.reset();
    person.question.person.documentKind = "my_number_card";
    person.question.person.documentNumber = "123456789012";
    CHECK(fieldOf(person) == "question.document_kind");

    auto warrant = Desk::terminalRequest(domain::LegalBasis::Warrant);
    CHECK(fieldOf(warrant) == "legal_basis.court");
    auto notWarrant = Desk::terminalRequest();
    notWarrant.warrantCourt = "東京地方裁判所";
    CHECK(fieldOf(notWarrant) == "legal_basis.court");
    CHECK(d.s.count("SELECT count(*) FROM police_requests") == 1);
}

TEST_CASE("every step of a request is in the store's audit chain, and the answer is signed over the chain's head",
          "[police][db][audit]") {
    Desk d;
    const std::string id = d.submitByManagerA(Desk::terminalRequest());
    d.s.police.approve(d.s.managerB(), id);
    const auto answer = d.s.police.answer(d.s.managerA(), id);

    auto c = d.s.db.connect();
    pqxx::read_transaction tx(*c);
    const auto entries =
        tx.exec_params("SELECT seq, action, staff_id, entry::text, encode(prev_hash, 'hex') FROM audit_log "
                       "WHERE chain_id = $1 AND action LIKE 'police.%' ORDER BY seq",
                       d.s.manager.storeId);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0][1].as<std::string>() == "police.request_received");
    CHECK(entries[0][2].as<std::int64_t>() == d.s.manager.staffId);
    CHECK(entries[1][1].as<std::string>() == "police.approve");
    CHECK(entries[1][2].as<std::int64_t>() == d.s.secondManager.staffId);
    CHECK(entries[2][1].as<std::string>() == "police.answer");
    const std::string answered = entries[2][3].as<std::string>();
    CHECK(answered.find(R"("number": "K-2026-000001")") != std::string::npos);
    CHECK(answered.find(d.customer) != std::string::npos); // the disclosed record, by id
    CHECK(answered.find(d.visit) != std::string::npos);
    CHECK(answered.find("山田") == std::string::npos); // never by name

    // The document names the head its own entry extends.
    const std::int64_t answerSeq = entries[2][0].as<std::int64_t>();
    CHECK(answer.document.find(R"("length":)" + std::to_string(answerSeq - 1) + "}") != std::string::npos);
    CHECK(answer.document.find(R"("hash":")" + entries[2][4].as<std::string>() + "\"") != std::string::npos);

    const auto key = d.s.signer.publicKey(d.s.manager.storeId);
    CHECK(answer.publicKeyPem == key.publicKeyPem);
    CHECK(backend::services::StoreSigner::verify(key.publicKey, answer.document, answer.signature));
    std::string tampered = answer.document;
    tampered.replace(tampered.find("K-2026-000001"), 13, "K-2026-000002");
    CHECK_FALSE(backend::services::StoreSigner::verify(key.publicKey, tampered, answer.signature));

    backend::storage::PgAuditLog log(d.s.pool);
    CHECK(backend::services::AuditVerifier(log).verify(d.s.manager.storeId).ok);
}

TEST_CASE("expiring a warrant and rejecting a request are audited with their reasons", "[police][db][audit]") {
    Desk d;
    auto in = Desk::terminalRequest(domain::LegalBasis::Warrant);
    in.warrantCourt = "東京地方裁判所";
    in.warrantExpiresOn = domain::CivilDate(2026, 11, 22);
    const std::string expiring = d.submitByManagerA(in);
    const std::string refused = d.submitByManagerA(Desk::terminalRequest());
    d.s.police.reject(d.s.managerB(), refused, "the reference could not be confirmed with the station");
    d.s.clock.set(tokyo(23, 9));
    CHECK(conflictCode([&] { d.s.police.approve(d.s.managerB(), expiring); }) == "warrant_expired");

    auto c = d.s.db.connect();
    pqxx::read_transaction tx(*c);
    const auto rows = tx.exec_params("SELECT action, entry->>'reason' FROM audit_log WHERE chain_id = $1 AND "
                                     "action IN ('police.reject', 'police.expire') ORDER BY seq",
                                     d.s.manager.storeId);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0][0].as<std::string>() == "police.reject");
    CHECK(rows[0][1].as<std::string>() == "the reference could not be confirmed with the station");
    CHECK(rows[1][0].as<std::string>() == "police.expire");
    CHECK(rows[1][1].as<std::string>() == "warrant_expired");
}
