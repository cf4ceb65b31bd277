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
        : m_config((std::filesystem::temp_directory_path() / (db.name() + "-nat.properties")).string()) {
        std::ofstream(m_config) << "database.dsn = " << db.dsn() << "\ncrypto.kek_file = " << testCertificateDir()
                                << "/kek.hex\n";
    }
    ~Ctl() { std::filesystem::remove(m_config); }

    int run(const std::string& args, std::string* out) const {
        return runCommand(std::string(KIROKU_TEST_CTL_BINARY) + " --config " + shellQuote(m_config) + " " + args +
                              " < /dev/null",
                          out);
    }

private:
    std::string m_config;
};

std::string credentialFrom(const std::string& output) {
    const std::string marker = "Authorization: Gateway ";
    const auto at = output.find(marker);
    REQUIRE(at != std::string::npos);
    const auto end = output.find('\n', at);
    return output.substr(at + marker.size(), end - at - marker.size());
}

// Lines as conntrack -E -o timestamp,extended prints them; the private addresses must never reach the server log.
std::string conntrackLog(int connections, int firstPort = 50000) {
    std::string log;
    for (int i = 0; i < connections; ++i) {
        const std::string port = std::to_string(firstPort + i);
        log += "[1700000000.123456]\t    [NEW] ipv4     2 tcp      6 120 SYN_SENT src=192.168.77.21 dst=203.0.113.5 "
               "sport=" +
               port + " dport=443 [UNREPLIED] src=203.0.113.5 dst=198.51.100.7 sport=443 dport=" + port + "\n";
        log += "[1700000042.000310]\t[DESTROY] ipv4     2 tcp      6 src=192.168.77.21 dst=203.0.113.5 sport=" + port +
               " dport=443 src=203.0.113.5 dst=198.51.100.7 sport=443 dport=" + port +
               " [ASSURED] mark=0 delta-time=42 use=1\n";
    }
    return log;
}

} // namespace

TEST_CASE("a gateway uploads its NAT log with its own credential; a retry is recognised; nothing of it is logged",
          "[nat][e2e]") {
    auto db = TestDatabase::migrated();
    const Ctl ctl(db);
    std::string out;
    REQUIRE(ctl.run("create-store --code kanda --name 神田店", &out) == 0);
    REQUIRE(ctl.run("create-gateway --store kanda --name edge-1", &out) == 0);
    const std::string credential = credentialFrom(out);
    CHECK(queryNumber(db, "SELECT count(*) FROM gateways WHERE credential_hash IS NOT NULL") == 1);
    CHECK(queryNumber(db, "SELECT count(*) FROM gateways WHERE credential_hash LIKE '%" +
                              credential.substr(credential.find('.') + 1) + "%'") == 0);
    CHECK(ctl.run("create-gateway --store kanda --name edge-1", &out) == 65);

    ServerProcess server(db.dsn(), {{"gateway.max_body_bytes", "262144"}});
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    const std::map<std::string, std::string> auth{{"Authorization", "Gateway " + credential}};
    const std::string log = conntrackLog(3) + "this is not conntrack output\n";
    const auto upload = [&](const std::string& body, const std::map<std::string, std::string>& headers,
                            const std::string& type = "text/plain") {
        return client.request("POST", "/v1/gateway-logs", body, headers, type);
    };

    const auto first = upload(log, auth);
    REQUIRE(first.status == 201);
    const auto body = first.json();
    CHECK_FALSE(body->getValue<bool>("duplicate"));
    CHECK(body->getValue<int>("lines") == 7);
    CHECK(body->getValue<int>("events") == 6);
    CHECK(body->getValue<int>("malformed") == 1);
    CHECK(body->getArray("malformed_lines")->getObject(0)->getValue<int>("line") == 7);
    CHECK(body->getObject("mappings")->getValue<int>("inserted") == 3);
    CHECK(queryNumber(db, "SELECT count(*) FROM nat_mappings WHERE ended_at IS NOT NULL") == 3);
    CHECK(queryText(db, "SELECT g.name FROM nat_uploads u JOIN gateways g ON g.id = u.gateway_id") == "edge-1");

    SECTION("the same bytes again are answered with the first upload, and nothing is stored twice") {
        const auto again = upload(log, auth);
        CHECK(again.status == 200);
        CHECK(again.json()->getValue<bool>("duplicate"));
        CHECK(again.json()->getValue<std::int64_t>("upload_id") == body->getValue<std::int64_t>("upload_id"));
        CHECK(queryNumber(db, "SELECT count(*) FROM nat_mappings") == 3);
        CHECK(queryNumber(db, "SELECT count(*) FROM nat_uploads") == 1);
    }
    SECTION("without, with a wrong or with a terminal's kind of credential, an upload is refused and not stored") {
        CHECK(upload(log, {}).status == 401);
        CHECK(upload(log, {{"Authorization", "Terminal " + credential}}).status == 401);
        CHECK(upload(log, {{"Authorization", "Gateway " + credential.substr(0, credential.find('.')) +
                                                 ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}})
                  .status == 401);
        REQUIRE(ctl.run("gateway-credential --store kanda --name edge-1", &out) == 0);
        CHECK(upload(conntrackLog(1, 60000), auth).status == 401);
        const auto renewed = upload(conntrackLog(1, 60000), {{"Authorization", "Gateway " + credentialFrom(out)}});
        CHECK(renewed.status == 201);
        CHECK(queryNumber(db, "SELECT count(*) FROM nat_uploads") == 2);
    }
    SECTION("the body limit of this route is gateway.max_body_bytes, not server.max_body_bytes") {
        const std::string large = conntrackLog(300, 10000); // about 100 KB, over the server-wide 64 KiB
        REQUIRE(large.size() > 65536);
        REQUIRE(large.size() < 262144);
        CHECK(upload(large, auth).status == 201);
        CHECK(queryNumber(db, "SELECT count(*) FROM nat_mappings") == 303);
        const auto tooLarge = upload(large + large + large, auth);
        CHECK(tooLarge.status == 413);
        CHECK(errorCode(tooLarge) == "body_too_large");
        HttpsClient other("127.0.0.1", server.port(), server.caFile());
        CHECK(other.post("/v1/terminal-events", std::string(100000, ' ')).status == 413);
    }
    SECTION("an empty body or another content type is refused") {
        HttpsClient other("127.0.0.1", server.port(), server.caFile());
        CHECK(other.request("POST", "/v1/gateway-logs", "", auth, "text/plain").status == 400);
        CHECK(other.request("POST", "/v1/gateway-logs", "{}", auth, "application/json").status == 415);
    }
    const std::string serverLog = server.log();
    CHECK(serverLog.find("/v1/gateway-logs") != std::string::npos);
    CHECK(serverLog.find("192.168.77.21") == std::string::npos);
    CHECK(serverLog.find("198.51.100.7") == std::string::npos);
    CHECK(serverLog.find("conntrack") == std::string::npos);
}

