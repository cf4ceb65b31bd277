#include "VisitTestSupport.h"

#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"
#include "support/Fixtures.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace kiroku::test;

namespace {

/// A store with booths B01..B04 (terminals PC-01, PC-02 in the first two), a clerk and a server whose clock starts
/// on 2026-11-22 at 14:00 in Tokyo.
struct Store {
    TestDatabase db = TestDatabase::migrated();
    StaffFixture clerk = createStaff(db, "shinjuku", "clerk-a", "clerk", 4);
    std::map<std::string, std::int64_t> booths = boothIds(db, clerk.storeId);
    std::map<std::string, std::int64_t> terminals = [this] {
        kiroku::backend::storage::ConnectionPool pool(db.dsn(), 1, std::chrono::seconds(10));
        kiroku::backend::storage::PgStoreAdminRepository admin(pool);
        return std::map<std::string, std::int64_t>{
            {"PC-01", admin.ensureTerminal(clerk.storeId, "PC-01", booths.at("B01"))},
            {"PC-02", admin.ensureTerminal(clerk.storeId, "PC-02", booths.at("B02"))}};
    }();
    ServerProcess server{db.dsn(), {{"testing.enabled", "true"}, {"testing.fixed_now", "2026-11-22T14:00:00+09:00"}}};
    CounterSession counter{server, clerk.login, clerk.password};
};

} // namespace

TEST_CASE("a customer checks in, moves and checks out, and the segments record each booth and terminal with times",
          "[visits][e2e]") {
    Store s;
    const std::string customer = s.counter.verify("1990-05-01");

    const auto checkIn = s.counter.checkIn(customer, s.booths.at("B01"), newKey());
    REQUIRE(checkIn.status == 201);
    const auto visit = checkIn.json();
    const std::string id = visit->getValue<std::string>("id");
    CHECK(visit->getObject("booth")->getValue<std::int64_t>("id") == s.booths.at("B01"));
    CHECK(visit->getObject("booth")->getValue<std::string>("label") == "B01");
    CHECK(visit->getObject("terminal")->getValue<std::string>("number") == "PC-01");
    CHECK_FALSE(visit->getValue<bool>("minor"));
    CHECK_FALSE(visit->has("minor_must_leave_at"));
    CHECK(visit->getValue<std::string>("started_at").rfind("2026-11-22T05:00:0", 0) == 0);

    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const auto move = s.counter.move(id, s.booths.at("B02"), newKey());
    REQUIRE(move.status == 200);
    CHECK(move.json()->getValue<std::string>("id") == id);
    CHECK(move.json()->getObject("booth")->getValue<std::string>("label") == "B02");
    CHECK(move.json()->getObject("terminal")->getValue<std::string>("number") == "PC-02");
    CHECK(move.json()->getValue<std::string>("started_at") == visit->getValue<std::string>("started_at"));

    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const auto checkout = s.counter.checkout(id, newKey());
    REQUIRE(checkout.status == 200);
    CHECK(checkout.json()->getValue<std::string>("id") == id);
    CHECK(checkout.json()->getValue<std::string>("retention_until") == "2029-11-22");

    auto connection = s.db.connect();
    pqxx::read_transaction tx(*connection);
    const auto segments =
        tx.exec_params("SELECT booth_id, terminal_id, started_at, ended_at, ended_at > started_at FROM visit_segments "
                       "WHERE visit_id = $1 ORDER BY started_at",
                       id);
    REQUIRE(segments.size() == 2);
    CHECK(segments[0][0].as<std::int64_t>() == s.booths.at("B01"));
    CHECK(segments[0][1].as<std::int64_t>() == s.terminals.at("PC-01"));
    CHECK(segments[1][0].as<std::int64_t>() == s.booths.at("B02"));
    CHECK(segments[1][1].as<std::int64_t>() == s.terminals.at("PC-02"));
    CHECK(segments[0][3].as<std::string>() == segments[1][2].as<std::string>()); // the move is one instant
    CHECK(segments[0][4].as<bool>());
    CHECK(segments[1][4].as<bool>());
    const auto visitRow = tx.exec_params1(
        "SELECT v.started_at = s.started_at, v.ended_at = e.ended_at, v.retention_until::text, v.ended_by "
        "FROM visits v, visit_segments s, visit_segments e "
        "WHERE v.id = $1 AND s.visit_id = v.id AND e.visit_id = v.id AND s.booth_id = $2 AND e.booth_id = $3",
        id, s.booths.at("B01"), s.booths.at("B02"));
    CHECK(visitRow[0].as<bool>());
    CHECK(visitRow[1].as<bool>());
    CHECK(visitRow[2].as<std::string>() == "2029-11-22");
    CHECK(visitRow[3].as<std::int64_t>() == s.clerk.staffId);
    CHECK(tx.exec_params1("SELECT status FROM booths WHERE id = $1", s.booths.at("B01"))[0].as<std::string>() ==
          "cleaning");
    CHECK(tx.exec_params1("SELECT status FROM booths WHERE id = $1", s.booths.at("B02"))[0].as<std::string>() ==
          "cleaning");
    const auto identity = tx.exec_params1(
        "SELECT last_service_on::text, retention_until::text FROM identity_records WHERE id = $1", customer);
    CHECK(identity[0].as<std::string>() == "2026-11-22");
    CHECK(identity[1].as<std::string>() == "2029-11-22");
}

