#include "VisitTestSupport.h"

#include "support/Fixtures.h"

#include <catch2/catch.hpp>

using namespace kiroku::test;

TEST_CASE("a minor checking in at 23:30 in Tokyo is refused with the time night hours end", "[visits][minors][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk", 2);
    const auto booths = boothIds(db, clerk.storeId);
    ServerProcess server(db.dsn(), {{"testing.enabled", "true"}, {"testing.fixed_now", "2026-11-22T23:30:00+09:00"}});
    CounterSession counter(server, clerk.login, clerk.password);
    const std::string minor = counter.verify("2009-12-01"); // 16
    const auto refused = counter.checkIn(minor, booths.at("B01"), newKey());
    CHECK(refused.status == 422);
    CHECK(errorCode(refused) == "minor_night_hours");
    const std::string message = refused.json()->getObject("error")->getValue<std::string>("message");
    CHECK(message.find("04:00 on 2026-11-23 (Asia/Tokyo)") != std::string::npos);
    CHECK(queryNumber(db, "SELECT count(*) FROM visits") == 0);
    CHECK(queryText(db, "SELECT status FROM booths WHERE id = " + std::to_string(booths.at("B01"))) == "free");

    // An adult is admitted at the same time, without a time to leave.
    const std::string adult = counter.verify("2008-11-22"); // 18 today
    const auto admitted = counter.checkIn(adult, booths.at("B01"), newKey());
    REQUIRE(admitted.status == 201);
    CHECK_FALSE(admitted.json()->getValue<bool>("minor"));
    CHECK_FALSE(admitted.json()->has("minor_must_leave_at"));

    // The server said loudly that its clock is not the real one.
    CHECK(server.log().find("testing.fixed_now") != std::string::npos);
}

TEST_CASE("a minor checking in at 22:00 in Tokyo is admitted and must leave at 23:00", "[visits][minors][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "shibuya", "clerk-a", "clerk", 2);
    const auto booths = boothIds(db, clerk.storeId);
    ServerProcess server(db.dsn(), {{"testing.enabled", "true"}, {"testing.fixed_now", "2026-11-22T22:00:00+09:00"}});
    CounterSession counter(server, clerk.login, clerk.password);
    const std::string minor = counter.verify("2008-11-23"); // 17 until tomorrow
    const auto visit = counter.checkIn(minor, booths.at("B02"), newKey());
    REQUIRE(visit.status == 201);
    CHECK(visit.json()->getValue<bool>("minor"));
    CHECK(visit.json()->getValue<std::string>("minor_must_leave_at") == "2026-11-22T14:00:00.000Z"); // 23:00 JST
    CHECK(queryText(db, "SELECT to_char(minor_must_leave_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD HH24:MI') "
                        "FROM visits") == "2026-11-22 23:00");
    CHECK(queryNumber(db, "SELECT count(*) FROM visits WHERE minor") == 1);
}

TEST_CASE("the testing clock is refused unless testing is enabled", "[visits][e2e]") {
    auto db = TestDatabase::migrated();
    CHECK_THROWS(ServerProcess(db.dsn(), {{"testing.fixed_now", "2026-11-22T22:00:00+09:00"}}));
}
