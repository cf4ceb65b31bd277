#include "VisitTestSupport.h"

#include "crypto/Encoding.h"
#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"
#include "support/Fixtures.h"
#include "support/TestCluster.h"

#include <catch2/catch.hpp>

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

using namespace kiroku::test;

namespace {

/// A store whose server clock starts on 2026-11-22 at 14:00 in Tokyo, with the police listener on (police CA from
/// scripts/police-test-certs.sh), two managers, a clerk and terminal PC-01 in booth B01.
struct Station {
    TestDatabase db = TestDatabase::migrated();
    StaffFixture clerk = createStaff(db, "shinjuku", "clerk-a", "clerk", 4);
    StaffFixture managerA = createStaff(db, "shinjuku", "manager-a", "manager", 4);
    StaffFixture managerB = createStaff(db, "shinjuku", "manager-b", "manager", 4);
    std::map<std::string, std::int64_t> booths = boothIds(db, clerk.storeId);
    std::int64_t pc01 = [this] {
        kiroku::backend::storage::ConnectionPool pool(db.dsn(), 1, std::chrono::seconds(10));
        kiroku::backend::storage::PgStoreAdminRepository admin(pool);
        return admin.ensureTerminal(clerk.storeId, "PC-01", booths.at("B01"));
    }();
    std::string police = policeCertificateDir();
    ServerProcess server{db.dsn(),
                         {{"testing.enabled", "true"},
                          {"testing.fixed_now", "2026-11-22T14:00:00+09:00"},
                          {"police.ca_file", police + "/police-ca.pem"}}};
    CounterSession counter{server, clerk.login, clerk.password};
    CounterSession a{server, managerA.login, managerA.password};
    CounterSession b{server, managerB.login, managerB.password};

    HttpsClient policeClient(const std::string& name) const {
        return HttpsClient("127.0.0.1", server.policePort(), server.caFile(),
                           ClientCertificateFiles{police + "/" + name + ".pem", police + "/" + name + ".key"});
    }
};

std::string requestBody(const std::string& question, bool fromStaff = true,
                        const std::string& basis = R"({"kind":"ccp_197_2"})") {
    std::string body = "{";
    if (fromStaff) {
        body += R"("agency":{"name":"警視庁新宿警察署"},)";
    }
    body += R"("officer":{"name":"警部補 田中","badge":"123456","contact":"03-0000-0000"},)";
    body += R"("legal_basis":)" + basis + ",";
    body += R"("document":{"reference":"新宿署刑第123号","date":"2026-11-22"},)";
    body += std::string(R"("scope":{)") + (fromStaff ? "" : R"("store_code":"shinjuku",)") +
            R"("from":"2026-11-22T13:00:00+09:00","to":"2026-11-22T15:00:00+09:00"},)";
    body += R"("question":)" + question + "}";
    return body;
}

const std::string kTerminalQuestion = R"({"kind":"terminal_at_time","terminal":"PC-01"})";

void writeFile(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

/// `openssl pkeyutl -verify` over the answer's document, signature and public key, as a reader would run it.
bool verifiesWithOpenssl(const Poco::JSON::Object::Ptr& answer, const std::string& documentOverride = {}) {
    const auto dir = std::filesystem::temp_directory_path() / ("police-answer-" + kiroku::crypto::randomHex(6));
    std::filesystem::create_directories(dir);
    const auto document = kiroku::crypto::fromBase64(answer->getValue<std::string>("document_base64"));
    const auto signature = kiroku::crypto::fromBase64(answer->getValue<std::string>("signature_base64"));
    writeFile(dir / "doc.json",
              documentOverride.empty() ? std::string(document.begin(), document.end()) : documentOverride);
    writeFile(dir / "doc.sig", std::string(signature.begin(), signature.end()));
    writeFile(dir / "pub.pem", answer->getValue<std::string>("public_key_pem"));
    std::string out;
    const int status =
        runCommand("openssl pkeyutl -verify -pubin -inkey " + shellQuote((dir / "pub.pem").string()) + " -rawin -in " +
                       shellQuote((dir / "doc.json").string()) + " -sigfile " + shellQuote((dir / "doc.sig").string()),
                   &out);
    std::filesystem::remove_all(dir);
    return status == 0 && out.find("Signature Verified Successfully") != std::string::npos;
}

std::string fieldOf(const HttpResult& result) {
    return result.json()->getObject("error")->getValue<std::string>("field");
}

bool refusedAtTls(HttpsClient& client) {
    try {
        const auto result = client.get("/v1/police-requests");
        return false;
    } catch (const Poco::Exception&) {
        return true;
    } catch (const std::exception&) {
        return true;
    }
}

} // namespace

TEST_CASE("the police listener refuses connections without a certificate from the police CA, and logs why",
          "[police][e2e]") {
    Station s;
    REQUIRE(s.server.policePort() != 0);

    HttpsClient noCertificate("127.0.0.1", s.server.policePort(), s.server.caFile());
    CHECK(refusedAtTls(noCertificate));
    auto rogue = s.policeClient("rogue");
    CHECK(refusedAtTls(rogue));
    auto expired = s.policeClient("expired");
    CHECK(refusedAtTls(expired));
    auto valid = s.policeClient("shinjuku");
    CHECK(valid.get("/v1/police-requests").status == 200);

    // The staff listener has no police client, and the police listener ignores bearer tokens.
    HttpsClient staffListener("127.0.0.1", s.server.port(), s.server.caFile());
    CHECK(staffListener.get("/v1/police-requests").status == 401);

    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const std::string log = s.server.log();
    std::string refusals;
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);) {
        if (line.find("police.tls_") != std::string::npos) {
            refusals += line + '\n';
        }
    }
    INFO(refusals);
    CHECK(log.find(R"("event":"police.tls_refused")") != std::string::npos);
    CHECK(log.find("no client certificate") != std::string::npos);
    CHECK(log.find("certificate refused: unable to get local issuer certificate") != std::string::npos);
    CHECK(log.find("certificate refused: certificate has expired") != std::string::npos);
    CHECK(log.find("officer-0001") == std::string::npos); // never the certificate's subject
}