TEST_CASE("a retried check-in with the same key returns the same visit and creates one row", "[visits][e2e]") {
    Store s;
    const std::string customer = s.counter.verify("1990-05-01");
    const std::string key = newKey();
    const auto first = s.counter.checkIn(customer, s.booths.at("B01"), key);
    REQUIRE(first.status == 201);
    const auto retry = s.counter.checkIn(customer, s.booths.at("B01"), key);
    CHECK(retry.status == 201);
    CHECK(retry.body == first.body);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM visits") == 1);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM visit_segments") == 1);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM idempotency_keys") == 1);

    SECTION("and moves and checkouts replay the same way") {
        const std::string id = first.json()->getValue<std::string>("id");
        const std::string moveKey = newKey();
        const auto move = s.counter.move(id, s.booths.at("B03"), moveKey);
        REQUIRE(move.status == 200);
        CHECK(s.counter.move(id, s.booths.at("B03"), moveKey).body == move.body);
        CHECK(queryNumber(s.db, "SELECT count(*) FROM visit_segments") == 2);
        const std::string outKey = newKey();
        const auto out = s.counter.checkout(id, outKey);
        REQUIRE(out.status == 200);
        const auto again = s.counter.checkout(id, outKey);
        CHECK(again.status == 200);
        CHECK(again.body == out.body);
        const auto other = s.counter.checkout(id, newKey());
        CHECK(other.status == 409);
        CHECK(errorCode(other) == "visit_ended");
    }
}

TEST_CASE("the same idempotency key with a different body is refused and creates nothing", "[visits][e2e]") {
    Store s;
    const std::string customer = s.counter.verify("1990-05-01");
    const std::string key = newKey();
    REQUIRE(s.counter.checkIn(customer, s.booths.at("B01"), key).status == 201);
    const auto reused = s.counter.checkIn(customer, s.booths.at("B02"), key);
    CHECK(reused.status == 422);
    CHECK(errorCode(reused) == "idempotency_key_reused");
    CHECK(reused.json()->getObject("error")->getValue<std::string>("field") == "Idempotency-Key");
    CHECK(queryNumber(s.db, "SELECT count(*) FROM visits") == 1);
}

TEST_CASE("a check-in without an Idempotency-Key is a 400 naming the header", "[visits][e2e]") {
    Store s;
    const std::string customer = s.counter.verify("1990-05-01");
    const auto missing = s.counter.checkIn(customer, s.booths.at("B01"), "");
    CHECK(missing.status == 400);
    CHECK(missing.json()->getObject("error")->getValue<std::string>("field") == "Idempotency-Key");
    const auto tooShort = s.counter.checkIn(customer, s.booths.at("B01"), "short");
    CHECK(tooShort.status == 400);
    CHECK(tooShort.json()->getObject("error")->getValue<std::string>("field") == "Idempotency-Key");
    CHECK(queryNumber(s.db, "SELECT count(*) FROM visits") == 0);
}

