#include "VisitTestSupport.h"

#include "support/TestCluster.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kiroku::test;

namespace {

/// kirokuctl against the test database, with the test servers' key-encryption key.
class Ctl {
public:
    explicit Ctl(const TestDatabase& db)
        : m_config((std::filesystem::temp_directory_path() / (db.name() + "-ctl.properties")).string()) {
        std::ofstream(m_config) << "database.dsn = " << db.dsn() << "\ncrypto.kek_file = " << testCertificateDir()
                                << "/kek.hex\n";
    }
    ~Ctl() { std::filesystem::remove(m_config); }

    int run(const std::string& args, std::string* out, const std::string& environment = {}) const {
        return runCommand(environment + " " + std::string(KIROKU_TEST_CTL_BINARY) + " --config " +
                              shellQuote(m_config) + " " + args + " < /dev/null",
                          out);
    }

private:
    std::string m_config;
};

/// The credential kirokuctl printed: the value after "Authorization: Terminal ".
std::string credentialFrom(const std::string& output) {
    const std::string marker = "Authorization: Terminal ";
    const auto at = output.find(marker);
    REQUIRE(at != std::string::npos);
    const auto end = output.find('\n', at);
    return output.substr(at + marker.size(), end - at - marker.size());
}

std::string event(const std::string& kind, const std::string& key, const std::string& extra = {}) {
    return R"({"at":"2026-11-22T12:00:00+09:00","kind":")" + kind + R"(","event_key":")" + key + "\"" + extra + "}";
}

std::string fieldOf(const HttpResult& r) {
    return r.json()->getObject("error")->getValue<std::string>("field");
}

} // namespace

TEST_CASE("kirokuctl creates a store, booth, terminal and staff, and a terminal credential the server accepts",
          "[terminal][cli][e2e]") {
    auto db = TestDatabase::migrated();
    const Ctl ctl(db);
    std::string out;
    REQUIRE(ctl.run("create-store --code kanda --name 神田店", &out) == 0);
    REQUIRE(ctl.run("create-booth --store kanda --label A01 --kind reclining", &out) == 0);
    REQUIRE(ctl.run("create-booth --store kanda --label A02", &out) == 0);
    REQUIRE(ctl.run("create-terminal --store kanda --number PC-01 --booth A01 --hostname pc01 --mac 00-11-22-AA-BB-CC "
                    "--ip 192.168.10.21",
                    &out) == 0);
    REQUIRE(ctl.run("create-staff --store kanda --login kanda-clerk --name 神田受付 --role clerk", &out,
                    "KIROKU_STAFF_PASSWORD=correct-horse-battery") == 0);
    CHECK(queryText(db, "SELECT mac_address::text || ' ' || host(private_ip) || ' ' || b.label || ' ' || b.kind "
                        "FROM terminals t JOIN booths b ON b.id = t.booth_id") ==
          "00:11:22:aa:bb:cc 192.168.10.21 A01 reclining");
    CHECK(queryText(db, "SELECT password_hash FROM staff").rfind("$scrypt$", 0) == 0);

    REQUIRE(ctl.run("terminal-credential --store kanda --terminal PC-01", &out) == 0);
    const std::string credential = credentialFrom(out);
    CHECK(queryNumber(db, "SELECT count(*) FROM terminals WHERE credential_hash IS NOT NULL") == 1);
    CHECK(queryNumber(db, "SELECT count(*) FROM terminals WHERE credential_hash LIKE '%" +
                              credential.substr(credential.find('.') + 1) + "%'") == 0);

    ServerProcess server(db.dsn());
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    const std::map<std::string, std::string> auth{{"Authorization", "Terminal " + credential}};
    const auto login = client.post("/v1/terminal-events", event("login", "ev-1"), auth);
    CHECK(login.status == 202);
    CHECK_FALSE(login.json()->getValue<bool>("duplicate"));
    const auto assigned = client.post(
        "/v1/terminal-events",
        event("ip_assigned", "ev-2", R"(,"private_ip":"192.168.10.21","mac_address":"00:11:22:AA:BB:CC")"), auth);
    CHECK(assigned.status == 202);
    CHECK(queryText(db, "SELECT kind || ' ' || host(private_ip) || ' ' || mac_address::text FROM terminal_events "
                        "WHERE event_key = 'ev-2'") == "ip_assigned 192.168.10.21 00:11:22:aa:bb:cc");
    CHECK(queryText(db, "SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM terminal_events "
                        "WHERE event_key = 'ev-1'") == "2026-11-22 03:00:00");

    SECTION("a re-sent event is accepted and ignored") {
        const auto again = client.post("/v1/terminal-events", event("login", "ev-1"), auth);
        CHECK(again.status == 202);
        CHECK(again.json()->getValue<bool>("duplicate"));
        CHECK(queryNumber(db, "SELECT count(*) FROM terminal_events") == 2);
    }
    SECTION("bad input is refused naming the field, and nothing is stored") {
        CHECK(fieldOf(client.post("/v1/terminal-events", event("reboot", "ev-3"), auth)) == "kind");
        const auto ip =
            client.post("/v1/terminal-events", event("ip_assigned", "ev-4", R"(,"private_ip":"10.0.0.300")"), auth);
        CHECK(ip.status == 400);
        CHECK(fieldOf(ip) == "private_ip");
        const auto mac =
            client.post("/v1/terminal-events", event("login", "ev-5", R"(,"mac_address":"00:11:22:33:44")"), auth);
        CHECK(mac.status == 400);
        CHECK(fieldOf(mac) == "mac_address");
        const auto noIp = client.post("/v1/terminal-events", event("ip_assigned", "ev-6"), auth);
        CHECK(noIp.status == 400);
        CHECK(fieldOf(noIp) == "private_ip");
        const auto at =
            client.post("/v1/terminal-events", R"({"at":"2026-11-22 12:00","kind":"login","event_key":"ev-7"})", auth);
        CHECK(at.status == 400);
        CHECK(fieldOf(at) == "at");
        const auto noKey = client.post("/v1/terminal-events", R"({"at":"2026-11-22T12:00:00Z","kind":"login"})", auth);
        CHECK(noKey.status == 400);
        CHECK(fieldOf(noKey) == "event_key");
        const auto wrongNumber =
            client.post("/v1/terminal-events", event("login", "ev-8", R"(,"terminal_number":"PC-02")"), auth);
        CHECK(wrongNumber.status == 403);
        CHECK(queryNumber(db, "SELECT count(*) FROM terminal_events") == 2);
    }
    SECTION("a missing, malformed, wrong or replaced credential is refused") {
        CHECK(client.post("/v1/terminal-events", event("login", "ev-9")).status == 401);
        CHECK(client.post("/v1/terminal-events", event("login", "ev-9"), {{"Authorization", "Terminal nonsense"}})
                  .status == 401);
        const std::string id = credential.substr(0, credential.find('.'));
        CHECK(client
                  .post("/v1/terminal-events", event("login", "ev-9"),
                        {{"Authorization", "Terminal " + id + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}})
                  .status == 401);
        REQUIRE(ctl.run("terminal-credential --store kanda --terminal PC-01", &out) == 0);
        CHECK(client.post("/v1/terminal-events", event("login", "ev-9"), auth).status == 401);
        const std::map<std::string, std::string> renewed{{"Authorization", "Terminal " + credentialFrom(out)}};
        CHECK(client.post("/v1/terminal-events", event("login", "ev-9"), renewed).status == 202);
    }
}

