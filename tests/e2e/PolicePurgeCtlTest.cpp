#include "VisitTestSupport.h"

#include "support/Fixtures.h"
#include "support/TestCluster.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kiroku::test;

namespace {

/// kirokuctl with the server's KEK and key vault (testing clock allowed, for purge --as-of); returns the exit status.
int kirokuctl(const TestDatabase& db, const std::string& args, std::string* out) {
    const std::string config = (std::filesystem::temp_directory_path() / (db.name() + "-police.properties")).string();
    std::ofstream(config) << "database.dsn = " << db.dsn() << "\ncrypto.kek_file = " << testCertificateDir()
                          << "/kek.hex\ncrypto.kek_version = 1\ncrypto.key_vault_dir = " << testKeyVaultDir()
                          << "\ntesting.enabled = true\n";
    const int status =
        runCommand(std::string(KIROKU_TEST_CTL_BINARY) + " --config " + shellQuote(config) + " " + args, out);
    std::filesystem::remove(config);
    return status;
}

/// The question of a request as the API returns it (its personal fields decrypted).
std::string questionOf(CounterSession& manager, const std::string& id) {
    const auto r = manager.get("/v1/police-requests/" + id);
    REQUIRE(r.status == 200);
    return jsonText(*r.json()->getObject("question"));
}

} // namespace

TEST_CASE("kirokuctl rotate-keys --reencrypt moves a police request onto a new police key, and kirokuctl purge "
          "removes it the day after its retention_until and destroys its month's police keys",
          "[police][retention][keys][cli][e2e]") {
    auto db = TestDatabase::migrated();
    const auto manager = createStaff(db, "shinjuku", "manager-a", "manager", 2);
    ServerProcess server{db.dsn(), {{"testing.enabled", "true"}, {"testing.fixed_now", "2026-11-22T14:00:00+09:00"}}};
    CounterSession a{server, manager.login, manager.password};

    // Entered on 2026-11-22 by a manager: a question about a person, kept through 2029-11-22.
    const auto created = a.post("/v1/police-requests",
                                R"({"agency":{"name":"警視庁新宿警察署"},)"
                                R"("officer":{"name":"警部補 田中","badge":"123456","contact":"03-0000-0000"},)"
                                R"("legal_basis":{"kind":"ccp_197_2"},)"
                                R"("document":{"reference":"新宿署刑第123号","date":"2026-11-22"},)"
                                R"("scope":{"from":"2026-11-22T13:00:00+09:00","to":"2026-11-22T15:00:00+09:00"},)"
                                R"("question":{"kind":"person","name":"保全 一郎","date_of_birth":"1990-05-01"}})");
    REQUIRE(created.status == 201);
    const std::string id = created.json()->getValue<std::string>("id");
    const std::string question = questionOf(a, id);
    REQUIRE(question.find("保全 一郎") != std::string::npos);
    CHECK(queryNumber(db, "SELECT count(*) FROM police_requests WHERE retention_until = '2029-11-22'") == 1);
    const auto keyBefore = queryNumber(db, "SELECT key_id FROM police_requests");

    std::string out;
    REQUIRE(kirokuctl(db, "rotate-keys --reencrypt --batch-size 1", &out) == 0);
    {
        INFO(out);
        CHECK(out.find("retired 1 police-fields keys") != std::string::npos);
        CHECK(out.find("re-encrypted 1 police requests") != std::string::npos);
    }
    const auto keyAfter = queryNumber(db, "SELECT key_id FROM police_requests");
    CHECK(keyAfter != keyBefore);
    CHECK(queryNumber(db, "SELECT count(*) FROM data_keys WHERE id = " + std::to_string(keyAfter) +
                              " AND scope = 'police:2029-11' AND retired_at IS NULL") == 1);
    // The running server reads it back, identically, under the new key.
    CHECK(questionOf(a, id) == question);

    // Its retention_until: kept.
    REQUIRE(kirokuctl(db, "purge --as-of 2029-11-22T12:00:00+09:00", &out) == 0);
    CHECK(queryNumber(db, "SELECT count(*) FROM police_requests") == 1);
    // The day after: a dry run says what goes and changes nothing; then it goes, and both police keys of 2029-11.
    REQUIRE(kirokuctl(db, "purge --dry-run --as-of 2029-11-23T12:00:00+09:00", &out) == 0);
    {
        INFO(out);
        CHECK(out.find("police_requests: 1") != std::string::npos);
        CHECK(out.find("months whose police keys would be destroyed: 2029-11") != std::string::npos);
    }
    CHECK(queryNumber(db, "SELECT count(*) FROM police_requests") == 1);
    REQUIRE(kirokuctl(db, "purge --as-of 2029-11-23T12:00:00+09:00", &out) == 0);
    {
        INFO(out);
        CHECK(out.find("police_requests: 1") != std::string::npos);
        CHECK(out.find("months whose police keys were destroyed: 2029-11") != std::string::npos);
    }
    CHECK(queryNumber(db, "SELECT count(*) FROM police_requests") == 0);
    CHECK(queryNumber(db, "SELECT count(*) FROM data_keys WHERE scope = 'police:2029-11' AND destroyed_at IS NULL") ==
          0);
    CHECK(a.get("/v1/police-requests/" + id).status == 404);
}
