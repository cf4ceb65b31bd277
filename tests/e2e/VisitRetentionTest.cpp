#include "VisitTestSupport.h"

#include "support/Fixtures.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace kiroku::test;

namespace {

struct Checkout {
    std::string visitRetention;
    std::string identityRetention;
    std::string identityLastService;
    std::string startedOn; ///< local dates in Tokyo
    std::string endedOn;
};

/// Checks a customer in as soon as the server starts with its clock at `start`, waits `stay`, checks out.
Checkout visitFrom(const std::string& start, std::chrono::milliseconds stay) {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk", 1);
    const auto booths = boothIds(db, clerk.storeId);
    ServerProcess server(db.dsn(), {{"testing.enabled", "true"}, {"testing.fixed_now", start}});
    const auto started = std::chrono::steady_clock::now();
    CounterSession counter(server, clerk.login, clerk.password);
    const std::string customer = counter.verify("1990-05-01");
    {
        // As if verified long ago, so that the visit's retention is what the record ends up with.
        auto connection = db.connect();
        pqxx::work tx(*connection);
        tx.exec_params("UPDATE identity_records SET last_service_on = '2020-01-01', retention_until = '2023-01-01' "
                       "WHERE id = $1",
                       customer);
        tx.commit();
    }
    const auto visit = counter.checkIn(customer, booths.at("B01"), newKey());
    REQUIRE(visit.status == 201);
    std::this_thread::sleep_until(started + stay);
    const auto out = counter.checkout(visit.json()->getValue<std::string>("id"), newKey());
    REQUIRE(out.status == 200);
    auto connection = db.connect();
    pqxx::read_transaction tx(*connection);
    const auto row = tx.exec1(
        "SELECT v.retention_until::text, i.retention_until::text, i.last_service_on::text, "
        "(v.started_at AT TIME ZONE 'Asia/Tokyo')::date::text, (v.ended_at AT TIME ZONE 'Asia/Tokyo')::date::text "
        "FROM visits v JOIN identity_records i ON i.id = v.identity_record_id");
    Checkout result{row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
                    row[3].as<std::string>(), row[4].as<std::string>()};
    CHECK(out.json()->getValue<std::string>("retention_until") == result.visitRetention);
    return result;
}

} // namespace

TEST_CASE("service ending on 2026-11-22 keeps the records until 2029-11-22", "[visits][retention][e2e]") {
    const auto r = visitFrom("2026-11-22T12:00:00+09:00", std::chrono::milliseconds(0));
    CHECK(r.visitRetention == "2029-11-22");
    CHECK(r.identityRetention == "2029-11-22");
    CHECK(r.identityLastService == "2026-11-22");
}

TEST_CASE("service ending on 2028-02-29 keeps the records until 2031-02-28", "[visits][retention][e2e]") {
    const auto r = visitFrom("2028-02-29T12:00:00+09:00", std::chrono::milliseconds(0));
    CHECK(r.visitRetention == "2031-02-28");
    CHECK(r.identityRetention == "2031-02-28");
    CHECK(r.identityLastService == "2028-02-29");
}

TEST_CASE("a visit crossing midnight counts its retention from the day it ended", "[visits][retention][e2e]") {
    // The server's clock starts at 23:59:56; the visit starts within the first seconds and ends after midnight.
    const auto r = visitFrom("2026-11-22T23:59:56+09:00", std::chrono::milliseconds(5000));
    CHECK(r.startedOn == "2026-11-22");
    CHECK(r.endedOn == "2026-11-23");
    CHECK(r.visitRetention == "2029-11-23");
    CHECK(r.identityRetention == "2029-11-23");
    CHECK(r.identityLastService == "2026-11-23");
}

TEST_CASE("an earlier visit never shortens the identity record's retention", "[visits][retention][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk", 1);
    const auto booths = boothIds(db, clerk.storeId);
    ServerProcess server(db.dsn(), {{"testing.enabled", "true"}, {"testing.fixed_now", "2026-11-22T12:00:00+09:00"}});
    CounterSession counter(server, clerk.login, clerk.password);
    const std::string customer = counter.verify("1990-05-01");
    {
        auto connection = db.connect();
        pqxx::work tx(*connection);
        tx.exec_params("UPDATE identity_records SET retention_until = '2030-06-30', last_service_on = '2027-06-30' "
                       "WHERE id = $1",
                       customer);
        tx.commit();
    }
    const auto visit = counter.checkIn(customer, booths.at("B01"), newKey());
    REQUIRE(visit.status == 201);
    const auto out = counter.checkout(visit.json()->getValue<std::string>("id"), newKey());
    REQUIRE(out.status == 200);
    CHECK(out.json()->getValue<std::string>("retention_until") == "2029-11-22");
    CHECK(queryText(db, "SELECT retention_until::text || ' ' || last_service_on::text FROM identity_records") ==
          "2030-06-30 2027-06-30");
}
