#include "VisitTestSupport.h"
#include "support/Fixtures.h"
#include "support/TestCluster.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>

using namespace kiroku::test;

namespace {

struct AuditedStore {
    TestDatabase db = TestDatabase::migrated();
    StaffFixture clerk = createStaff(db, "akihabara", "clerk-a", "clerk", 3);
    StaffFixture manager = createStaff(db, "akihabara", "manager-a", "manager", 3);
    StaffFixture otherManager = createStaff(db, "ueno", "manager-b", "manager", 1);
    ServerProcess server{db.dsn()};

    std::vector<std::string> actions() const {
        auto c = db.connect();
        pqxx::read_transaction tx(*c);
        std::vector<std::string> list;
        for (const auto& row :
             tx.exec_params("SELECT action FROM audit_log WHERE chain_id = $1 ORDER BY seq", clerk.storeId)) {
            list.push_back(row[0].as<std::string>());
        }
        return list;
    }

    std::string ctl(const std::string& args, int* status) const {
        const auto path = std::filesystem::temp_directory_path() / (db.name() + ".ini");
        std::ofstream(path) << "[database]\ndsn = " << db.dsn() << "\n[crypto]\nkek_file = " << testCertificateDir()
                            << "/kek.hex\n";
        std::string out;
        *status = runCommand(
            std::string(KIROKU_TEST_CTL_BINARY) + " --config " + shellQuote(path.string()) + " " + args, &out);
        std::filesystem::remove(path);
        return out;
    }
};

std::string tokenBody(const std::string& token) {
    Poco::JSON::Object body;
    body.set("token", token);
    return jsonText(body);
}

} // namespace

TEST_CASE("logins, verifications, check-ins, moves, checkouts and member reads are each audited once", "[audit][e2e]") {
    AuditedStore s;
    CounterSession counter(s.server, s.clerk.login, s.clerk.password);
    const auto booths = boothIds(s.db, s.clerk.storeId);
    const std::string record = counter.verify("1990-04-01", "監査 花子");
    const std::string key = newKey();
    const auto visit = counter.checkIn(record, booths.at("B01"), key);
    REQUIRE(visit.status == 201);
    const std::string visitId = visit.json()->getValue<std::string>("id");
    REQUIRE(counter.checkIn(record, booths.at("B01"), key).status == 201); // a retry writes nothing more
    REQUIRE(counter.move(visitId, booths.at("B02"), newKey()).status == 200);
    REQUIRE(counter.checkout(visitId, newKey()).status == 200);
    const auto member = counter.post("/v1/members", "{\"identity_record_id\":\"" + record + "\"}");
    REQUIRE(member.status == 201);
    const auto card = counter.post("/v1/members/" + member.json()->getValue<std::string>("id") + "/cards", "");
    const std::string token = card.json()->getValue<std::string>("token");
    REQUIRE(counter.post("/v1/members/lookup", tokenBody(token)).status == 200);
    REQUIRE(counter.get("/v1/members/by-card/" + token).status == 200);
    REQUIRE(counter.post("/v1/members/lookup", tokenBody("no-such-card-token-000")).status == 404);

    CHECK(s.actions() == std::vector<std::string>{"auth.login", "identity.verify", "visit.check_in", "visit.move",
                                                  "visit.checkout", "identity.read", "identity.read"});
    // Who read which record and why; never the customer's name, address, birth date, number or card token.
    const std::string reads = queryText(
        s.db, "SELECT string_agg(entry::text, '\n' ORDER BY seq) FROM audit_log WHERE action = 'identity.read'");
    CHECK(reads.find(record) != std::string::npos);
    CHECK(reads.find("\"staff_id\": " + std::to_string(s.clerk.staffId)) != std::string::npos);
    CHECK(reads.find("member_card_lookup") != std::string::npos);
    const std::string everything = queryText(s.db, "SELECT string_agg(entry::text, '\n') FROM audit_log");
    for (const std::string& secret :
         std::vector<std::string>{"監査", "花子", "西新宿", "1990-04-01", "123456789012", token}) {
        CHECK(everything.find(secret) == std::string::npos);
    }
}

TEST_CASE("a failed login is audited with the attempt count, an unknown login is not", "[audit][e2e]") {
    AuditedStore s;
    HttpsClient client("127.0.0.1", s.server.port(), s.server.caFile());
    CHECK(client.post("/v1/auth/login", R"({"login":"clerk-a","password":"wrong-password"})").status == 401);
    CHECK(client.post("/v1/auth/login", R"({"login":"nobody-here","password":"wrong-password"})").status == 401);
    CHECK(s.actions() == std::vector<std::string>{"auth.login_failed"});
    CHECK(queryText(s.db, "SELECT entry->'details'->>'failed_logins' FROM audit_log") == "1");
}

