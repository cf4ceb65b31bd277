#include "VisitTestSupport.h"

#include "support/Fixtures.h"

#include <catch2/catch.hpp>

using namespace kiroku::test;

namespace {

std::string errorField(const HttpResult& result) {
    return result.json()->getObject("error")->getValue<std::string>("field");
}

} // namespace

TEST_CASE("an administrator creates a store, its booths, terminals and staff through the admin API, and the new "
          "clerk can work there",
          "[admin][e2e]") {
    auto db = TestDatabase::migrated();
    const auto head = createStaff(db, "honsha", "chain-admin", "admin", 1);
    ServerProcess server(db.dsn());
    CounterSession admin(server, head.login, head.password);

    const auto store = admin.post("/v1/admin/stores", R"({"code":"kanda","name":"神田店","time_zone":"Asia/Tokyo",
        "notification_date":"2026-10-01","notification_number":"第12345号",
        "rules":{"night_start":"22:00","night_end":"05:00","reverification_interval_days":180}})");
    REQUIRE(store.status == 201);
    const auto storeId = store.json()->getValue<std::int64_t>("id");
    CHECK(store.json()->getValue<std::string>("code") == "kanda");
    CHECK(queryNumber(db, "SELECT count(*) FROM stores WHERE code = 'kanda' AND notification_date = '2026-10-01' "
                          "AND notification_number = '第12345号' AND rules->>'night_start' = '22:00'") == 1);

    const std::string base = "/v1/admin/stores/" + std::to_string(storeId);
    const auto booth = admin.post(base + "/booths", R"({"label":"A01","kind":"reclining"})");
    REQUIRE(booth.status == 201);
    const auto boothId = booth.json()->getValue<std::int64_t>("id");
    CHECK(booth.json()->getValue<std::string>("status") == "free");

    const auto terminal = admin.post(base + "/terminals", R"({"number":"PC-01","booth_id":)" + std::to_string(boothId) +
                                                              R"(,"hostname":"pc01","mac_address":"00-11-22-AA-BB-CC",
        "private_ip":"192.168.10.21"})");
    REQUIRE(terminal.status == 201);
    CHECK(queryNumber(db, "SELECT count(*) FROM terminals WHERE number = 'PC-01' AND mac_address = "
                          "'00:11:22:aa:bb:cc' AND private_ip = '192.168.10.21' AND booth_id = " +
                              std::to_string(boothId)) == 1);

    const auto staff = admin.post(base + "/staff", R"({"login":"kanda-clerk","display_name":"神田 受付",
        "role":"clerk","password":"correct-horse-battery"})");
    REQUIRE(staff.status == 201);
    CHECK(staff.body.find("correct-horse") == std::string::npos);
    CHECK(queryNumber(db, "SELECT count(*) FROM staff WHERE login = 'kanda-clerk' AND password_hash NOT LIKE "
                          "'%correct-horse%'") == 1);

    CounterSession clerk(server, "kanda-clerk", "correct-horse-battery");
    const auto map = clerk.get("/v1/booths");
    REQUIRE(map.status == 200);
    REQUIRE(map.json()->getArray("booths")->size() == 1);
    CHECK(map.json()->getArray("booths")->getObject(0)->getObject("terminal")->getValue<std::string>("number") ==
          "PC-01");
}

TEST_CASE("the admin API is for administrators only and refuses bad input naming the field, writing nothing",
          "[admin][e2e]") {
    auto db = TestDatabase::migrated();
    const auto head = createStaff(db, "honsha", "chain-admin", "admin", 1);
    const auto manager = createStaff(db, "ueno", "ueno-manager", "manager", 1);
    ServerProcess server(db.dsn());
    CounterSession admin(server, head.login, head.password);
    CounterSession notAdmin(server, manager.login, manager.password);
    const std::string ueno = "/v1/admin/stores/" + std::to_string(manager.storeId);

    CHECK(notAdmin.post("/v1/admin/stores", R"({"code":"kanda","name":"神田店"})").status == 403);
    CHECK(notAdmin
              .post(ueno + "/staff", R"({"login":"x-admin","display_name":"x","role":"admin",
        "password":"correct-horse-battery"})")
              .status == 403);

    SECTION("stores") {
        auto r = admin.post("/v1/admin/stores", R"({"code":"K","name":"x"})");
        CHECK(r.status == 400);
        CHECK(errorField(r) == "code");
        r = admin.post("/v1/admin/stores", R"({"code":"kanda","name":"x","time_zone":"Mars/Olympus"})");
        CHECK(errorField(r) == "time_zone");
        r = admin.post("/v1/admin/stores", R"({"code":"kanda","name":"x","rules":{"night_start":"25:00"}})");
        CHECK(r.status == 400);
        CHECK(errorField(r) == "rules.night_start");
        r = admin.post("/v1/admin/stores", R"({"code":"kanda","name":"x","notification_date":"2026-02-30"})");
        CHECK(errorField(r) == "notification_date");
        r = admin.post("/v1/admin/stores", R"({"code":"ueno","name":"again"})");
        CHECK(r.status == 409);
        CHECK(errorCode(r) == "already_exists");
        CHECK(queryNumber(db, "SELECT count(*) FROM stores") == 2);
    }
    SECTION("booths, terminals and staff") {
        CHECK(admin.post("/v1/admin/stores/999999/booths", R"({"label":"Z01"})").status == 404);
        CHECK(admin.post("/v1/admin/stores/abc/booths", R"({"label":"Z01"})").status == 404);
        auto r = admin.post(ueno + "/booths", R"({"label":"Z01","kind":"sofa"})");
        CHECK(errorField(r) == "kind");
        r = admin.post(ueno + "/booths", R"({"label":"B01"})");
        CHECK(r.status == 409);
        const auto otherStoreBooth =
            queryNumber(db, "SELECT min(id) FROM booths WHERE store_id <> " + std::to_string(manager.storeId));
        r = admin.post(ueno + "/terminals", R"({"number":"PC-01","booth_id":)" + std::to_string(otherStoreBooth) + "}");
        CHECK(r.status == 400);
        CHECK(errorField(r) == "booth_id");
        r = admin.post(ueno + "/terminals", R"({"number":"PC-01","mac_address":"00:11"})");
        CHECK(errorField(r) == "mac_address");
        r = admin.post(ueno + "/terminals", R"({"number":"PC-01","private_ip":"999.1.1.1"})");
        CHECK(errorField(r) == "private_ip");
        r = admin.post(ueno + "/staff", R"({"login":"x-clerk","display_name":"受付","role":"boss",
            "password":"correct-horse-battery"})");
        CHECK(errorField(r) == "role");
        r = admin.post(ueno + "/staff", R"({"login":"x-clerk","display_name":"受付","role":"clerk",
            "password":"hunter2"})");
        CHECK(r.status == 400);
        CHECK(errorField(r) == "password");
        CHECK(r.body.find("hunter2") == std::string::npos);
        r = admin.post(ueno + "/staff", R"({"login":"ueno-manager","display_name":"受付","role":"clerk",
            "password":"correct-horse-battery"})");
        CHECK(r.status == 409);
        CHECK(queryNumber(db, "SELECT count(*) FROM terminals") == 0);
        CHECK(queryNumber(db, "SELECT count(*) FROM staff") == 2);
        CHECK(queryNumber(db, "SELECT count(*) FROM booths WHERE store_id = " + std::to_string(manager.storeId)) == 1);
    }
}