TEST_CASE("police submit over mutual TLS, see only their agency's requests, and can never approve", "[police][e2e]") {
    Station s;
    auto shinjuku = s.policeClient("shinjuku");
    auto namba = s.policeClient("namba");

    const auto created = shinjuku.post("/v1/police-requests", requestBody(kTerminalQuestion, false));
    REQUIRE(created.status == 201);
    const auto request = created.json();
    const std::string id = request->getValue<std::string>("id");
    CHECK(request->getValue<std::string>("source") == "api");
    CHECK(request->getValue<std::string>("status") == "received");
    CHECK(request->getObject("agency")->getValue<std::string>("key") == "Tokyo MPD Shinjuku");

    CHECK(shinjuku.get("/v1/police-requests/" + id).status == 200);
    CHECK(namba.get("/v1/police-requests/" + id).status == 404);
    CHECK(namba.get("/v1/police-requests/" + id + "/answer").status == 404);
    CHECK(namba.get("/v1/police-requests").json()->getArray("police_requests")->size() == 0);
    CHECK(shinjuku.get("/v1/police-requests").json()->getArray("police_requests")->size() == 1);

    // No approve, reject or answer on the police listener at all.
    CHECK(shinjuku.post("/v1/police-requests/" + id + "/approve", "{}").status == 404);
    CHECK(shinjuku.post("/v1/police-requests/" + id + "/answer", "{}").status == 405);
    // The agency comes from the certificate, never from the body.
    const auto named = shinjuku.post("/v1/police-requests", requestBody(kTerminalQuestion, true));
    CHECK(named.status == 400);

    // Any one manager of the store approves a submitted request; then it is answered.
    REQUIRE(s.a.post("/v1/police-requests/" + id + "/approve", "{}").status == 200);
    CHECK(shinjuku.get("/v1/police-requests/" + id + "/answer").status == 409);
    const auto answer = s.b.post("/v1/police-requests/" + id + "/answer", "{}");
    REQUIRE(answer.status == 200);
    const auto fetched = shinjuku.get("/v1/police-requests/" + id + "/answer");
    REQUIRE(fetched.status == 200);
    CHECK(fetched.json()->getValue<std::string>("document_base64") ==
          answer.json()->getValue<std::string>("document_base64"));

    // Staff see who handled the request by name; the agency sees the ids only (it reads the approving and answering
    // managers' names in the signed document, and never learns more names than that).
    const auto staffView = s.a.get("/v1/police-requests").json()->getArray("police_requests");
    REQUIRE(staffView->size() == 1);
    CHECK(staffView->getObject(0)->isNull("entered_by_name"));
    CHECK(staffView->getObject(0)->getObject("approval")->getValue<std::string>("by_name") == "Test manager-a");
    CHECK(staffView->getObject(0)->getObject("answer")->getValue<std::string>("answered_by_name") == "Test manager-b");
    const auto agencyList = shinjuku.get("/v1/police-requests").json()->getArray("police_requests");
    REQUIRE(agencyList->size() == 1);
    const auto agencyOne = shinjuku.get("/v1/police-requests/" + id).json();
    for (const auto& seen : {agencyList->getObject(0), agencyOne}) {
        CHECK_FALSE(seen->has("entered_by_name"));
        CHECK(seen->getObject("approval")->getValue<std::int64_t>("by") == s.managerA.staffId);
        CHECK_FALSE(seen->getObject("approval")->has("by_name"));
        CHECK(seen->getObject("answer")->getValue<std::int64_t>("answered_by") == s.managerB.staffId);
        CHECK_FALSE(seen->getObject("answer")->has("answered_by_name"));
    }
    CHECK(shinjuku.get("/v1/police-requests").body.find("Test manager") == std::string::npos);
}

