// POST /v1/visits with started_at over HTTPS: a kiosk replaying a visit it recorded offline.
#include "VisitTestSupport.h"

#include "http/dto/Time.h"
#include "support/Fixtures.h"

#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include <thread>

using namespace kiroku::test;

namespace {

std::string bodyWithStart(const std::string& identityId, std::int64_t boothId, const std::string& startedAt) {
    Poco::JSON::Object body;
    body.set("identity_record_id", identityId);
    body.set("booth_id", boothId);
    body.set("started_at", startedAt);
    return jsonText(body);
}

std::string errorField(const HttpResult& result) {
    return result.json()->getObject("error")->getValue<std::string>("field");
}

void execute(const TestDatabase& db, const std::string& sql) {
    auto connection = db.connect();
    pqxx::work tx(*connection);
    tx.exec(sql);
    tx.commit();
}

std::string at(std::chrono::system_clock::time_point t) {
    return kiroku::backend::http::formatInstant(t);
}

} // namespace

TEST_CASE("a visit dated in the past starts then, and a future, malformed or pre-verification start is refused by name",
          "[visits][e2e][backdate]") {
    TestDatabase db = TestDatabase::migrated();
    StaffFixture clerk = createStaff(db, "replay", "clerk-r", "clerk", 3);
    const auto booths = boothIds(db, clerk.storeId);
    ServerProcess server(db.dsn());
    CounterSession counter(server, clerk.login, clerk.password);
    const auto now = std::chrono::system_clock::now();

    // Verified an hour ago, as if the record had been sent before the kiosk lost its connection.
    const std::string customer = counter.verify("1990-05-01");
    execute(db, "UPDATE identity_records SET verified_at = now() - interval '1 hour'");

    auto result = counter.post("/v1/visits", bodyWithStart(customer, booths.at("B01"), "yesterday"), newKey());
    CHECK(result.status == 400);
    CHECK(errorField(result) == "started_at");

    result = counter.post("/v1/visits", bodyWithStart(customer, booths.at("B01"), at(now + std::chrono::minutes(5))),
                          newKey());
    CHECK(result.status == 422);
    CHECK(errorCode(result) == "started_at_in_future");

    result = counter.post("/v1/visits", bodyWithStart(customer, booths.at("B01"), at(now - std::chrono::hours(2))),
                          newKey());
    CHECK(result.status == 422);
    CHECK(errorCode(result) == "started_at_before_verification");
    CHECK(errorField(result) == "started_at");
    CHECK(queryNumber(db, "SELECT count(*) FROM visits") == 0);

    const auto arrival = std::chrono::time_point_cast<std::chrono::seconds>(now - std::chrono::minutes(20));
    const std::string key = newKey();
    result = counter.post("/v1/visits", bodyWithStart(customer, booths.at("B01"), at(arrival)), key);
    REQUIRE(result.status == 201);
    CHECK(result.json()->getValue<std::string>("started_at") == at(arrival));
    CHECK(queryNumber(db, "SELECT count(*) FROM visits v JOIN visit_segments s ON s.visit_id = v.id "
                          "WHERE v.started_at = s.started_at AND extract(epoch FROM v.started_at)::bigint = " +
                              std::to_string(std::chrono::system_clock::to_time_t(arrival))) == 1);
    // A retry with the same key gets the same visit.
    const auto again = counter.post("/v1/visits", bodyWithStart(customer, booths.at("B01"), at(arrival)), key);
    CHECK(again.status == 201);
    CHECK(again.body == result.body);
}

TEST_CASE("a visit dated before the booth's previous visit ended is a conflict naming started_at",
          "[visits][e2e][backdate]") {
    TestDatabase db = TestDatabase::migrated();
    StaffFixture clerk = createStaff(db, "replay2", "clerk-s", "clerk", 3);
    const auto booths = boothIds(db, clerk.storeId);
    ServerProcess server(db.dsn());
    CounterSession counter(server, clerk.login, clerk.password);
    const std::string first = counter.verify("1980-01-01", "先客 一郎");
    const std::string second = counter.verify("1985-01-01", "後客 次郎");
    execute(db, "UPDATE identity_records SET verified_at = now() - interval '3 hours'");
    const auto visit = counter.checkIn(first, booths.at("B02"), newKey());
    REQUIRE(visit.status == 201);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    REQUIRE(counter.checkout(visit.json()->getValue<std::string>("id"), newKey()).status == 200);
    REQUIRE(counter.post("/v1/booths/" + std::to_string(booths.at("B02")) + "/status", R"({"status":"free"})").status ==
            200);

    const auto result = counter.post(
        "/v1/visits",
        bodyWithStart(second, booths.at("B02"), at(std::chrono::system_clock::now() - std::chrono::hours(1))),
        newKey());
    CHECK(result.status == 409);
    CHECK(errorCode(result) == "booth_was_occupied");
    CHECK(errorField(result) == "started_at");
}
