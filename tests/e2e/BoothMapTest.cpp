#include "VisitTestSupport.h"

#include "storage/ConnectionPool.h"
#include "storage/PgStoreAdminRepository.h"
#include "support/Fixtures.h"

#include <catch2/catch.hpp>

using namespace kiroku::test;

namespace {

Poco::JSON::Object::Ptr boothIn(const HttpResult& map, const std::string& label) {
    const auto booths = map.json()->getArray("booths");
    for (std::size_t i = 0; i < booths->size(); ++i) {
        if (booths->getObject(static_cast<unsigned>(i))->getValue<std::string>("label") == label) {
            return booths->getObject(static_cast<unsigned>(i));
        }
    }
    FAIL("no booth " << label << " on the map");
    return nullptr;
}

std::string statusPath(std::int64_t boothId) {
    return "/v1/booths/" + std::to_string(boothId) + "/status";
}

} // namespace

TEST_CASE("the live booth map shows every booth with its terminal and current visit, without personal data",
          "[booths][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "ikebukuro", "clerk-a", "clerk", 3);
    const auto other = createStaff(db, "ueno", "clerk-b", "clerk", 2);
    const auto booths = boothIds(db, clerk.storeId);
    {
        kiroku::backend::storage::ConnectionPool pool(db.dsn(), 1, std::chrono::seconds(10));
        kiroku::backend::storage::PgStoreAdminRepository admin(pool);
        admin.ensureTerminal(clerk.storeId, "PC-07", booths.at("B02"));
    }
    ServerProcess server(db.dsn(), {{"testing.enabled", "true"}, {"testing.fixed_now", "2026-11-22T20:30:00+09:00"}});
    CounterSession counter(server, clerk.login, clerk.password);
    const std::string minor = counter.verify("2011-01-15", "高橋 未成年");
    const auto visit = counter.checkIn(minor, booths.at("B02"), newKey());
    REQUIRE(visit.status == 201);

    const auto map = counter.get("/v1/booths");
    REQUIRE(map.status == 200);
    CHECK(map.json()->getArray("booths")->size() == 3); // only this store's booths
    const auto b01 = boothIn(map, "B01");
    CHECK(b01->getValue<std::string>("status") == "free");
    CHECK(b01->getValue<std::string>("kind") == "open_seat");
    CHECK_FALSE(b01->has("terminal"));
    CHECK_FALSE(b01->has("visit"));
    const auto b02 = boothIn(map, "B02");
    CHECK(b02->getValue<std::int64_t>("id") == booths.at("B02"));
    CHECK(b02->getValue<std::string>("status") == "occupied");
    CHECK(b02->getObject("terminal")->getValue<std::string>("number") == "PC-07");
    const auto current = b02->getObject("visit");
    CHECK(current->getValue<std::string>("id") == visit.json()->getValue<std::string>("id"));
    CHECK(current->getValue<bool>("minor"));
    CHECK(current->getValue<std::string>("minor_must_leave_at") == "2026-11-22T14:00:00.000Z");
    CHECK(current->getValue<std::string>("started_at") == visit.json()->getValue<std::string>("started_at"));
    CHECK(map.body.find("高橋") == std::string::npos);
    CHECK(map.body.find("2011-01-15") == std::string::npos);

    CounterSession elsewhere(server, other.login, other.password);
    const auto otherMap = elsewhere.get("/v1/booths");
    CHECK(otherMap.json()->getArray("booths")->size() == 2);
    CHECK(otherMap.body.find(visit.json()->getValue<std::string>("id")) == std::string::npos);
}

TEST_CASE("staff set a booth free, cleaning or out of service, but not while a visit is in it", "[booths][e2e]") {
    auto db = TestDatabase::migrated();
    const auto clerk = createStaff(db, "ikebukuro", "clerk-a", "clerk", 2);
    const auto other = createStaff(db, "ueno", "clerk-b", "clerk", 1);
    const auto booths = boothIds(db, clerk.storeId);
    const auto otherBooths = boothIds(db, other.storeId);
    ServerProcess server(db.dsn());
    CounterSession counter(server, clerk.login, clerk.password);

    const auto cleaning = counter.post(statusPath(booths.at("B01")), R"({"status":"cleaning"})");
    REQUIRE(cleaning.status == 200);
    CHECK(cleaning.json()->getValue<std::string>("status") == "cleaning");
    CHECK(cleaning.json()->getValue<std::string>("label") == "B01");
    CHECK(counter.post(statusPath(booths.at("B01")), R"({"status":"free"})").json()->getValue<std::string>("status") ==
          "free");

    const auto occupiedByHand = counter.post(statusPath(booths.at("B01")), R"({"status":"occupied"})");
    CHECK(occupiedByHand.status == 400);
    CHECK(occupiedByHand.json()->getObject("error")->getValue<std::string>("field") == "status");

    const std::string customer = counter.verify("1990-05-01");
    const auto visit = counter.checkIn(customer, booths.at("B02"), newKey());
    REQUIRE(visit.status == 201);
    for (const char* status : {"free", "cleaning", "out_of_service"}) {
        const auto refused = counter.post(statusPath(booths.at("B02")), std::string(R"({"status":")") + status + "\"}");
        CHECK(refused.status == 409);
        CHECK(errorCode(refused) == "booth_occupied");
    }
    CHECK(queryText(db, "SELECT status FROM booths WHERE id = " + std::to_string(booths.at("B02"))) == "occupied");

    // Another store's booth does not exist for this clerk.
    CHECK(counter.post(statusPath(otherBooths.at("B01")), R"({"status":"cleaning"})").status == 404);
    CHECK(counter.post("/v1/booths/not-a-number/status", R"({"status":"free"})").status == 404);
}