TEST_CASE("a paper request over the staff API: two managers, then one numbered answer naming them, with the visit "
          "on the terminal",
          "[police][e2e]") {
    Station s;
    const std::string customer = s.counter.verify("1990-05-01", "山田 太郎");
    const auto visit = s.counter.checkIn(customer, s.booths.at("B01"), newKey());
    REQUIRE(visit.status == 201);

    CHECK(s.counter.post("/v1/police-requests", requestBody(kTerminalQuestion)).status == 403);
    const auto created = s.a.post("/v1/police-requests", requestBody(kTerminalQuestion));
    REQUIRE(created.status == 201);
    const std::string id = created.json()->getValue<std::string>("id");
    CHECK(created.json()->getValue<std::string>("source") == "kiosk");
    CHECK(created.json()->getValue<std::int64_t>("entered_by") == s.managerA.staffId);
    CHECK(created.json()->getValue<std::string>("entered_by_name") == "Test manager-a");

    const auto self = s.a.post("/v1/police-requests/" + id + "/approve", "{}");
    CHECK(self.status == 422);
    CHECK(errorCode(self) == "second_manager_required");
    const auto early = s.a.post("/v1/police-requests/" + id + "/answer", "{}");
    CHECK(early.status == 409);
    CHECK(errorCode(early) == "not_approved");
    const auto approved = s.b.post("/v1/police-requests/" + id + "/approve", "{}");
    REQUIRE(approved.status == 200);
    CHECK(approved.json()->getObject("approval")->getValue<std::int64_t>("by") == s.managerB.staffId);
    CHECK(approved.json()->getObject("approval")->getValue<std::string>("by_name") == "Test manager-b");

    const auto answer = s.a.post("/v1/police-requests/" + id + "/answer", "{}");
    REQUIRE(answer.status == 200);
    const auto body = answer.json();
    const std::string number = body->getValue<std::string>("number");
    CHECK(number == "K-2026-000001");
    const auto bytes = kiroku::crypto::fromBase64(body->getValue<std::string>("document_base64"));
    const std::string document(bytes.begin(), bytes.end());
    CHECK(document.find(R"("number":"K-2026-000001")") != std::string::npos);
    // The managers are named by id and display name in the signed bytes: B approved, A answered.
    CHECK(document.find(R"("answered_by":)" + std::to_string(s.managerA.staffId) +
                        R"(,"answered_by_name":"Test manager-a",)") != std::string::npos);
    CHECK(document.find(R"("approved_by":)" + std::to_string(s.managerB.staffId) +
                        R"(,"approved_by_name":"Test manager-b",)") != std::string::npos);
    CHECK(body->getObject("document")->getValue<std::string>("answered_by_name") == "Test manager-a");
    CHECK(body->getObject("document")->getObject("approval")->getValue<std::string>("approved_by_name") ==
          "Test manager-b");
    const auto records = body->getObject("document")->getObject("answer")->getArray("records");
    REQUIRE(records->size() == 1);
    const auto record = records->getObject(0);
    CHECK(record->getObject("identity_record")->getValue<std::string>("name") == "山田 太郎");
    CHECK(record->getObject("identity_record")->getValue<std::string>("address") == "東京都新宿区西新宿2-8-1");
    CHECK(record->getArray("visits")
              ->getObject(0)
              ->getArray("segments")
              ->getObject(0)
              ->getValue<std::string>("terminal") == "PC-01");

    CHECK(body->getValue<std::string>("signature_algorithm") == "Ed25519");
    CHECK(verifiesWithOpenssl(body));
    std::string altered = document;
    altered.replace(altered.find("K-2026-000001"), 13, "K-2026-000009");
    CHECK_FALSE(verifiesWithOpenssl(body, altered));

    const auto retry = s.b.post("/v1/police-requests/" + id + "/answer", "{}");
    REQUIRE(retry.status == 200);
    CHECK(retry.json()->getValue<std::string>("number") == number);
    CHECK(retry.json()->getValue<std::string>("document_base64") == body->getValue<std::string>("document_base64"));
    const auto listed = s.a.get("/v1/police-requests").json()->getArray("police_requests");
    REQUIRE(listed->size() == 1);
    CHECK(listed->getObject(0)->getValue<std::string>("status") == "answered");
    // The list and the request itself name who entered, approved and answered it, next to their ids.
    for (const auto& seen : {listed->getObject(0), s.b.get("/v1/police-requests/" + id).json()}) {
        CHECK(seen->getValue<std::int64_t>("entered_by") == s.managerA.staffId);
        CHECK(seen->getValue<std::string>("entered_by_name") == "Test manager-a");
        CHECK(seen->getObject("approval")->getValue<std::int64_t>("by") == s.managerB.staffId);
        CHECK(seen->getObject("approval")->getValue<std::string>("by_name") == "Test manager-b");
        CHECK(seen->getObject("answer")->getValue<std::int64_t>("answered_by") == s.managerA.staffId);
        CHECK(seen->getObject("answer")->getValue<std::string>("answered_by_name") == "Test manager-a");
        CHECK(seen->isNull("rejection"));
    }

    // The customer's name never reaches the server's log.
    CHECK(s.server.log().find("山田") == std::string::npos);
}

