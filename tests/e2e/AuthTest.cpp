#include "support/Fixtures.h"
#include "support/HttpsClient.h"
#include "support/ServerProcess.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

using namespace kiroku::test;

namespace {

std::string loginBody(const std::string& login, const std::string& password) {
    Poco::JSON::Object body;
    body.set("login", login);
    body.set("password", password);
    std::ostringstream out;
    body.stringify(out);
    return out.str();
}

} // namespace

TEST_CASE("a staff member logs in with the right password and gets a bearer token", "[auth][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    ServerProcess server(db.dsn());
    HttpsClient client("127.0.0.1", server.port(), server.caFile());

    const auto result = client.post("/v1/auth/login", loginBody(clerk.login, clerk.password));
    REQUIRE(result.status == 200);
    const auto body = result.json();
    const std::string token = body->getValue<std::string>("token");
    CHECK(token.size() >= 40);
    CHECK(body->getObject("staff")->getValue<std::string>("role") == "clerk");
    CHECK(body->getObject("store")->getValue<std::string>("code") == "shibuya");
    CHECK_FALSE(body->getValue<std::string>("expires_at").empty());

    // Only a keyed hash of the token is stored.
    auto connection = db.connect();
    pqxx::read_transaction tx(*connection);
    CHECK(tx.exec_params1("SELECT count(*) FROM auth_sessions WHERE token_hash = $1", token)[0].as<int>() == 0);
    CHECK(tx.exec1("SELECT count(*) FROM auth_sessions")[0].as<int>() == 1);
}

TEST_CASE("a wrong password and an unknown login get the same answer", "[auth][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    ServerProcess server(db.dsn());
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    const auto wrong = client.post("/v1/auth/login", loginBody(clerk.login, "not-the-password"));
    const auto unknown = client.post("/v1/auth/login", loginBody("nobody-here", "whatever"));
    CHECK(wrong.status == 401);
    CHECK(unknown.status == 401);
    CHECK(wrong.json()->getObject("error")->getValue<std::string>("code") == "invalid_credentials");
    CHECK(wrong.json()->getObject("error")->getValue<std::string>("message") ==
          unknown.json()->getObject("error")->getValue<std::string>("message"));
}

TEST_CASE("five failed logins lock the account, even for the right password", "[auth][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    ServerProcess server(db.dsn());
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    for (int i = 0; i < 5; ++i) {
        CHECK(client.post("/v1/auth/login", loginBody(clerk.login, "wrong")).status == 401);
    }
    const auto locked = client.post("/v1/auth/login", loginBody(clerk.login, clerk.password));
    CHECK(locked.status == 401);
    CHECK(locked.json()->getObject("error")->getValue<std::string>("code") == "locked");
}

TEST_CASE("after logout the token no longer works", "[auth][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk");
    ServerProcess server(db.dsn());
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    const std::string token =
        client.post("/v1/auth/login", loginBody(clerk.login, clerk.password)).json()->getValue<std::string>("token");
    const std::map<std::string, std::string> auth{{"Authorization", "Bearer " + token}};
    CHECK(client.post("/v1/auth/logout", "", auth).status == 204);
    const auto again = client.post("/v1/auth/logout", "", auth);
    CHECK(again.status == 401);
    CHECK(client.post("/v1/auth/logout", "").status == 401);
}

TEST_CASE("login input is checked field by field and nothing else is accepted", "[auth][e2e]") {
    auto db = TestDatabase::migrated();
    ServerProcess server(db.dsn());
    HttpsClient client("127.0.0.1", server.port(), server.caFile());
    SECTION("missing password") {
        const auto r = client.post("/v1/auth/login", R"({"login":"clerk-a"})");
        CHECK(r.status == 400);
        CHECK(r.json()->getObject("error")->getValue<std::string>("field") == "password");
    }
    SECTION("a number instead of a string") {
        const auto r = client.post("/v1/auth/login", R"({"login":42,"password":"x"})");
        CHECK(r.status == 400);
        CHECK(r.json()->getObject("error")->getValue<std::string>("field") == "login");
    }
    SECTION("an unknown field") {
        const auto r = client.post("/v1/auth/login", R"({"login":"a","password":"x","admin":true})");
        CHECK(r.status == 400);
        CHECK(r.json()->getObject("error")->getValue<std::string>("code") == "unknown_field");
        CHECK(r.json()->getObject("error")->getValue<std::string>("field") == "admin");
    }
    SECTION("malformed JSON") {
        const auto r = client.post("/v1/auth/login", R"({"login":)");
        CHECK(r.status == 400);
        CHECK(r.json()->getObject("error")->getValue<std::string>("code") == "malformed_json");
    }
    SECTION("a body over the limit") {
        const auto r = client.post("/v1/auth/login", std::string(70000, ' '));
        CHECK(r.status == 413);
    }
}