TEST_CASE("check-in refuses bad input field by field and writes nothing", "[visits][e2e]") {
    Store s;
    const std::string customer = s.counter.verify("1990-05-01");
    const auto field = [](const HttpResult& r) { return r.json()->getObject("error")->getValue<std::string>("field"); };
    const auto both = s.counter.post("/v1/visits",
                                     R"({"identity_record_id":")" + customer +
                                         R"(","member_card_token":"abcdefghijklmnop","booth_id":1})",
                                     newKey());
    CHECK(both.status == 400);
    CHECK(field(both) == "identity_record_id");
    const auto noBooth = s.counter.post("/v1/visits", R"({"identity_record_id":")" + customer + R"("})", newKey());
    CHECK(noBooth.status == 400);
    CHECK(field(noBooth) == "booth_id");
    const auto unknownField = s.counter.post(
        "/v1/visits", R"({"identity_record_id":")" + customer + R"(","booth_id":1,"name":"x"})", newKey());
    CHECK(unknownField.status == 400);
    CHECK(field(unknownField) == "name");
    const auto myNumber =
        s.counter.post("/v1/visits", R"({"member_card_token":"123456789012","booth_id":1})", newKey());
    CHECK(myNumber.status == 400);
    CHECK(errorCode(myNumber) == "number_not_allowed");
    const auto unknownRecord = s.counter.checkIn("8a0c7c1e-0d0b-4e3f-9a55-1f9d2c1b7e00", s.booths.at("B01"), newKey());
    CHECK(unknownRecord.status == 404);
    const auto unknownBooth = s.counter.checkIn(customer, 999999, newKey());
    CHECK(unknownBooth.status == 404);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM visits") == 0);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM idempotency_keys") == 0);
}

TEST_CASE("occupied, cleaning and out-of-service booths are refused with 409", "[visits][e2e]") {
    Store s;
    const std::string first = s.counter.verify("1990-05-01");
    const std::string second = s.counter.verify("1985-03-03", "佐藤 花子");
    const auto visit = s.counter.checkIn(first, s.booths.at("B01"), newKey());
    REQUIRE(visit.status == 201);

    const auto occupied = s.counter.checkIn(second, s.booths.at("B01"), newKey());
    CHECK(occupied.status == 409);
    CHECK(errorCode(occupied) == "booth_occupied");

    REQUIRE(
        s.counter.post("/v1/booths/" + std::to_string(s.booths.at("B02")) + "/status", R"({"status":"out_of_service"})")
            .status == 200);
    const auto outOfService = s.counter.checkIn(second, s.booths.at("B02"), newKey());
    CHECK(outOfService.status == 409);
    CHECK(errorCode(outOfService) == "booth_unavailable");

    const auto twice = s.counter.checkIn(first, s.booths.at("B03"), newKey());
    CHECK(twice.status == 409);
    CHECK(errorCode(twice) == "already_checked_in");

    const std::string id = visit.json()->getValue<std::string>("id");
    const auto moveToOccupied = s.counter.move(id, s.booths.at("B02"), newKey());
    CHECK(moveToOccupied.status == 409);
    CHECK(errorCode(moveToOccupied) == "booth_unavailable");
    CHECK(queryNumber(s.db, "SELECT count(*) FROM visits") == 1);
    CHECK(queryNumber(s.db, "SELECT count(*) FROM visit_segments") == 1);
}

TEST_CASE("the list of active visits shows booth, start and minor flag, and no personal data", "[visits][e2e]") {
    Store s;
    const std::string adult = s.counter.verify("1990-05-01", "山田 太郎");
    const std::string minor = s.counter.verify("2010-04-02", "鈴木 一郎");
    const auto a = s.counter.checkIn(adult, s.booths.at("B01"), newKey());
    const auto m = s.counter.checkIn(minor, s.booths.at("B03"), newKey());
    REQUIRE(a.status == 201);
    REQUIRE(m.status == 201);
    REQUIRE(s.counter.checkout(a.json()->getValue<std::string>("id"), newKey()).status == 200);

    const auto list = s.counter.get("/v1/visits?active=true");
    REQUIRE(list.status == 200);
    const auto visits = list.json()->getArray("visits");
    REQUIRE(visits->size() == 1);
    const auto only = visits->getObject(0);
    CHECK(only->getValue<std::string>("id") == m.json()->getValue<std::string>("id"));
    CHECK(only->getObject("booth")->getValue<std::string>("label") == "B03");
    CHECK(only->getValue<bool>("minor"));
    CHECK(only->getValue<std::string>("minor_must_leave_at") == "2026-11-22T14:00:00.000Z");
    CHECK(list.body.find("鈴木") == std::string::npos);
    CHECK(list.body.find("2010-04-02") == std::string::npos);
    CHECK(list.body.find("identity") == std::string::npos);

    CHECK(s.counter.get("/v1/visits?active=false").status == 400);
}
