#include "VisitTestSupport.h"
#include "support/Fixtures.h"
#include "support/TestCluster.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace kiroku::test;

namespace {

struct Ctl {
    std::string dir;
    std::string newKek;

    explicit Ctl(const std::string& name)
        : dir((std::filesystem::temp_directory_path() / ("kiroku-rotate-" + name)).string()) {
        std::filesystem::create_directories(dir);
        newKek = dir + "/kek-2.hex";
        std::string out;
        REQUIRE(
            runCommand("rm -f " + shellQuote(newKek) + " && umask 077 && openssl rand -hex 32 > " + shellQuote(newKek),
                       &out) == 0);
    }
    ~Ctl() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }

    /// Runs kirokuctl against `db` with the KEK file and version given; returns the exit status.
    int run(const TestDatabase& db, const std::string& kekFile, int kekVersion, const std::string& args,
            std::string* out) const {
        const std::string config = dir + "/kirokuctl.properties";
        std::ofstream(config) << "database.dsn = " << db.dsn() << "\ncrypto.kek_file = " << kekFile
                              << "\ncrypto.kek_version = " << kekVersion
                              << "\ncrypto.key_vault_dir = " << testKeyVaultDir() << '\n';
        return runCommand(
            std::string(KIROKU_TEST_CTL_BINARY) + " --config " + shellQuote(config) + " rotate-keys " + args, out);
    }
};

std::string tokenBody(const std::string& token) {
    Poco::JSON::Object body;
    body.set("token", token);
    return jsonText(body);
}

std::string lookedUpName(CounterSession& session, const std::string& token) {
    const auto r = session.post("/v1/members/lookup", tokenBody(token));
    REQUIRE(r.status == 200);
    return r.json()->getValue<std::string>("name");
}

} // namespace

TEST_CASE("kirokuctl rotate-keys re-wraps the data keys under a new KEK while the server runs", "[keys][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    const Ctl ctl(db.name());
    const std::string currentKek = testCertificateDir() + "/kek.hex";
    std::string token;
    {
        ServerProcess server(db.dsn());
        CounterSession session(server, clerk.login, clerk.password);
        const std::string recordId = session.verify("1990-04-01", "鈴木 一郎");
        Poco::JSON::Object member;
        member.set("identity_record_id", recordId);
        const auto memberId = session.post("/v1/members", jsonText(member)).json()->getValue<std::string>("id");
        token = session.post("/v1/members/" + memberId + "/cards", "").json()->getValue<std::string>("token");

        std::string out;
        REQUIRE(ctl.run(db, currentKek, 1, "--new-kek-file " + shellQuote(ctl.newKek) + " --new-kek-version 2", &out) ==
                0);
        INFO(out);
        CHECK(out.find("re-wrapped 2 data keys from KEK v1 to KEK v2") != std::string::npos);
        CHECK(queryNumber(db, "SELECT count(*) FROM data_keys WHERE kek_version <> 2") == 0);
        // The running server keeps serving with the keys it holds.
        CHECK(lookedUpName(session, token) == "鈴木 一郎");
        // A second pass finds nothing left to do.
        REQUIRE(ctl.run(db, currentKek, 1, "--new-kek-file " + shellQuote(ctl.newKek) + " --new-kek-version 2", &out) ==
                0);
        CHECK(out.find("re-wrapped 0 data keys") != std::string::npos);
    }
    // Restarted with the new KEK, the server reads every record.
    ServerProcess restarted(db.dsn(), {{"crypto.kek_file", ctl.newKek}, {"crypto.kek_version", "2"}});
    CounterSession session(restarted, clerk.login, clerk.password);
    CHECK(lookedUpName(session, token) == "鈴木 一郎");
}

TEST_CASE("kirokuctl rotate-keys --reencrypt moves records to a new key of their month while the server runs",
          "[keys][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    const Ctl ctl(db.name());
    const std::string kek = testCertificateDir() + "/kek.hex";
    ServerProcess server(db.dsn());
    CounterSession session(server, clerk.login, clerk.password);
    const std::string recordId = session.verify("1990-04-01", "鈴木 一郎");
    Poco::JSON::Object member;
    member.set("identity_record_id", recordId);
    const auto memberId = session.post("/v1/members", jsonText(member)).json()->getValue<std::string>("id");
    const std::string token =
        session.post("/v1/members/" + memberId + "/cards", "").json()->getValue<std::string>("token");
    const auto keyBefore = queryNumber(db, "SELECT key_id FROM identity_records");

    std::string out;
    REQUIRE(ctl.run(db, kek, 1, "--reencrypt --batch-size 1", &out) == 0);
    INFO(out);
    CHECK(out.find("retired 1 personal-fields keys") != std::string::npos);
    CHECK(out.find("re-encrypted 1 identity records") != std::string::npos);
    const auto keyAfter = queryNumber(db, "SELECT key_id FROM identity_records");
    CHECK(keyAfter != keyBefore);
    CHECK(queryNumber(db, "SELECT count(*) FROM data_keys WHERE id = " + std::to_string(keyBefore) +
                              " AND retired_at IS NOT NULL") == 1);
    CHECK(lookedUpName(session, token) == "鈴木 一郎");

    // This server still holds the retired key as its month's current key, so what it records now lands under it;
    // the pending pass moves it.
    session.verify("1985-02-03", "高橋 二郎");
    REQUIRE(ctl.run(db, kek, 1, "--reencrypt-pending", &out) == 0);
    CHECK(out.find("retired 0 personal-fields keys") != std::string::npos);
    CHECK(queryNumber(db, "SELECT count(*) FROM identity_records r JOIN data_keys k ON k.id = r.key_id "
                          "WHERE k.retired_at IS NOT NULL") == 0);
    CHECK(lookedUpName(session, token) == "鈴木 一郎");
}

TEST_CASE("kirokuctl rotate-keys refuses unclear arguments and a wrong current KEK", "[keys][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    const Ctl ctl(db.name());
    {
        ServerProcess server(db.dsn());
        CounterSession session(server, clerk.login, clerk.password);
        session.verify("1990-04-01");
    }
    std::string out;
    CHECK(ctl.run(db, testCertificateDir() + "/kek.hex", 1, "", &out) == 64);
    CHECK(ctl.run(db, testCertificateDir() + "/kek.hex", 1, "--reencrypt --new-kek-version 2", &out) == 64);
    CHECK(ctl.run(db, testCertificateDir() + "/kek.hex", 1,
                  "--new-kek-file " + shellQuote(testCertificateDir() + "/kek.hex") + " --new-kek-version 2",
                  &out) == 64);
    // The new KEK given as the current one: nothing unwraps, nothing changes.
    CHECK(ctl.run(db, ctl.newKek, 1,
                  "--new-kek-file " + shellQuote(testCertificateDir() + "/kek.hex") + " --new-kek-version 2",
                  &out) == 65);
    CHECK(out.find("does not unwrap") != std::string::npos);
    CHECK(queryNumber(db, "SELECT count(*) FROM data_keys WHERE kek_version <> 1") == 0);
}