TEST_CASE("GET /v1/audit/verify reports the caller's store's chain, for managers, auditors and admins only",
          "[audit][e2e]") {
    AuditedStore s;
    CounterSession counter(s.server, s.clerk.login, s.clerk.password);
    counter.verify("1985-01-01");
    CHECK(counter.get("/v1/audit/verify").status == 403);

    CounterSession manager(s.server, s.manager.login, s.manager.password);
    const auto ok = manager.get("/v1/audit/verify");
    REQUIRE(ok.status == 200);
    CHECK(ok.json()->getValue<bool>("ok"));
    CHECK(ok.json()->getValue<std::int64_t>("store_id") == s.clerk.storeId);
    CHECK(ok.json()->getValue<std::int64_t>("length") == 3); // two logins and a verification
    CHECK(ok.json()->getValue<std::string>("head_hash").size() == 64);
    CHECK_FALSE(ok.json()->has("first_broken"));

    CounterSession other(s.server, s.otherManager.login, s.otherManager.password);
    CHECK(other.get("/v1/audit/verify").json()->getValue<std::int64_t>("length") == 1); // its own login only

    {
        auto c = s.db.connect();
        pqxx::work tx(*c);
        tx.exec0("ALTER TABLE audit_log DISABLE TRIGGER USER");
        tx.exec_params("UPDATE audit_log SET entry = jsonb_set(entry, '{reason}', '\"x\"') WHERE chain_id = $1 AND "
                       "seq = 2",
                       s.clerk.storeId);
        tx.exec0("ALTER TABLE audit_log ENABLE TRIGGER USER");
        tx.commit();
    }
    const auto broken = manager.get("/v1/audit/verify");
    REQUIRE(broken.status == 200);
    CHECK_FALSE(broken.json()->getValue<bool>("ok"));
    CHECK(broken.json()->getObject("first_broken")->getValue<std::int64_t>("seq") == 2);
    CHECK(broken.json()->getObject("first_broken")->getValue<std::string>("code") == "hash_mismatch");
}

TEST_CASE("kirokuctl verify-audit exits 0 for whole chains and 65 naming the first broken entry", "[audit][e2e][cli]") {
    AuditedStore s;
    CounterSession counter(s.server, s.clerk.login, s.clerk.password);
    counter.verify("1985-01-01");
    int status = -1;
    std::string out = s.ctl("verify-audit", &status);
    CHECK(status == 0);
    CHECK(out.find("store " + std::to_string(s.clerk.storeId) + " chain: ok, 2 entries") != std::string::npos);
    out = s.ctl("verify-audit --store akihabara", &status);
    CHECK(status == 0);
    {
        auto c = s.db.connect();
        pqxx::work tx(*c);
        tx.exec0("ALTER TABLE audit_log DISABLE TRIGGER USER");
        tx.exec_params("DELETE FROM audit_log WHERE chain_id = $1 AND seq = 1", s.clerk.storeId);
        tx.exec0("ALTER TABLE audit_log ENABLE TRIGGER USER");
        tx.commit();
    }
    out = s.ctl("verify-audit --store akihabara", &status);
    CHECK(status == 65);
    CHECK(out.find("BROKEN at entry 1 (sequence_gap)") != std::string::npos);
    out = s.ctl("verify-audit --store nowhere", &status);
    CHECK(status == 65);
}

TEST_CASE("a checkpoint exported by kirokuctl is served to managers and proves later that the log was not rewritten",
          "[audit][e2e][checkpoint]") {
    AuditedStore s;
    CounterSession manager(s.server, s.manager.login, s.manager.password);
    CHECK(manager.get("/v1/audit/checkpoints/latest").status == 404);
    const auto file = std::filesystem::temp_directory_path() / (s.db.name() + "-checkpoint.json");
    int status = -1;
    std::string out = s.ctl("audit-checkpoint --store akihabara --export " + shellQuote(file.string()), &status);
    REQUIRE(status == 0);
    CHECK(out.find("at entry 1") != std::string::npos); // the manager's login

    const auto latest = manager.get("/v1/audit/checkpoints/latest");
    REQUIRE(latest.status == 200);
    const auto json = latest.json();
    CHECK(json->getValue<std::string>("store_code") == "akihabara");
    CHECK(json->getValue<std::int64_t>("length") == 1);
    CHECK(json->getValue<std::string>("public_key_pem").find("BEGIN PUBLIC KEY") != std::string::npos);
    CounterSession clerk(s.server, s.clerk.login, s.clerk.password);
    CHECK(clerk.get("/v1/audit/checkpoints/latest").status == 403);

    clerk.verify("1980-02-02");
    out = s.ctl("audit-checkpoint --verify " + shellQuote(file.string()), &status);
    CHECK(status == 0);
    CHECK(out.find("ok (ok)") != std::string::npos);

    // An attacker changes the first entry: the old checkpoint no longer holds (the db tests also rehash the chain).
    {
        auto c = s.db.connect();
        pqxx::work tx(*c);
        tx.exec0("ALTER TABLE audit_log DISABLE TRIGGER USER");
        tx.exec_params("UPDATE audit_log SET entry = jsonb_set(entry, '{reason}', '\"x\"') WHERE chain_id = $1 AND "
                       "seq = 1",
                       s.clerk.storeId);
        tx.exec0("ALTER TABLE audit_log ENABLE TRIGGER USER");
        tx.commit();
    }
    out = s.ctl("audit-checkpoint --verify " + shellQuote(file.string()), &status);
    CHECK(status == 65);
    CHECK(out.find("FAILED") != std::string::npos);
    std::filesystem::remove(file);
}

TEST_CASE("the server makes each store's daily checkpoint once the checkpoint time has passed",
          "[audit][e2e][checkpoint]") {
    TestDatabase db = TestDatabase::migrated();
    const auto manager = createStaff(db, "kichijoji", "manager-a", "manager", 1);
    ServerProcess server(db.dsn(), {{"audit.checkpoints_enabled", "true"}, {"audit.checkpoint_time", "00:00"}});
    std::int64_t made = 0;
    for (int i = 0; i < 100 && made == 0; ++i) {
        made = queryNumber(db, "SELECT count(*) FROM audit_checkpoints");
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    CHECK(made == 1);
    CHECK(queryText(db, "SELECT entry->>'reason' FROM audit_log WHERE action = 'audit.checkpoint'") ==
          "daily_checkpoint");
}