TEST_CASE("kirokuctl ingest-nat stores a log file once, reports malformed lines by number, and a rerun stores "
          "nothing twice",
          "[nat][cli][e2e]") {
    auto db = TestDatabase::migrated();
    const Ctl ctl(db);
    std::string out;
    REQUIRE(ctl.run("create-store --code kanda --name 神田店", &out) == 0);
    const auto file = std::filesystem::temp_directory_path() / (db.name() + "-conntrack.log");
    std::ofstream(file) << conntrackLog(2) << "[1700000000.123456]\t    [NEW] ipv4     2 tcp      6 src=999.1.1.1\n"
                        << conntrackLog(1, 51000);
    REQUIRE(ctl.run("ingest-nat " + shellQuote(file.string()), &out) == 0);
    CHECK(out.find("lines 1-7: stored as upload") != std::string::npos);
    CHECK(out.find("line 5: malformed address in src=") != std::string::npos);
    CHECK(out.find("3 new") != std::string::npos);
    CHECK(queryNumber(db, "SELECT count(*) FROM nat_mappings") == 3);
    REQUIRE(ctl.run("ingest-nat " + shellQuote(file.string()) + " --store kanda", &out) == 0);
    CHECK(out.find("already stored as upload") != std::string::npos);
    CHECK(queryNumber(db, "SELECT count(*) FROM nat_mappings") == 3);
    CHECK(ctl.run("ingest-nat " + shellQuote(file.string()) + " --store nowhere", &out) == 65);
    CHECK(ctl.run("ingest-nat --store kanda", &out) == 64);
    REQUIRE(ctl.run("create-store --code koenji --name 高円寺店", &out) == 0);
    CHECK(ctl.run("ingest-nat " + shellQuote(file.string()), &out) == 64);
    CHECK(out.find("--store is needed") != std::string::npos);
    std::filesystem::remove(file);
}

TEST_CASE("kirokuctl ingest-nat stores a large file in 4 MiB chunks and joins a NEW and its DESTROY across chunks",
          "[nat][cli][e2e]") {
    auto db = TestDatabase::migrated();
    const Ctl ctl(db);
    std::string out;
    REQUIRE(ctl.run("create-store --code kanda --name 神田店", &out) == 0);
    // 25 000 connections opened, then all closed: about 9.5 MB, so the DESTROYs of the first chunk's NEWs come in
    // later chunks.
    constexpr int kConnections = 25000;
    const auto file = std::filesystem::temp_directory_path() / (db.name() + "-large.log");
    {
        std::ofstream log(file);
        for (int i = 0; i < kConnections; ++i) {
            const std::string port = std::to_string(10000 + i);
            log << "[1700000000.000000]\t    [NEW] ipv4     2 tcp      6 120 SYN_SENT src=192.168.77.21 "
                   "dst=203.0.113.5 sport="
                << port << " dport=443 [UNREPLIED] src=203.0.113.5 dst=198.51.100.7 sport=443 dport=" << port << '\n';
        }
        for (int i = 0; i < kConnections; ++i) {
            const std::string port = std::to_string(10000 + i);
            log << "[1700000600.000000]\t[DESTROY] ipv4     2 tcp      6 src=192.168.77.21 dst=203.0.113.5 sport="
                << port << " dport=443 src=203.0.113.5 dst=198.51.100.7 sport=443 dport=" << port
                << " [ASSURED] mark=0 delta-time=600 use=1\n";
        }
    }
    REQUIRE(std::filesystem::file_size(file) > 8 * 1024 * 1024);
    REQUIRE(ctl.run("ingest-nat " + shellQuote(file.string()), &out) == 0);
    CHECK(out.find("lines 1-") != std::string::npos);
    CHECK(queryNumber(db, "SELECT count(*) FROM nat_uploads") == 3);
    CHECK(queryNumber(db, "SELECT sum(line_count) FROM nat_uploads") == 2 * kConnections);
    CHECK(queryNumber(db, "SELECT count(*) FROM nat_mappings") == kConnections);
    CHECK(queryNumber(db, "SELECT count(*) FROM nat_mappings WHERE NOT start_estimated AND started_at = "
                          "'2023-11-14 22:13:20+00' AND ended_at = '2023-11-14 22:23:20+00'") == kConnections);
    CHECK(out.find("done: 50000 lines, 0 malformed, 25000 new mappings") != std::string::npos);
    std::filesystem::remove(file);
}