TEST_CASE("kirokuctl's admin commands refuse bad options with a message naming the option", "[cli][e2e]") {
    auto db = TestDatabase::migrated();
    const Ctl ctl(db);
    std::string out;
    CHECK(ctl.run("create-store --code K --name x", &out) == 64);
    CHECK(out.find("--code") != std::string::npos);
    CHECK(ctl.run("create-store --code kanda", &out) == 64);
    CHECK(out.find("--name is required") != std::string::npos);
    CHECK(ctl.run("create-store --code kanda --name x --time-zone Mars/Olympus", &out) == 64);
    CHECK(out.find("--time-zone") != std::string::npos);
    REQUIRE(ctl.run("create-store --code kanda --name 神田店", &out) == 0);
    CHECK(ctl.run("create-store --code kanda --name again", &out) == 65);
    CHECK(out.find("already exists") != std::string::npos);
    CHECK(ctl.run("create-booth --store nowhere --label A01", &out) == 65);
    CHECK(out.find("--store") != std::string::npos);
    CHECK(ctl.run("create-booth --store kanda --label A01 --kind sofa", &out) == 64);
    CHECK(out.find("--kind") != std::string::npos);
    REQUIRE(ctl.run("create-booth --store kanda --label A01", &out) == 0);
    CHECK(ctl.run("create-booth --store kanda --label A01", &out) == 65);
    CHECK(out.find("--label") != std::string::npos);
    CHECK(ctl.run("create-terminal --store kanda --number PC-01 --booth Z99", &out) == 65);
    CHECK(out.find("--booth") != std::string::npos);
    CHECK(ctl.run("create-terminal --store kanda --number PC-01 --mac 00:11", &out) == 64);
    CHECK(out.find("--mac") != std::string::npos);
    CHECK(ctl.run("create-terminal --store kanda --number PC-01 --ip 999.1.1.1", &out) == 64);
    CHECK(out.find("--ip") != std::string::npos);
    CHECK(ctl.run("create-staff --store kanda --login x-clerk --name 受付 --role clerk --password hunter2hunter2",
                  &out) == 64);
    CHECK(out.find("never taken from the command line") != std::string::npos);
    CHECK(out.find("hunter2") == std::string::npos);
    CHECK(ctl.run("create-staff --store kanda --login x-clerk --name 受付 --role boss", &out,
                  "KIROKU_STAFF_PASSWORD=correct-horse-battery") == 64);
    CHECK(out.find("--role") != std::string::npos);
    CHECK(ctl.run("create-staff --store kanda --login x-clerk --name 受付 --role clerk", &out,
                  "KIROKU_STAFF_PASSWORD=short") == 64);
    CHECK(out.find("at least 10") != std::string::npos);
    CHECK(ctl.run("terminal-credential --store kanda --terminal PC-99", &out) == 65);
    CHECK(out.find("--terminal") != std::string::npos);
    CHECK(queryNumber(db, "SELECT count(*) FROM staff") == 0);
    CHECK(queryNumber(db, "SELECT count(*) FROM terminals") == 0);
}

TEST_CASE("kirokuctl create-staff reads the password from standard input", "[cli][e2e]") {
    auto db = TestDatabase::migrated();
    const Ctl ctl(db);
    std::string out;
    REQUIRE(ctl.run("create-store --code kanda --name 神田店", &out) == 0);
    const std::string command =
        "printf 'a-long-password-from-stdin\\n' | " + std::string(KIROKU_TEST_CTL_BINARY) + " --config " +
        shellQuote((std::filesystem::temp_directory_path() / (db.name() + "-ctl.properties")).string()) +
        " create-staff --store kanda --login stdin-clerk --name 受付 --role manager";
    REQUIRE(runCommand(command, &out) == 0);
    ServerProcess server(db.dsn());
    CHECK_NOTHROW(CounterSession(server, "stdin-clerk", "a-long-password-from-stdin"));
}