TEST_CASE("bad police requests are refused with the field named, and wrong states with a code", "[police][e2e]") {
    Station s;
    const auto noBadge =
        s.a.post("/v1/police-requests",
                 R"({"agency":{"name":"x"},"officer":{"name":"y","contact":"z"},"legal_basis":{"kind":"ccp_197_2"},)"
                 R"("document":{"reference":"r","date":"2026-11-22"},"scope":{"from":"2026-11-22T13:00:00+09:00",)"
                 R"("to":"2026-11-22T15:00:00+09:00"},"question":{"kind":"terminal_at_time","terminal":"PC-01"}})");
    CHECK(noBadge.status == 400);
    CHECK(fieldOf(noBadge) == "officer.badge");

    const auto badTime = s.a.post("/v1/police-requests",
                                  requestBody(R"({"kind":"terminal_at_time","terminal":"PC-01","at":"yesterday"})"));
    CHECK(badTime.status == 400);
    CHECK(fieldOf(badTime) == "question.at");

    const auto badIp = s.a.post(
        "/v1/police-requests",
        requestBody(
            R"({"kind":"public_endpoint","public_ip":"999.1.1.1","source_port":443,"at":"2026-11-22T14:00:00Z"})"));
    CHECK(badIp.status == 400);
    CHECK(fieldOf(badIp) == "question.public_ip");

    const auto unknown =
        s.a.post("/v1/police-requests", requestBody(R"({"kind":"person","name":"x","date_of_birth":"1990-01-01",)"
                                                    R"("hobby":"chess"})"));
    CHECK(unknown.status == 400);
    CHECK(fieldOf(unknown) == "question.hobby");

    const auto warrant = s.a.post("/v1/police-requests", requestBody(kTerminalQuestion, true, R"({"kind":"warrant"})"));
    CHECK(warrant.status == 400);
    CHECK(fieldOf(warrant) == "legal_basis.court");

    const auto created = s.a.post("/v1/police-requests", requestBody(kTerminalQuestion));
    REQUIRE(created.status == 201);
    const std::string id = created.json()->getValue<std::string>("id");
    const auto noReason = s.b.post("/v1/police-requests/" + id + "/reject", "{}");
    CHECK(noReason.status == 400);
    CHECK(fieldOf(noReason) == "reason");
    const auto rejected = s.b.post("/v1/police-requests/" + id + "/reject", R"({"reason":"not our store"})");
    REQUIRE(rejected.status == 200);
    CHECK(rejected.json()->getObject("rejection")->getValue<std::string>("by_name") == "Test manager-b");
    const auto listedRejected = s.a.get("/v1/police-requests").json()->getArray("police_requests")->getObject(0);
    CHECK(listedRejected->getObject("rejection")->getValue<std::int64_t>("by") == s.managerB.staffId);
    CHECK(listedRejected->getObject("rejection")->getValue<std::string>("by_name") == "Test manager-b");
    CHECK(listedRejected->getValue<std::string>("entered_by_name") == "Test manager-a");
    const auto approve = s.b.post("/v1/police-requests/" + id + "/approve", "{}");
    CHECK(approve.status == 409);
    CHECK(errorCode(approve) == "request_rejected");
    CHECK(s.a.get("/v1/police-requests/not-a-uuid").status == 404);
}
