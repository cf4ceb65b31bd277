#include "VisitTestSupport.h"
#include "support/Fixtures.h"
#include "support/TestCluster.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace kiroku::test;

namespace {

// A customer no one else has: every piece of their identity is distinctive enough that finding it anywhere
// outside an answer to staff means it leaked.
const std::string kName = "鴫原 瑠璃子";
const std::string kKana = "シギハラ ルリコ";
const std::string kAddress = "北海道釧路市幣舞町9丁目87番65号 カナリア荘";
const std::string kBirth = "1961-07-29";
const std::string kBirthCompact = "19610729";
const std::string kNumber = "441122334470";

std::string canaryBody() {
    Poco::JSON::Object::Ptr person = new Poco::JSON::Object;
    person->set("name", kName);
    person->set("name_kana", kKana);
    person->set("address", kAddress);
    person->set("date_of_birth", kBirth);
    Poco::JSON::Object::Ptr document = new Poco::JSON::Object;
    document->set("kind", "drivers_license");
    document->set("number", kNumber);
    document->set("expires_on", "2031-08-29");
    Poco::JSON::Object body;
    body.set("method", "ic_chip");
    body.set("person", person);
    body.set("document", document);
    return jsonText(body);
}

std::vector<std::string> canaryPieces() {
    return {kName,    "鴫原",       "瑠璃子", kKana,         "シギハラ", kAddress,
            "幣舞町", "カナリア荘", kBirth,   kBirthCompact, kNumber};
}

std::string pgDump(const TestDatabase& db) {
    auto& cluster = TestCluster::instance();
    std::string dump;
    const std::string command = shellQuote(TestCluster::pgProgram("pg_dump")) + " --no-owner -h " +
                                shellQuote(cluster.host()) + " -p " + cluster.port() + " -U " + cluster.user() +
                                " -d " + shellQuote(db.name()) + " 2>/dev/null";
    REQUIRE(runCommand(command, &dump) == 0);
    return dump;
}

} // namespace

TEST_CASE("a canary customer's identity appears neither in a database dump nor in the server's log",
          "[identity][e2e][canary]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    std::string token;
    std::string recordId;
    std::string log;
    {
        ServerProcess server(db.dsn(), {{"log.level", "debug"}});
        CounterSession session(server, clerk.login, clerk.password);
        const auto verified = session.post("/v1/identity-verifications", canaryBody());
        REQUIRE(verified.status == 201);
        recordId = verified.json()->getValue<std::string>("id");

        // Exercise what reads the record back: a member card and its lookups, a refused duplicate with errors.
        Poco::JSON::Object member;
        member.set("identity_record_id", recordId);
        const auto created = session.post("/v1/members", jsonText(member));
        REQUIRE(created.status == 201);
        const auto card = session.post("/v1/members/" + created.json()->getValue<std::string>("id") + "/cards", "");
        REQUIRE(card.status == 201);
        token = card.json()->getValue<std::string>("token");
        Poco::JSON::Object lookup;
        lookup.set("token", token);
        const auto found = session.post("/v1/members/lookup", jsonText(lookup));
        REQUIRE(found.status == 200);
        CHECK(found.json()->getValue<std::string>("name") == kName); // staff do see it
        CHECK(session.get("/v1/members/by-card/" + token).status == 200);
        std::string expired = canaryBody();
        expired.replace(expired.find("2031-08-29"), 10, "2020-08-29");
        CHECK(session.post("/v1/identity-verifications", expired).status == 422);
        server.stop();
        log = server.log();
    }
    REQUIRE_FALSE(log.empty());

    const std::string dump = pgDump(db);
    REQUIRE(dump.find("identity_records") != std::string::npos);
    REQUIRE(dump.find(recordId) != std::string::npos); // the record is in the dump, by id only
    for (const auto& piece : canaryPieces()) {
        INFO("looking for: " << piece);
        CHECK(dump.find(piece) == std::string::npos);
        CHECK(log.find(piece) == std::string::npos);
    }
    CHECK(dump.find(token) == std::string::npos);
    CHECK(log.find(token) == std::string::npos);
}
